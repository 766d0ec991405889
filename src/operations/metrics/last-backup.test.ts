import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { LAST_SUCCESS_FILE, lastBackupFinishedAt } from './last-backup'

describe('lastBackupFinishedAt', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'belfort-backups-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('is undefined before the first backup', async () => {
    assert.equal(await lastBackupFinishedAt(path.join(dir, 'none')), undefined)
  })
  it('reads finishedAt from last-success.json', async () => {
    writeFileSync(
      path.join(dir, LAST_SUCCESS_FILE),
      JSON.stringify({ finishedAt: '2026-11-30T03:00:12.000Z', archive: 'a.tar', bytes: 10 }),
    )
    assert.equal((await lastBackupFinishedAt(dir))?.toISOString(), '2026-11-30T03:00:12.000Z')
  })
  it('refuses a record without a valid date', async () => {
    writeFileSync(path.join(dir, LAST_SUCCESS_FILE), JSON.stringify({ finishedAt: 'yesterday' }))
    await assert.rejects(lastBackupFinishedAt(dir), /finishedAt/)
    writeFileSync(path.join(dir, LAST_SUCCESS_FILE), '{')
    await assert.rejects(lastBackupFinishedAt(dir))
  })
})
