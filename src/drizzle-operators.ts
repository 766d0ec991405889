import type { Payload } from 'payload'

/**
 * The SQL helpers of the drizzle that built this database's tables: each Payload adapter bundles
 * its own copy, and a condition must come from the same one as its table.
 */
export async function drizzleOperators(payload: Payload) {
  return payload.db.name === 'postgres' ? await import('@payloadcms/db-postgres/drizzle') : await import('@payloadcms/db-sqlite/drizzle')
}
