/**
 * Loads an archive's rows into a database whose schema the restore has just created, in one
 * transaction so that a failure leaves nothing half-written. Foreign keys are checked at commit
 * (SQLite: defer_foreign_keys) or not during the load (PostgreSQL: session_replication_role =
 * replica), so tables go in any order and self-references need no second pass.
 */
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { toDatabase } from './column-values'
import { databaseKind, postgresPool, quote, sqliteFile } from './database-tables'
import type { TableEntry } from './manifest'

/** Statement parameters per INSERT, below both databases' limits. */
const PARAMETERS_PER_STATEMENT = 900

export interface RowLoader {
  insert(table: TableEntry, rows: unknown[][]): Promise<void>
  commit(): Promise<void>
  rollback(): Promise<void>
}

function insertStatements(table: TableEntry, rows: unknown[][], database: 'sqlite' | 'postgres'): { sql: string; args: unknown[] }[] {
  const columns = table.columns.map((column) => quote(column.name)).join(', ')
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / table.columns.length))
  const statements: { sql: string; args: unknown[] }[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement)
    const args: unknown[] = []
    const tuples = slice.map((row) => {
      const marks = table.columns.map((column, index) => {
        args.push(toDatabase(row[index], column.kind, database))
        return database === 'postgres' ? `$${args.length}` : '?'
      })
      return `(${marks.join(', ')})`
    })
    statements.push({ sql: `INSERT INTO ${quote(table.name)} (${columns}) VALUES ${tuples.join(', ')}`, args })
  }
  return statements
}

async function sqliteLoader(): Promise<RowLoader> {
  const client = createClient({ url: `file:${sqliteFile()}` })
  const transaction = await client.transaction('write')
  await transaction.execute('PRAGMA defer_foreign_keys = ON')
  const close = () => {
    transaction.close()
    client.close()
  }
  return {
    async insert(table, rows) {
      for (const statement of insertStatements(table, rows, 'sqlite')) {
        await transaction.execute({ sql: statement.sql, args: statement.args as never[] })
      }
    },
    async commit() {
      try {
        await transaction.commit()
      } finally {
        close()
      }
    },
    async rollback() {
      await transaction.rollback().catch(() => undefined)
      close()
    },
  }
}

async function postgresLoader(payload: Payload): Promise<RowLoader> {
  const client = await postgresPool(payload).connect()
  await client.query('BEGIN')
  try {
    await client.query('SET LOCAL session_replication_role = replica')
  } catch (error) {
    await client.query('ROLLBACK')
    client.release()
    throw new Error(
      `the restore needs to load rows without foreign-key checks (SET session_replication_role), which this database user may not do: ${(error as Error).message}`,
    )
  }
  const tables: string[] = []
  return {
    async insert(table, rows) {
      if (table.columns.some((column) => column.name === 'id') && !tables.includes(table.name)) tables.push(table.name)
      for (const statement of insertStatements(table, rows, 'postgres')) await client.query(statement.sql, statement.args)
    },
    async commit() {
      try {
        await client.query('COMMIT')
        // Ids were inserted as they were: each table's sequence continues after the highest.
        for (const name of tables) {
          const { rows } = await client.query<{ sequence: string | null }>("SELECT pg_get_serial_sequence($1, 'id') AS sequence", [
            quote(name),
          ])
          const sequence = rows[0]?.sequence
          if (!sequence) continue
          await client.query(
            `SELECT setval($1, COALESCE((SELECT MAX("id") FROM ${quote(name)}), 1), (SELECT COUNT(*) > 0 FROM ${quote(name)}))`,
            [sequence],
          )
        }
      } finally {
        client.release()
      }
    },
    async rollback() {
      await client.query('ROLLBACK').catch(() => undefined)
      client.release()
    },
  }
}

/** A loader on the database Payload runs on. */
export function rowLoader(payload: Payload): Promise<RowLoader> {
  return databaseKind(payload) === 'postgres' ? postgresLoader(payload) : sqliteLoader()
}
