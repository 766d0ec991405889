/**
 * A document imported by the command line while the site serves (another process writing the same
 * database) is on the public list within two seconds, without a restart: on SQLite the server's page
 * cache hears of the other process's commit (src/server/sqlite-change-watch.ts), on PostgreSQL the
 * import announces it as instances do (LISTEN/NOTIFY). Run on both databases.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { documentImportFolder, runScript } from '../support/scripts'
import { startTestServer } from '../support/server'

let server: Awaited<ReturnType<typeof startTestServer>>
before(
  async () => {
    server = await startTestServer()
  },
  { timeout: 180_000 },
)
after(() => server?.stop())

const TITLE = 'Verslag van de ingevoerde documenten 2026'

describe('importing while the site serves', () => {
  it('shows the imported document within two seconds, without a restart', { timeout: 180_000 }, async () => {
    const list = `${server.url}/nl/documenten`
    // Twice: the second answer comes from the page cache.
    for (let i = 0; i < 2; i += 1) assert.doesNotMatch(await (await fetch(list)).text(), new RegExp(TITLE))
    const folder = await documentImportFolder({ title: TITLE, slug: 'ingevoerd-verslag-2026' })
    const imported = await runScript('import-documents', [folder], { DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl })
    assert.equal(imported.code, 0, imported.output)
    assert.match(imported.output, /1 created/)
    const done = Date.now()
    let seen = false
    while (!seen && Date.now() - done < 2000) {
      seen = new RegExp(TITLE).test(await (await fetch(list)).text())
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    assert.ok(seen, 'the new document is on the list within two seconds')
  })
})
