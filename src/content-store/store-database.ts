/**
 * The store's tables on the database Payload uses. Reads are prepared statements: on SQLite a
 * synchronous connection of its own on the same file (WAL: it sees each committed write, and a read
 * costs microseconds, not a trip through Payload's asynchronous client); on PostgreSQL named
 * statements on Payload's pool. Writes go through Payload's own connection on SQLite (so that the
 * change counter other processes watch does not count them as someone else's) and one transaction
 * on PostgreSQL.
 */
import { createHash } from 'node:crypto'
import type { Client as LibsqlClient, InStatement } from '@libsql/client'
import Database from 'libsql'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { sqliteFile } from '@/environment'
import { inPgTransaction } from '@/pg-transaction'
import { onContentChange } from '@/site/invalidation'
import { postgresDialect, type SqlDialect, sqliteDialect } from './sql-dialect'

export interface Statement {
  sql: string
  params: unknown[]
}

/**
 * How a read is run. Statements are prepared once and kept, by their text; a statement whose text
 * changes with what is asked (values written into it, as PostgreSQL's search does with its key
 * ranges) is run `prepared: false`, so that the connections do not keep one more for each.
 */
export interface ReadOptions {
  prepared?: boolean
}

export interface StoreDatabase {
  dialect: SqlDialect
  /** Rows of a read, each an object of its columns. */
  read(sql: string, params: unknown[], options?: ReadOptions): Promise<Record<string, unknown>[]>
  /** The first row of a read, or undefined (a lookup by key: on SQLite, one step instead of a cursor over the rows). */
  readFirst(sql: string, params: unknown[]): Promise<Record<string, unknown> | undefined>
  /** Runs the statements in one transaction: all or nothing. */
  write(statements: Statement[]): Promise<void>
  close(): void
}

type SqliteStatement = ReturnType<InstanceType<typeof Database>['prepare']>

/** What a connection of a reader's does when asked to write: a reader never writes. */
const READS_ONLY = async (): Promise<void> => {
  throw new Error('content store: this connection only reads')
}

/**
 * One read transaction for the reads of one event-loop turn. On a WAL database a statement run on its
 * own takes and drops its read locks (two fcntl calls and an fstat, about 7 µs here: more than
 * finding a row by its key); a page's reads, and those of every request answered in the same turn,
 * then take them once. The snapshot ends with the turn (setImmediate) so that the next one sees
 * what was committed meanwhile, and at once when a change is announced: a render that starts after
 * the announcement (which a cache keeps as current) never reads rows older than it.
 */
function turnSnapshot(connection: InstanceType<typeof Database>): { enter(): void; end(): void } {
  const begin = connection.prepare('BEGIN')
  const commit = connection.prepare('COMMIT')
  // Kept here rather than asked of the connection: asking is one more native call for every read.
  let open = false
  const end = () => {
    if (!open) return
    open = false
    if (connection.inTransaction) commit.run()
  }
  return {
    enter() {
      if (open) return
      begin.run()
      open = true
      setImmediate(end)
    },
    end,
  }
}

function sqliteStore(file: string, write: StoreDatabase['write']): StoreDatabase {
  const connection = new Database(file, { readonly: true })
  connection.pragma('busy_timeout = 5000')
  const snapshot = turnSnapshot(connection)
  const stopHearing = onContentChange(snapshot.end)
  const prepared = new Map<string, SqliteStatement>()
  const statementOf = (sql: string): SqliteStatement => {
    let statement = prepared.get(sql)
    if (!statement) {
      statement = connection.prepare(sql)
      prepared.set(sql, statement)
    }
    return statement
  }
  return {
    dialect: sqliteDialect,
    async read(sql, params, options) {
      const statement = options?.prepared === false ? connection.prepare(sql) : statementOf(sql)
      snapshot.enter()
      return statement.all(params) as Record<string, unknown>[]
    },
    async readFirst(sql, params) {
      const statement = statementOf(sql)
      snapshot.enter()
      return (statement.get(params) ?? undefined) as Record<string, unknown> | undefined
    },
    // The store's own write is seen by the reads that follow it, in this turn too.
    write: async (statements) => {
      snapshot.end()
      try {
        await write(statements)
      } finally {
        snapshot.end()
      }
    },
    close: () => {
      stopHearing()
      snapshot.end()
      connection.close()
    },
  }
}

function postgresStore(pool: Pool, write: StoreDatabase['write'], close: () => void): StoreDatabase {
  const names = new Map<string, string>()
  const nameOf = (sql: string) => {
    let name = names.get(sql)
    if (!name) {
      name = `store_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`
      names.set(sql, name)
    }
    return name
  }
  const read = async (sql: string, params: unknown[], options?: ReadOptions) => {
    const text = postgresDialect.placeholders(sql)
    const result = await pool.query(options?.prepared === false ? { text, values: params } : { name: nameOf(text), text, values: params })
    return result.rows as Record<string, unknown>[]
  }
  return {
    dialect: postgresDialect,
    read,
    readFirst: async (sql, params) => (await read(sql, params))[0],
    write,
    close,
  }
}

/** The store's database for this Payload (SQLite or PostgreSQL, as its adapter). */
export function storeDatabase(payload: Payload): StoreDatabase {
  const db = payload.db as unknown as { pool?: Pool; client?: LibsqlClient; clientConfig?: { url?: string } }
  const pool = db.pool
  if (pool) {
    const write: StoreDatabase['write'] = (statements) =>
      inPgTransaction(pool, async (client) => {
        for (const s of statements) await client.query(postgresDialect.placeholders(s.sql), s.params)
      })
    // The pool is Payload's: Payload closes it.
    return postgresStore(pool, write, () => undefined)
  }
  const client = db.client
  const url = db.clientConfig?.url
  if (!client || !url?.startsWith('file:')) throw new Error('content store: neither a PostgreSQL pool nor a SQLite file')
  return sqliteStore(url.slice('file:'.length), async (statements) => {
    if (statements.length === 0) return
    await client.batch(
      statements.map((s): InStatement => ({ sql: s.sql, args: s.params as never })),
      'write',
    )
  })
}

/**
 * The store's reads on connections of their own, opened from the environment alone (DATA_DIR's
 * SQLite file, or DATABASE_URL): for an instance that has not loaded Payload, which reads what the
 * back office wrote. It does not write.
 */
export async function storeReader(environment: { dataDir: string; databaseUrl: string | undefined }): Promise<StoreDatabase> {
  if (!environment.databaseUrl) return sqliteStore(sqliteFile(environment.dataDir), READS_ONLY)
  const { default: pg } = await import('pg')
  // Read-only transactions: a statement that writes fails on these connections, whatever it is.
  const pool = new pg.Pool({ connectionString: environment.databaseUrl, max: 4, options: '-c default_transaction_read_only=on' })
  // An idle connection the server drops (a restart, a failover) is replaced at the next read; unheard, its error would end the process.
  pool.on('error', () => undefined)
  return postgresStore(pool, READS_ONLY, () => void pool.end().catch(() => undefined))
}
