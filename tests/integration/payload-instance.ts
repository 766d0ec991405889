import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'
import type { Payload } from 'payload'
import { givenMigratedStart } from '../support/migrated-start'

/** The parts of pg's Pool this file touches, some of them internal (see close()). */
interface PgPool {
  _clients?: { release?: (destroy: boolean) => void }[]
  end(): Promise<void>
}

export interface TestPayload {
  payload: Payload
  /** On PostgreSQL, the database's name. */
  database?: string
  close(): Promise<void>
}

/**
 * A Payload instance on a database with the committed migrations applied: SQLite in a temp
 * folder, or a new PostgreSQL database when BELFORT_TEST_DB=postgres. The config reads the
 * environment when it is imported, so each test file (its own process under node:test) gets one.
 * When the run made a migrated start (migrated-start.ts), the database is a copy of it, and
 * migrating finds nothing left to do. `migrate: false` leaves the database empty, for a test that
 * migrates it step by step; `keepIn` migrates in that folder and keeps it, and the PostgreSQL
 * database, when closed (how the migrated start is made).
 */
export async function startTestPayload({ migrate = true, keepIn }: { migrate?: boolean; keepIn?: string } = {}): Promise<TestPayload> {
  const template = migrate && !keepIn ? givenMigratedStart() : undefined
  const dataDir = keepIn ?? mkdtempSync(path.join(tmpdir(), 'belfort-it-'))
  if (template) cpSync(template.dataDir, dataDir, { recursive: true })
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = 'integration-test-secret-of-at-least-32-chars'
  let dropDatabase: (() => Promise<void>) | undefined
  let databaseName: string | undefined
  if (process.env.BELFORT_TEST_DB === 'postgres') {
    const { createTestDatabase } = await import('../support/postgres')
    const database = await createTestDatabase(template?.database)
    process.env.DATABASE_URL = database.url
    databaseName = database.name
    if (!keepIn) dropDatabase = database.drop
  } else {
    delete process.env.DATABASE_URL
  }
  const { getPayload } = await import('payload')
  const { importPayloadConfig } = await import('@/load-config')
  const config = await importPayloadConfig()
  const payload = await getPayload({ config })
  if (migrate) await payload.db.migrate()
  return {
    payload,
    database: databaseName,
    async close() {
      await payload.destroy()
      // destroy() leaves the PostgreSQL pool open, and a database cannot be dropped while in use.
      // The pool also keeps one client checked out after migrating, which would make end() wait
      // forever: release every client with an error flag, which closes its connection.
      const pool = (payload.db as { pool?: PgPool }).pool
      if (pool) {
        for (const client of pool._clients ?? []) {
          try {
            client.release?.(true)
          } catch {
            // an idle client: end() closes it
          }
        }
        await pool.end().catch(() => undefined)
      }
      await dropDatabase?.()
      if (!keepIn) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The file's Payload, started before its first test and closed after its last. It reads through
 * to the started instance, so the file's tests use it as a plain `Payload`.
 */
export function payloadForThisFile(): Payload {
  let instance: TestPayload | undefined
  before(async () => {
    instance = await startTestPayload()
  })
  after(() => instance?.close())
  const current = (): Payload => {
    if (!instance) throw new Error("Payload is used before the file's before() hook started it")
    return instance.payload
  }
  return new Proxy({} as Payload, {
    get(_, key) {
      const payload = current()
      const value: unknown = Reflect.get(payload, key, payload)
      return typeof value === 'function' ? value.bind(payload) : value
    },
    has: (_, key) => key in current(),
  })
}
