/**
 * Restore drill, SQLite → SQLite: the demo plus a news item with an image, a contact message with an
 * attachment, a validated progress report, a document and an editor; `npm run backup` while the site
 * serves; `npm run restore` into a fresh data folder; a server started on it shows every public page
 * as before, holds the same counts and the same files, and lets staff sign in. A damaged archive, an
 * encrypted one with the wrong passphrase and a non-empty target are refused without writing anything.
 */
import assert from 'node:assert/strict'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { addDrillContent, archiveIn, compareSites, DRILL_NEWS, EDITOR, printedCounts, storedFileHashes } from '../support/backup-drill'
import { runScript } from '../support/scripts'
import { adminSession } from '../support/contact'
import { type Belfort, startBelfort, startTestServer } from '../support/server'

let source: Belfort
let restored: Belfort | undefined
const folders: string[] = []
const folder = (name: string) => {
  const made = mkdtempSync(path.join(tmpdir(), `belfort-${name}-`))
  folders.push(made)
  return made
}
let archive: string
let backupOutput: string
let restoreOutput: string
let target: string

before(
  async () => {
    source = await startTestServer()
    await addDrillContent(source.url, { DATA_DIR: source.dataDir })
    const backups = folder('backups')
    const backup = await runScript('backup', [], { DATA_DIR: source.dataDir, BACKUP_DIR: backups })
    assert.equal(backup.code, 0, backup.output)
    backupOutput = backup.output
    archive = archiveIn(backups)
    target = folder('restored')
    const restore = await runScript('restore', [archive], { DATA_DIR: target })
    assert.equal(restore.code, 0, restore.output)
    restoreOutput = restore.output
    restored = await startBelfort({ dataDir: target })
  },
  { timeout: 420_000 },
)
after(async () => {
  await restored?.stop()
  await source?.stop()
  for (const made of folders) rmSync(made, { recursive: true, force: true })
})

describe('a restore drill from SQLite to SQLite', () => {
  it('records the success where the dashboard and metrics read it', () => {
    const last = JSON.parse(readFileSync(path.join(path.dirname(archive), 'last-success.json'), 'utf8')) as Record<string, unknown>
    assert.deepEqual(Object.keys(last).sort(), ['archive', 'bytes', 'finishedAt'])
    assert.equal(last.archive, path.basename(archive))
    assert.ok(Number(last.bytes) > 0)
  })

  it('restores the same number of documents in every collection', () => {
    const before = printedCounts(backupOutput)
    const after = printedCounts(restoreOutput)
    assert.ok(Object.keys(before).length > 20, backupOutput)
    assert.deepEqual(after, before)
    assert.ok(before['contact-messages']! >= 1 && before['contact-attachments']! >= 1 && before.media! >= 1, backupOutput)
  })

  it('serves every public page as before', { timeout: 300_000 }, async () => {
    const compared = await compareSites(source.url, restored!.url)
    assert.ok(compared.pages > 300, `only ${compared.pages} pages`)
    assert.deepEqual(compared.differences, [])
    const news = await (await fetch(`${restored!.url}/nl/nieuws/herstelproef`)).text()
    assert.match(news, new RegExp(DRILL_NEWS))
  })

  it('holds the same image, attachment and PDFs', () => {
    const before = storedFileHashes(source.dataDir)
    assert.ok(Object.keys(before).some((name) => name.startsWith('contact-attachments/')))
    assert.ok(Object.keys(before).some((name) => name.startsWith('media/')))
    assert.deepEqual(storedFileHashes(target), before)
  })

  it('lets staff sign in with their password', async () => {
    const api = await adminSession(restored!.url, EDITOR.email, EDITOR.password)
    const me = (await (await api('/api/users/me')).json()) as { user?: { email?: string } }
    assert.equal(me.user?.email, EDITOR.email)
  })

  it('refuses a target that is not empty, and changes nothing', async () => {
    const again = await runScript('restore', [archive], { DATA_DIR: target })
    assert.equal(again.code, 3, again.output)
    assert.match(again.output, /not empty/)
    assert.match(again.output, /--force/)
  })

  it('refuses a damaged archive and names the damaged part', async () => {
    const damaged = path.join(folder('damaged'), 'belfort-backup-20261130T000000Z.belfort')
    copyFileSync(archive, damaged)
    const bytes = readFileSync(damaged)
    const header = Buffer.from('{"name":"db/news_locales.jsonl.gz"')
    const at = bytes.indexOf(header)
    assert.ok(at > 0)
    const inside = bytes.indexOf('}', at) + 20
    bytes[inside] = bytes[inside]! ^ 0xff
    writeFileSync(damaged, bytes)
    const empty = folder('untouched')
    const refused = await runScript('restore', [damaged], { DATA_DIR: empty })
    assert.equal(refused.code, 4, refused.output)
    assert.match(refused.output, /part db\/news_locales\.jsonl\.gz is damaged/)
    assert.equal(existsSync(path.join(empty, 'belfort.db')), false, 'nothing was written')
  })

  it('refuses an encrypted archive given the wrong passphrase', async () => {
    const backups = folder('encrypted')
    const backup = await runScript('backup', [], { DATA_DIR: source.dataDir, BACKUP_DIR: backups, BACKUP_PASSPHRASE: 'de juiste zin' })
    assert.equal(backup.code, 0, backup.output)
    const encrypted = archiveIn(backups)
    assert.equal(readFileSync(encrypted).includes(Buffer.from('contact_messages')), false, 'nothing readable in the archive')
    const empty = folder('untouched')
    const refused = await runScript('restore', [encrypted], { DATA_DIR: empty, BACKUP_PASSPHRASE: 'een verkeerde zin' })
    assert.equal(refused.code, 4, refused.output)
    assert.match(refused.output, /passphrase/)
    const missing = await runScript('restore', [encrypted], { DATA_DIR: empty })
    assert.equal(missing.code, 4, missing.output)
    assert.match(missing.output, /encrypted: set BACKUP_PASSPHRASE/)
    assert.equal(existsSync(path.join(empty, 'belfort.db')), false, 'nothing was written')
  })
})
