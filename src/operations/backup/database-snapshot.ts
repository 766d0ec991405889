/**
 * A consistent snapshot of every table while the site runs: on SQLite one read transaction on a
 * connection of its own (WAL keeps writers going), on PostgreSQL one REPEATABLE READ READ ONLY
 * transaction. Rows come out in the archive's neutral form (src/operations/backup/column-values.ts).
 */
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { toArchive } from './column-values'
import { databaseKind, postgresPool, quote, schemaTables, sqliteFile, type TableShape } from './database-tables'

export interface TableRows extends TableShape {
  rows: unknown[][]
}

export interface Snapshot {
  tables: TableRows[]
  migrations: string[]
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>

async function readAll(shapes: TableShape[], query: Query): Promise<Snapshot> {
  const tables: TableRows[] = []
  for (const shape of shapes) {
    const list = shape.columns.map((column) => quote(column.name)).join(', ')
    const order = shape.columns.some((column) => column.name === 'id') ? ' ORDER BY "id"' : ''
    const rows = await query(`SELECT ${list} FROM ${quote(shape.name)}${order}`)
    tables.push({
      ...shape,
      rows: rows.map((row) => shape.columns.map((column) => toArchive(row[column.name], column.kind))),
    })
  }
  const migrations = (await query('SELECT "name" FROM "payload_migrations" ORDER BY "id"'))
    .map((row) => String(row.name))
    .filter((name) => name !== 'dev')
  return { tables, migrations }
}

async function sqliteSnapshot(shapes: TableShape[]): Promise<Snapshot> {
  // A connection of our own: the server's keeps serving while this one holds its read snapshot.
  const client = createClient({ url: `file:${sqliteFile()}` })
  try {
    const transaction = await client.transaction('read')
    try {
      return await readAll(shapes, async (sql) => {
        const result = await transaction.execute(sql)
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

async function postgresSnapshot(payload: Payload, shapes: TableShape[]): Promise<Snapshot> {
  const client = await postgresPool(payload).connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      return await readAll(shapes, async (sql) => (await client.query(sql)).rows as Record<string, unknown>[])
    } finally {
      await client.query('ROLLBACK').catch(() => undefined)
    }
  } finally {
    client.release()
  }
}

/** Every table of the schema, read at one moment. */
export async function takeSnapshot(payload: Payload): Promise<Snapshot> {
  const shapes = await schemaTables(payload)
  return databaseKind(payload) === 'postgres' ? postgresSnapshot(payload, shapes) : sqliteSnapshot(shapes)
}
