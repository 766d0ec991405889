/**
 * A document imported by the command line while the site serves (another process writing the same
 * database) is on the public list within two seconds, without a restart: on SQLite the server's page
 * cache hears of the other process's commit (src/server/sqlite-change-watch.ts), on PostgreSQL the
 * import announces it as instances do (LISTEN/NOTIFY). Run on both databases.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { writeDemoPdf } from '@/documents/pdf/write'
import { ROOT, startTestServer } from '../support/server'

let server: Awaited<ReturnType<typeof startTestServer>>
before(
  async () => {
    server = await startTestServer()
  },
  { timeout: 180_000 },
)
after(() => server?.stop())

const TITLE = 'Verslag van de ingevoerde documenten 2026'

function runImport(folder: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-documents.ts', folder], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl ?? '', NODE_TEST_CONTEXT: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('close', (code) => resolve({ code, output }))
  })
}

describe('importing while the site serves', () => {
  it('shows the imported document within two seconds, without a restart', { timeout: 180_000 }, async () => {
    const list = `${server.url}/nl/documenten`
    // Twice: the second answer comes from the page cache.
    for (let i = 0; i < 2; i += 1) assert.doesNotMatch(await (await fetch(list)).text(), new RegExp(TITLE))
    const folder = mkdtempSync(path.join(tmpdir(), 'belfort-import-'))
    writeFileSync(
      path.join(folder, 'verslag.pdf'),
      await writeDemoPdf({ title: TITLE, language: 'nl-BE', notice: 'Test', paragraphs: ['Een alinea.'] }),
    )
    writeFileSync(
      path.join(folder, 'documents.json'),
      JSON.stringify([
        {
          slug: { nl: 'ingevoerd-verslag-2026' },
          title: { nl: TITLE },
          kind: 'report',
          date: '2026-11-30',
          files: [{ file: 'verslag.pdf', language: 'nl' }],
        },
      ]),
    )
    const imported = await runImport(folder)
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
