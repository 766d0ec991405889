import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { archiveName, archiveTime, readArchive, writeArchive } from './archive-file'
import { partBytes } from './container'
import { ARCHIVE_FORMAT, type Manifest } from './manifest'
import { verifyArchive } from './verify-archive'

const folder = mkdtempSync(path.join(tmpdir(), 'belfort-archive-test-'))
after(() => rmSync(folder, { recursive: true, force: true }))

let made = 0
/** An archive with a small part, a part larger than one encryption block, and its manifest. */
async function makeArchive(passphrase?: string): Promise<string> {
  made += 1
  const file = path.join(folder, `archive-${made}.belfort`)
  const big = Buffer.alloc(200_000)
  for (let i = 0; i < big.length; i += 1) big[i] = (i * 7) % 251
  await writeArchive(file, passphrase, async (writer) => {
    await writer.addBuffer('db/news.jsonl.gz', Buffer.from('[1,"Nieuws"]'))
    await writer.addStream('files/media/000001', big.length, [big.subarray(0, 1000), big.subarray(1000)])
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      belfortVersion: 'test',
      createdAt: new Date().toISOString(),
      database: 'sqlite',
      migrations: ['20261123_030431_initial'],
      tables: [],
      leftOut: {},
      counts: {},
      files: [],
      parts: writer.parts,
    }
    return Buffer.from(JSON.stringify(manifest))
  })
  return file
}

function flipByteAt(file: string, at: number): string {
  const damaged = `${file}.damaged`
  const bytes = readFileSync(file)
  bytes[at] = bytes[at]! ^ 0x01
  writeFileSync(damaged, bytes)
  return damaged
}

describe('the archive format', () => {
  it('names archives by their UTC moment and reads the moment back', () => {
    const at = new Date('2026-11-30T05:40:09.123Z')
    assert.equal(archiveName(at), 'belfort-backup-20261130T054009Z.belfort')
    assert.equal(archiveTime(archiveName(at))?.toISOString(), '2026-11-30T05:40:09.000Z')
    assert.equal(archiveTime('notes.txt'), undefined)
  })

  it('gives back every part as written, plain and encrypted', async () => {
    for (const passphrase of [undefined, 'een lange zin']) {
      const file = await makeArchive(passphrase)
      const parts: Record<string, Buffer> = {}
      for await (const part of readArchive(file, passphrase)) parts[part.name] = await partBytes(part)
      assert.deepEqual(Object.keys(parts), ['db/news.jsonl.gz', 'files/media/000001', 'manifest.json'])
      assert.equal(parts['db/news.jsonl.gz']!.toString(), '[1,"Nieuws"]')
      assert.equal(parts['files/media/000001']!.length, 200_000)
      assert.equal(parts['files/media/000001']![199_999], (199_999 * 7) % 251)
      const manifest = await verifyArchive(file, passphrase)
      assert.equal(manifest.parts.length, 2)
    }
  })

  it('keeps the contents unreadable without the passphrase', async () => {
    const file = await makeArchive('een lange zin')
    assert.equal(readFileSync(file).includes(Buffer.from('Nieuws')), false)
    await assert.rejects(verifyArchive(file, undefined), /encrypted: set BACKUP_PASSPHRASE/)
    await assert.rejects(verifyArchive(file, 'een andere zin'), /passphrase does not open this archive/)
  })

  it('names the part in which one byte changed', async () => {
    const file = await makeArchive()
    const bytes = readFileSync(file)
    const at = bytes.indexOf(Buffer.from('{"name":"files/media/000001"')) + 100
    await assert.rejects(verifyArchive(flipByteAt(file, at), undefined), /part files\/media\/000001 is damaged/)
  })

  it('refuses an encrypted archive in which one byte changed', async () => {
    const file = await makeArchive('een lange zin')
    await assert.rejects(verifyArchive(flipByteAt(file, 70_000), 'een lange zin'), /encrypted block 1 is damaged/)
  })

  it('refuses a truncated archive, plain or encrypted', async () => {
    for (const passphrase of [undefined, 'een lange zin']) {
      const file = await makeArchive(passphrase)
      const bytes = readFileSync(file)
      const cut = `${file}.cut`
      writeFileSync(cut, bytes.subarray(0, bytes.length - 300))
      await assert.rejects(verifyArchive(cut, passphrase), /truncated|damaged/)
    }
  })

  it('refuses a file that is not an archive, and one that is missing', async () => {
    const other = path.join(folder, 'notes.belfort')
    writeFileSync(other, 'these are notes, not a backup')
    await assert.rejects(verifyArchive(other, undefined), /not a Belfort backup archive/)
    await assert.rejects(verifyArchive(path.join(folder, 'missing.belfort'), undefined), /ENOENT/)
  })

  it('leaves no file behind when a backup fails half-way', async () => {
    const file = path.join(folder, 'failed.belfort')
    await assert.rejects(
      writeArchive(file, undefined, async (writer) => {
        await writer.addBuffer('db/news.jsonl.gz', Buffer.from('[1]'))
        // A file that shrank while it was copied (deleted under the backup, say).
        await writer.addStream('files/media/000001', 10, [Buffer.from('short')])
        return Buffer.from('{}')
      }),
      /shrank while it was being copied/,
    )
    assert.deepEqual(
      readdirSync(folder).filter((name) => name.includes('failed')),
      [],
    )
  })

  it('refuses a manifest that does not match its checksum', async () => {
    const file = await makeArchive()
    const bytes = readFileSync(file)
    const at = bytes.indexOf(Buffer.from('"belfortVersion":"test"')) + 19
    await assert.rejects(verifyArchive(flipByteAt(file, at), undefined), /manifest is damaged/)
  })
})
