/** What `/readyz` asks of this instance (mounts/readiness.ts): not stopping, the database reachable, its migrations this code's. */
import type { StoreDatabase } from '@/content-store/store-database'
import type { Lifecycle } from './lifecycle'
import type { ReadinessCheck } from './mounts/readiness'

/**
 * The names of the migrations the database has applied, read from Payload's table with the content
 * store's reads: an instance that has not loaded Payload asks it too.
 */
export const appliedMigrations = (database: Pick<StoreDatabase, 'read'>) => async (): Promise<string[]> =>
  (await database.read('SELECT name FROM payload_migrations', [])).map((row) => String(row.name))

export function readinessCheck(applied: () => Promise<string[]>, lifecycle: Lifecycle, shipped: readonly string[]): ReadinessCheck {
  return async () => {
    if (lifecycle.stopping) return 'stopping'
    let names: string[]
    try {
      names = await applied()
    } catch {
      return 'database not reachable'
    }
    const missing = shipped.filter((name) => !names.includes(name))
    if (missing.length > 0) return `migrations not applied: ${missing.join(', ')}`
    const unknown = names.filter((name) => !shipped.includes(name))
    if (unknown.length > 0) return `the database has migrations this version does not ship: ${unknown.join(', ')}`
    return undefined
  }
}
