/**
 * Every committed migration goes down and up again: an empty database is migrated all the way up,
 * then down one migration at a time to nothing, then up again, and its schema (tables, columns,
 * indexes) must end as it was after the first way up. Run on SQLite and PostgreSQL, each with its
 * own migrations. A `down` that fails names its migration, so a broken one is found before a
 * release needs it.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { startTestPayload, type TestPayload } from './payload-instance'

interface Migration {
  name: string
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}

const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'
let instance: TestPayload
let payload: Payload
let migrations: Migration[]

/** Runs one SQL statement outside any migration and answers its rows, on either dialect. */
async function query<Row = Record<string, unknown>>(text: string): Promise<Row[]> {
  const drizzle = (payload.db as unknown as { drizzle: unknown }).drizzle
  if (onPostgres) {
    const { sql } = await import('@payloadcms/db-postgres')
    const result = await (drizzle as { execute(q: unknown): Promise<{ rows: Row[] }> }).execute(sql.raw(text))
    return result.rows
  }
  const { sql } = await import('@payloadcms/db-sqlite')
  return (drizzle as { all(q: unknown): Promise<Row[]> }).all(sql.raw(text))
}

/** Every table with its columns, and every index, sorted: what a way down and up must give back. */
async function schema(): Promise<string[]> {
  if (onPostgres) {
    const columns = await query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'`,
    )
    const indexes = await query<{ indexname: string; tablename: string }>(
      `SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 'public'`,
    )
    const types = await query<{ typname: string }>(
      `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`,
    )
    return [
      ...columns.map((row) => `column ${row.table_name}.${row.column_name} ${row.data_type}`),
      ...indexes.map((row) => `index ${row.tablename}.${row.indexname}`),
      ...types.map((row) => `type ${row.typname}`),
    ].sort()
  }
  const objects = await query<{ type: string; name: string; tbl_name: string }>(
    `SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`,
  )
  const found: string[] = objects.map((row) => `${row.type} ${row.tbl_name}.${row.name}`)
  for (const table of objects.filter((row) => row.type === 'table')) {
    const columns = await query<{ name: string; type: string }>(`PRAGMA table_info("${table.name}")`)
    found.push(...columns.map((column) => `column ${table.name}.${column.name} ${column.type}`))
  }
  return found.sort()
}

/**
 * Runs one migration's `up` or `down` in its own transaction, as Payload's migrate commands do, but
 * throws (naming the migration) where `migrate:down` would end the process.
 */
async function step(migration: Migration, direction: 'up' | 'down'): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const sessions = (payload.db as unknown as { sessions: Record<string, { db: unknown }> }).sessions
    const transactionID = await req.transactionID
    const db = (transactionID === undefined ? undefined : sessions[String(transactionID)]?.db) ?? payload.db.drizzle
    await migration[direction]({ db, payload, req } as never)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    // Drizzle's message shows the query; the database's reason is in its cause.
    const reason =
      error instanceof Error ? [error.message, (error.cause as Error | undefined)?.message].filter(Boolean).join(' — ') : String(error)
    throw new Error(`${migration.name} ${direction}: ${reason}`, { cause: error })
  }
}

before(async () => {
  instance = await startTestPayload({ migrate: false })
  payload = instance.payload
  const module = onPostgres ? await import('@/migrations/postgres') : await import('@/migrations/sqlite')
  migrations = module.migrations as unknown as Migration[]
})
after(() => instance.close())

describe('every migration, down and up again', () => {
  let afterFirstUp: string[] = []

  it('migrates an empty database all the way up', async () => {
    for (const migration of migrations) await step(migration, 'up')
    afterFirstUp = await schema()
    assert.ok(afterFirstUp.length > 100, 'the schema holds the collections')
  })

  it('goes down one migration at a time to an empty database', async () => {
    for (const migration of [...migrations].reverse()) await step(migration, 'down')
    assert.deepEqual(await schema(), [], 'every table, index and type is gone')
  })

  it('migrates up again to the same schema', async () => {
    for (const migration of migrations) await step(migration, 'up')
    assert.deepEqual(await schema(), afterFirstUp)
  })
})
