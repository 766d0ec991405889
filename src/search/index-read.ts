/**
 * How the search reads its tables: a statement and its parameters in, rows out (each an object of
 * its columns). A visitor's search reads on the content store's connections (the same `read` the
 * store's reader uses, content-store/store-database.ts), so that a public-only instance answers it
 * without loading Payload; the back office's own reads (the index's state at start, tests) use
 * Payload's connection. Writes to the index always go through Payload's connection.
 */
import type { Client, InArgs } from '@libsql/client'
import type { Pool } from 'pg'

export type IndexRead = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>

/** The database a search reads: its SQL is written per database (sqlite.ts, postgres.ts). */
export interface IndexDatabase {
  kind: 'sqlite' | 'postgres'
  read: IndexRead
}

/** Reads on the SQLite adapter's client (libsql): its rows hold each column by name. */
export const clientRead =
  (client: Client): IndexRead =>
  async (sql, params) =>
    (await client.execute({ sql, args: params as InArgs })).rows as unknown as Record<string, unknown>[]

/** Reads on a PostgreSQL pool, `$n` placeholders. */
export const poolRead =
  (pool: Pool): IndexRead =>
  async (sql, params) =>
    (await pool.query(sql, params)).rows as Record<string, unknown>[]
