import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import type { PayloadRequest } from 'payload'
import { writeLastSuccess } from '../last-success'
import { backupAttention } from './backup-age'

const dir = mkdtempSync(path.join(tmpdir(), 'belfort-backup-age-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const as = (roles: string[]) => ({ user: { id: 1, roles } }) as unknown as PayloadRequest
const settings = (schedule: string | undefined) => ({ dir, passphrase: undefined, schedule, keep: { daily: 7, weekly: 4 } })
const NOW = Date.parse('2026-11-30T06:00:00Z')

describe('backups on the attention dashboard', () => {
  it('asks an admin to look when no backup succeeded while a schedule is set', async () => {
    const [count] = await backupAttention(settings('0 0 2 * * *'), () => NOW)(as(['admin']))
    assert.equal(count?.count, 1)
    assert.equal(count?.group, 'operations')
    assert.match(count!.detail!.nl, /nog geen back-up/)
  })

  it('says when the last one succeeded, and counts it once it is older than 26 hours', async () => {
    await writeLastSuccess(dir, { finishedAt: '2026-11-30T02:00:00.000Z', archive: 'belfort-backup-20261130T020000Z.belfort', bytes: 10 })
    const [fresh] = await backupAttention(settings('0 0 2 * * *'), () => NOW)(as(['admin']))
    assert.equal(fresh?.count, 0)
    assert.match(fresh!.detail!.nl, /Laatste geslaagde back-up: 30 november 2026/)
    assert.match(fresh!.detail!.fr, /Dernière sauvegarde réussie : 30 novembre 2026/)
    const [late] = await backupAttention(settings('0 0 2 * * *'), () => NOW + 27 * 3600_000)(as(['admin']))
    assert.equal(late?.count, 1)
    assert.match(late!.label.en, /overdue/)
  })

  it('shows nothing to other roles, nor without a schedule or a backup', async () => {
    assert.deepEqual(await backupAttention(settings('0 0 2 * * *'), () => NOW)(as(['editor'])), [])
    rmSync(path.join(dir, 'last-success.json'))
    assert.deepEqual(await backupAttention(settings(undefined), () => NOW)(as(['admin'])), [])
  })
})
