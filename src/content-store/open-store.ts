/**
 * Opens the content store on Payload's database: its reader (for public renders) and its writer
 * (back-office instances and commands only), the start-up check, and the hook on the invalidation
 * point that writes each change before anyone hears of it.
 */
import type { Payload } from 'payload'
import { beforeAnnouncing } from '@/site/invalidation'
import { ContentStore, type ContentStoreOptions } from './content-store'
import { type StoreDatabase, storeDatabase, storeReader } from './store-database'
import { STORE_SCHEMA } from './store-schema.generated'
import { ContentStoreWriter, storeFilled } from './writer'

export interface OpenedStore {
  /** Its table's reads and writes (the render timing counts its reads as queries). */
  database: StoreDatabase
  store: ContentStore
  writer: ContentStoreWriter
  close(): void
}

/** What a public-only instance opens: the store's reads only, on connections of their own. */
export type OpenedReader = Omit<OpenedStore, 'writer'>

export function openContentStore(payload: Payload, options: ContentStoreOptions = {}): OpenedStore {
  const database = storeDatabase(payload)
  return {
    database,
    store: new ContentStore(payload, database, STORE_SCHEMA, options),
    writer: new ContentStoreWriter(payload, database),
    close: () => database.close(),
  }
}

/**
 * The store for an instance that starts without Payload (server/lazy-payload.ts): its reads on
 * connections opened from the environment (storeReader); what it does not hold goes to `payload`,
 * which loads Payload then.
 */
export async function openStoreReader(
  payload: Payload,
  environment: { dataDir: string; databaseUrl: string | undefined },
  options: ContentStoreOptions = {},
): Promise<OpenedReader> {
  const database = await storeReader(environment)
  return { database, store: new ContentStore(payload, database, STORE_SCHEMA, options), close: () => database.close() }
}

/**
 * Writes every announced change into the store before the change reaches the caches and the other
 * instances (site/invalidation.ts: beforeAnnouncing). A failed write is logged; the change is
 * announced all the same, and the next start's check finds the difference.
 */
export function keepContentStoreCurrent(writer: ContentStoreWriter, log: (message: string, error?: unknown) => void): () => void {
  return beforeAnnouncing(async (change) => {
    try {
      await writer.apply(change)
    } catch (error) {
      log(`content store: the change to ${change.source}${change.id === undefined ? '' : ` ${change.id}`} was not written`, error)
    }
  })
}

/** The start-up check: counts per collection and language against what Payload publishes; rebuilt when they differ. */
export async function checkContentStore(writer: ContentStoreWriter, log: (message: string) => void): Promise<void> {
  const differences = await writer.differences()
  if (differences.length === 0) return
  log(
    `content store differs from the published content (${differences.slice(0, 5).join('; ')}${differences.length > 5 ? '; …' : ''}): rebuilding it`,
  )
  const rows = await writer.rebuild()
  log(`content store rebuilt: ${rows} rows`)
}

/**
 * A public-only instance waits, port closed, until a back-office instance has filled the store
 * (its first start, or after an upgrade that added it): pages rendered from an empty store would
 * be empty. Gives up after ten minutes, as the schema wait does.
 */
export async function waitForContentStore(
  database: Pick<StoreDatabase, 'read'>,
  log: (message: string) => void,
  limitMs = 600_000,
): Promise<void> {
  const started = Date.now()
  let said = false
  while (!(await storeFilled(database))) {
    if (Date.now() - started > limitMs) throw new Error('content store: still empty after ten minutes; is a back-office instance running?')
    if (!said) log('content store empty: waiting for a back-office instance to fill it')
    said = true
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}
