/**
 * Loads an archive's rows into a database whose schema the restore has just created, in one
 * transaction so that a failure leaves nothing half-written. Foreign keys are checked once every
 * row is in (SQLite: defer_foreign_keys; PostgreSQL: dropped and added back inside the
 * transaction), so tables go in any order and self-references need no second pass.
 */
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { toDatabase } from './column-values'
import { sqliteFile } from '@/environment'
import { databaseKind, postgresPool, quote } from './database-tables'
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
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
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
      if (closed) return
      await transaction.rollback().catch(() => undefined)
      close()
    },
  }
}

async function postgresLoader(payload: Payload): Promise<RowLoader> {
  const client = await postgresPool(payload).connect()
  await client.query('BEGIN')
  // The foreign keys are dropped for the load and added back before the commit, which checks every
  // row against them: the tables' owner may do this (unlike session_replication_role, which needs a
  // superuser), and DDL is part of the transaction, so a failure leaves the schema as it was.
  let foreignKeys: { table: string; name: string; definition: string }[]
  try {
    foreignKeys = (
      await client.query<{ table: string; name: string; definition: string }>(
        `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
          WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace`,
      )
    ).rows
    for (const key of foreignKeys) await client.query(`ALTER TABLE ${quote(key.table)} DROP CONSTRAINT ${quote(key.name)}`)
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    client.release()
    throw error
  }
  const tables: string[] = []
  let released = false
  const release = () => {
    if (released) return
    released = true
    client.release()
  }
  return {
    async insert(table, rows) {
      if (table.columns.some((column) => column.name === 'id') && !tables.includes(table.name)) tables.push(table.name)
      for (const statement of insertStatements(table, rows, 'postgres')) await client.query(statement.sql, statement.args)
    },
    async commit() {
      try {
        for (const key of foreignKeys) {
          await client.query(`ALTER TABLE ${quote(key.table)} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`)
        }
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        release()
        throw error
      }
      try {
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
        release()
      }
    },
    async rollback() {
      if (released) return
      await client.query('ROLLBACK').catch(() => undefined)
      release()
    },
  }
}

/** A loader on the database Payload runs on. */
export function rowLoader(payload: Payload): Promise<RowLoader> {
  return databaseKind(payload) === 'postgres' ? postgresLoader(payload) : sqliteLoader()
}
