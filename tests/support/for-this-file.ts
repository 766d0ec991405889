/**
 * What a test file shares between its tests, started before the first and stopped after the last:
 * a server, and an admin's API session on it. Each returns at once and reads through to what its
 * `before` hook starts, so the file's tests use it as a plain value. A file's top-level `before`
 * hooks run at the same time (node:test starts them together), so whatever needs the server
 * waits for `started()`.
 */
import { after, before } from 'node:test'
import { adminSession } from './contact'
import { type StartOptions, startTestServer } from './server'

export type TestServer = Awaited<ReturnType<typeof startTestServer>>
export type AdminApi = Awaited<ReturnType<typeof adminSession>>
export type FileServer = TestServer & {
  /** The server, once the file's before() hook has started it. */
  started(): Promise<TestServer>
}

function notStarted(what: string): never {
  throw new Error(`${what} is used before the file's before() hook started it`)
}

/** One server for the file, on the database BELFORT_TEST_DB names. */
export function serverForThisFile(options: Omit<StartOptions, 'databaseUrl'> = {}): FileServer {
  let server: TestServer | undefined
  let settle: { resolve(server: TestServer): void; reject(error: unknown): void } | undefined
  const starting = new Promise<TestServer>((resolve, reject) => {
    settle = { resolve, reject }
  })
  // A failed start fails the hook below; nobody else has to handle it.
  starting.catch(() => undefined)
  before(
    async () => {
      try {
        server = await startTestServer(options)
        settle?.resolve(server)
      } catch (error) {
        settle?.reject(error)
        throw error
      }
    },
    { timeout: 180_000 },
  )
  after(() => server?.stop())
  const current = () => server ?? notStarted('The test server')
  return {
    started: () => starting,
    get url() {
      return current().url
    },
    get dataDir() {
      return current().dataDir
    },
    get pid() {
      return current().pid
    },
    get database() {
      return current().database
    },
    get databaseUrl() {
      return current().databaseUrl
    },
    output: () => current().output(),
    kept: () => current().kept(),
    stop: () => current().stop(),
    kill: () => current().kill(),
    exited: () => current().exited(),
  }
}

/** The first admin's REST session on that server, signed in once the server is up. */
export function adminApiForThisFile(server: Pick<FileServer, 'started'>): AdminApi {
  let session: AdminApi | undefined
  before(
    async () => {
      session = await adminSession((await server.started()).url)
    },
    { timeout: 180_000 },
  )
  return (path, init) => (session ?? notStarted('The admin session'))(path, init)
}
