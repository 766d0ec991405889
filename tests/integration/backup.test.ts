/**
 * The scheduled backup as Payload runs it: the `backup` task writes an archive whose every part
 * checks out and whose counts are the database's, records its success in last-success.json and
 * deletes what BACKUP_KEEP no longer keeps. On SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { verifyArchive } from '@/operations/backup/verify-archive'
import { startTestPayload, type TestPayload } from './payload-instance'

const backups = mkdtempSync(path.join(tmpdir(), 'belfort-it-backups-'))
let instance: TestPayload

before(
  async () => {
    process.env.BACKUP_DIR = backups
    process.env.BACKUP_KEEP = '1d'
    instance = await startTestPayload()
  },
  { timeout: 120_000 },
)
after(async () => {
  await instance?.close()
  rmSync(backups, { recursive: true, force: true })
})

describe('the backup job', () => {
  it('writes a checked archive, records its success and keeps what BACKUP_KEEP asks', { timeout: 120_000 }, async () => {
    const { payload } = instance
    await payload.create({ collection: 'themes', data: { name: 'Herstel', slug: 'herstel' }, overrideAccess: true, locale: 'nl' })
    const old = path.join(backups, 'belfort-backup-20200101T000000Z.belfort')
    writeFileSync(old, 'an archive of long ago')
    writeFileSync(path.join(backups, 'notes.txt'), 'not an archive')
    await payload.jobs.queue({ task: 'backup', input: {} })
    await payload.jobs.run()
    const archives = readdirSync(backups).filter((name) => name.endsWith('.belfort'))
    assert.equal(archives.length, 1, archives.join(', '))
    assert.equal(existsSync(old), false, 'the old archive is deleted')
    assert.equal(existsSync(path.join(backups, 'notes.txt')), true, 'other files are left alone')
    const last = JSON.parse(readFileSync(path.join(backups, 'last-success.json'), 'utf8')) as {
      archive: string
      bytes: number
      finishedAt: string
    }
    assert.equal(last.archive, archives[0])
    assert.ok(last.bytes > 0 && !Number.isNaN(Date.parse(last.finishedAt)))
    const manifest = await verifyArchive(path.join(backups, archives[0]!), undefined)
    assert.equal(manifest.database, process.env.BELFORT_TEST_DB === 'postgres' ? 'postgres' : 'sqlite')
    assert.equal(manifest.counts.themes, (await payload.count({ collection: 'themes', overrideAccess: true })).totalDocs)
    assert.equal(manifest.counts.themes, 1)
    assert.ok(manifest.migrations.length > 5)
    assert.ok(!manifest.tables.some((table) => table.name === 'users_sessions'), 'sessions are left out')
  })
})
