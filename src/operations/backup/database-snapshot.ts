/**
 * A consistent snapshot of every table while the site runs: on SQLite one read transaction on a
 * connection of its own (WAL keeps writers going), on PostgreSQL one REPEATABLE READ READ ONLY
 * transaction. Rows come out in the archive's neutral form (column-values.ts), a page at a time, so
 * that a large table is never whole in memory (the nightly job runs inside the server).
 */
import type { Payload } from 'payload'
import { toArchive } from './column-values'
import { databaseKind, postgresPool, quote, schemaTables, type TableShape } from './database-tables'
import { sqliteFile } from '@/environment'

const PAGE = 2000

/** Reads one table's rows, page by page, inside the snapshot. */
export type TableReader = (shape: TableShape, onPage: (rows: unknown[][]) => Promise<void>) => Promise<void>

type Query = (sql: string, args: unknown[]) => Promise<Record<string, unknown>[]>

function tableReader(query: Query, database: 'sqlite' | 'postgres'): TableReader {
  return async (shape, onPage) => {
    const list = shape.columns.map((column) => quote(column.name)).join(', ')
    // Every Payload table has an id; without one, a page would need a stable order of its own.
    const ordered = shape.columns.some((column) => column.name === 'id')
    const mark = (n: number) => (database === 'postgres' ? `$${n}` : '?')
    for (let offset = 0; ; offset += PAGE) {
      const sql = ordered
        ? `SELECT ${list} FROM ${quote(shape.name)} ORDER BY "id" LIMIT ${mark(1)} OFFSET ${mark(2)}`
        : `SELECT ${list} FROM ${quote(shape.name)}`
      const rows = await query(sql, ordered ? [PAGE, offset] : [])
      await onPage(rows.map((row) => shape.columns.map((column) => toArchive(row[column.name], column.kind))))
      if (!ordered || rows.length < PAGE) return
    }
  }
}

async function appliedMigrations(query: Query): Promise<string[]> {
  return (await query('SELECT "name" FROM "payload_migrations" ORDER BY "id"', []))
    .map((row) => String(row.name))
    .filter((name) => name !== 'dev')
}

async function inSqliteSnapshot<T>(work: (query: Query) => Promise<T>): Promise<T> {
  // A connection of our own: the server's keeps serving while this one holds its read snapshot.
  // Loaded here: a process on PostgreSQL, or one that never backs up, does not carry SQLite's client.
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${sqliteFile()}` })
  try {
    const transaction = await client.transaction('read')
    try {
      return await work(async (sql, args) => {
        const result = await transaction.execute({ sql, args: args as never[] })
        return result.rows.map((row) => Object.fromEntries(result.columns.map((column, index) => [column, row[index]])))
      })
    } finally {
      await transaction.rollback().catch(() => undefined)
      transaction.close()
    }
  } finally {
    client.close()
  }
}

async function inPostgresSnapshot<T>(payload: Payload, work: (query: Query) => Promise<T>): Promise<T> {
  const client = await postgresPool(payload).connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      return await work(async (sql, args) => (await client.query(sql, args)).rows as Record<string, unknown>[])
    } finally {
      await client.query('ROLLBACK').catch(() => undefined)
    }
  } finally {
    client.release()
  }
}

/**
 * Runs `work` inside one snapshot of the database: it gets the tables to read, a reader for them and
 * the migrations applied, all as of the same moment.
 */
export async function withSnapshot<T>(
  payload: Payload,
  work: (snapshot: { shapes: TableShape[]; read: TableReader; migrations: string[] }) => Promise<T>,
): Promise<T> {
  const shapes = await schemaTables(payload)
  const database = databaseKind(payload)
  const run = async (query: Query) => work({ shapes, read: tableReader(query, database), migrations: await appliedMigrations(query) })
  return database === 'postgres' ? inPostgresSnapshot(payload, run) : inSqliteSnapshot(run)
}
