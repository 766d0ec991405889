import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { onContentChange } from '@/site/invalidation'
import type { SearchBackend } from './backend'
import { allIds, entriesFor, SEARCH_TYPES, type SearchType } from './entries'
import { planVersionItems } from './entry-readers'
import { postgresSearch } from './postgres'
import { sqliteSearch } from './sqlite'
import { indexVersion } from './index-version'

const backends = new WeakMap<Payload, SearchBackend>()

/** The search implementation of the database this Payload instance runs on. */
export function searchBackend(payload: Payload): SearchBackend {
  let backend = backends.get(payload)
  if (!backend) {
    backend =
      payload.db.name === 'postgres'
        ? postgresSearch((payload.db as unknown as { pool: Pool }).pool)
        : sqliteSearch((payload.db as unknown as { client: Client }).client)
    backends.set(payload, backend)
  }
  return backend
}

const isSearchType = (source: string): source is SearchType => (SEARCH_TYPES as readonly string[]).includes(source)

/** Brings one item's entries up to date (or removes them). */
export async function reindex(payload: Payload, type: SearchType, id: number): Promise<void> {
  await searchBackend(payload).replace(type, id, await entriesFor(payload, type, id))
}

/** Re-indexes every item, then records what the index now holds (index-version.ts: its terms and types). */
export async function rebuildSearchIndex(payload: Payload): Promise<number> {
  const version = indexVersion()
  let items = 0
  for (const type of SEARCH_TYPES) {
    for (const id of await allIds(payload, type)) {
      await reindex(payload, type, id)
      items++
    }
  }
  await searchBackend(payload).markBuiltWith(version)
  return items
}

/**
 * Whether the index must be built: `empty` (first start, or an index added by an upgrade),
 * `outdated` (built with other terms: another word pipeline, families or Dutch vocabulary; or
 * without a type the search now covers; so some searches would miss until it is rebuilt) or `current`.
 */
export async function searchIndexState(payload: Payload): Promise<'empty' | 'outdated' | 'current'> {
  const backend = searchBackend(payload)
  if ((await backend.count()) === 0) return 'empty'
  return (await backend.builtWith()) === indexVersion() ? 'current' : 'outdated'
}

/**
 * Follows the invalidation point: a change to an item re-indexes it shortly after (a save's
 * transaction has committed by then), so what is published is searchable within a second. A new
 * or replaced PDF re-indexes the documents that hold it. Changes made on another instance are
 * already in the shared index. A plan version's items follow their version (entry-readers.ts).
 */
export function keepSearchIndexCurrent(payload: Payload, log: (message: string, error: unknown) => void, delayMs = 150): () => void {
  const pending = new Map<string, ReturnType<typeof setTimeout>>()
  const schedule = (key: string, work: () => Promise<unknown>) => {
    clearTimeout(pending.get(key))
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key)
        work().catch((error: unknown) => log(`search index: could not update ${key}`, error))
      }, delayMs),
    )
  }
  return onContentChange((change) => {
    if (change.remote) return
    if (change.kind === 'everything') return schedule('everything', () => rebuildSearchIndex(payload))
    const id = Number(change.id)
    if (!Number.isInteger(id)) return
    if (isSearchType(change.source)) return schedule(`${change.source}:${id}`, () => reindex(payload, change.source as SearchType, id))
    if (change.source === 'plan-versions')
      return schedule(`plan-versions:${id}`, async () => {
        for (const item of await planVersionItems(payload, id)) await reindex(payload, 'plan-items', item)
      })
    if (change.source === 'document-files') {
      schedule(`document-files:${id}`, async () => {
        const holders = await payload.find({
          collection: 'documents',
          where: { files: { in: [id] } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          select: {},
        })
        for (const doc of holders.docs) await reindex(payload, 'documents', doc.id)
      })
    }
  })
}
