/**
 * Writes another process makes to the SQLite file (the import command, a script) reach this
 * server's caches within about a second: SQLite's `PRAGMA data_version` changes whenever another
 * connection commits, never for this process's own writes (which announce themselves), so one cheap
 * query a second is enough. PostgreSQL sites have LISTEN/NOTIFY instead (cluster-invalidation.ts).
 */
import type { StoreDatabase } from '@/content-store/store-database'
import { logError } from '@/operations/logging/logger'
import { announceChange } from '@/site/invalidation'

export interface ChangeWatch {
  close(): void
}

export function watchSqliteChanges(
  dataVersion: () => Promise<number>,
  intervalMs = 1000,
  log: (message: string, error?: unknown) => void = logError,
): ChangeWatch {
  let last: number | undefined
  let busy = false
  const timer = setInterval(() => {
    if (busy) return
    busy = true
    dataVersion()
      .then((version) => {
        if (last !== undefined && version !== last) announceChange({ source: 'cluster', kind: 'everything', remote: true })
        last = version
      })
      .catch((error: unknown) => log('could not read the database’s change counter', error))
      .finally(() => {
        busy = false
      })
  }, intervalMs)
  timer.unref()
  return { close: () => clearInterval(timer) }
}

/** The counter read through the SQLite adapter's client (libsql). */
export function sqliteDataVersion(client: { execute(sql: string): Promise<{ rows: ArrayLike<unknown>[] }> }): () => Promise<number> {
  return async () => {
    const { rows } = await client.execute('PRAGMA data_version')
    return Number((rows[0] as ArrayLike<unknown> | undefined)?.[0])
  }
}

/** The counter read on the content store's own connection: a public-only instance's, which never writes. */
export function storeDataVersion(database: Pick<StoreDatabase, 'read'>): () => Promise<number> {
  return async () => Number(Object.values((await database.read('PRAGMA data_version', []))[0] ?? {})[0])
}
