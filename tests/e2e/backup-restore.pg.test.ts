/**
 * Restore drills that involve PostgreSQL: PostgreSQL → PostgreSQL, SQLite → PostgreSQL (how a site
 * moves to the scale-out set-up) and PostgreSQL → SQLite. Each restores into a fresh database and
 * data folder, starts a server on it and finds every public page, the counts and the stored files as
 * they were on the source, and staff able to sign in.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  addDrillContent,
  archiveIn,
  compareSites,
  EDITOR,
  printedCounts,
  storedFileHashes,
  type WalkedSite,
  walk,
} from '../support/backup-drill'
import { runScript } from '../support/scripts'
import { adminSession } from '../support/contact'
import { createTestDatabase } from '../support/postgres'
import { copySeededDataDir, givenSeededSqlite } from '../support/seeded-start'
import { type Belfort, startBelfort, startTestServer } from '../support/server'

const cleanups: (() => Promise<unknown> | unknown)[] = []
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})
const folder = (name: string) => {
  const made = mkdtempSync(path.join(tmpdir(), `belfort-${name}-`))
  cleanups.push(() => rmSync(made, { recursive: true, force: true }))
  return made
}
async function database(): Promise<string> {
  const created = await createTestDatabase()
  cleanups.push(() => created.drop().catch(() => undefined))
  return created.url
}
async function server(options: Parameters<typeof startBelfort>[0]): Promise<Belfort> {
  const started = await startBelfort(options)
  cleanups.push(() => started.stop())
  return started
}

interface Source {
  server: Belfort
  archive: string
  counts: Record<string, number>
  /** The source's pages, walked once for all the drills that restore it. */
  walked?: WalkedSite
}

/**
 * A seeded site with the drill's content, and its backup. The sites start from the run's seeded
 * copies where there are some (seeding on a first start is the smoke walk's to test).
 */
async function source(kind: 'postgres' | 'sqlite'): Promise<Source> {
  let site: Belfort
  let databaseUrl: string | undefined
  if (kind === 'postgres') {
    const started = await startTestServer()
    cleanups.push(() => started.stop())
    site = started
    databaseUrl = started.databaseUrl
  } else {
    const seeded = givenSeededSqlite()
    const dataDir = seeded ? copySeededDataDir(seeded) : undefined
    if (dataDir) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    site = await server({ dataDir })
  }
  await addDrillContent(site.url, { DATA_DIR: site.dataDir, DATABASE_URL: databaseUrl })
  const backups = folder('backups')
  const backup = await runScript('backup', [], { DATA_DIR: site.dataDir, DATABASE_URL: databaseUrl, BACKUP_DIR: backups })
  assert.equal(backup.code, 0, backup.output)
  return { server: site, archive: archiveIn(backups), counts: printedCounts(backup.output) }
}

/** Restores `from` into a fresh data folder (and database when `databaseUrl`), then checks the restored site against the source. */
function drill(name: string, from: () => Source, databaseUrl: () => Promise<string | undefined>): void {
  describe(name, () => {
    let restored: Belfort
    let counts: Record<string, number>
    let target: string
    before(
      async () => {
        target = folder('restored')
        const url = await databaseUrl()
        const restore = await runScript('restore', [from().archive], { DATA_DIR: target, DATABASE_URL: url })
        assert.equal(restore.code, 0, restore.output)
        counts = printedCounts(restore.output)
        restored = await server({ dataDir: target, databaseUrl: url })
      },
      { timeout: 240_000 },
    )
    after(() => restored?.stop())

    it('restores the same number of documents in every collection', () => {
      assert.ok(Object.keys(from().counts).length > 20)
      assert.deepEqual(counts, from().counts)
    })

    it('serves every public page as before', { timeout: 300_000 }, async () => {
      const source = from()
      source.walked ??= await walk(source.server.url)
      const compared = await compareSites(source.walked, restored.url)
      assert.ok(compared.pages > 300, `only ${compared.pages} pages`)
      assert.deepEqual(compared.differences, [])
    })

    it('holds the same image, attachment and PDFs', () => {
      const stored = storedFileHashes(from().server.dataDir)
      assert.ok(Object.keys(stored).some((file) => file.startsWith('contact-attachments/')))
      assert.deepEqual(storedFileHashes(target), stored)
    })

    it('lets staff sign in with their password', async () => {
      const api = await adminSession(restored.url, EDITOR.email, EDITOR.password)
      const me = (await (await api('/api/users/me')).json()) as { user?: { email?: string } }
      assert.equal(me.user?.email, EDITOR.email)
    })
  })
}

let postgresSource: Source
let sqliteSource: Source

describe('restore drills with PostgreSQL', () => {
  before(
    async () => {
      postgresSource = await source('postgres')
    },
    { timeout: 300_000 },
  )
  drill('from PostgreSQL to PostgreSQL', () => postgresSource, database)
  drill(
    'from PostgreSQL to SQLite',
    () => postgresSource,
    async () => undefined,
  )
  describe('from SQLite', () => {
    before(
      async () => {
        await postgresSource.server.stop()
        sqliteSource = await source('sqlite')
      },
      { timeout: 300_000 },
    )
    drill('to PostgreSQL (moving a site to the scale-out set-up)', () => sqliteSource, database)
  })
})
