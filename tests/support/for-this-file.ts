/**
 * What a test file shares between its tests, started before the first and stopped after the last:
 * a server, and an admin's API session on it. Each returns at once and reads through to what the
 * `before` hook starts, so the file's tests use it as a plain value.
 */
import { after, before } from 'node:test'
import { adminSession } from './contact'
import { type StartOptions, startTestServer } from './server'

export type TestServer = Awaited<ReturnType<typeof startTestServer>>
export type AdminApi = Awaited<ReturnType<typeof adminSession>>

function notStarted(what: string): never {
  throw new Error(`${what} is used before the file's before() hook started it`)
}

/** One server for the file, on the database BELFORT_TEST_DB names. */
export function serverForThisFile(options: Omit<StartOptions, 'databaseUrl'> = {}): TestServer {
  let started: TestServer | undefined
  before(
    async () => {
      started = await startTestServer(options)
    },
    { timeout: 180_000 },
  )
  after(() => started?.stop())
  const current = () => started ?? notStarted('The test server')
  return {
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
    stop: () => current().stop(),
    kill: () => current().kill(),
  }
}

/** The first admin's REST session on that server, signed in once the server is up. */
export function adminApiForThisFile(server: Pick<TestServer, 'url'>): AdminApi {
  let session: AdminApi | undefined
  before(async () => {
    session = await adminSession(server.url)
  })
  return (path, init) => (session ?? notStarted('The admin session'))(path, init)
}
