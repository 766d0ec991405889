import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { after, describe, it } from 'node:test'
import { documentFileKey, listDocumentFiles, readDocumentFile, statDocumentFile, storeFor, writeDocumentFile } from './stored-files'

const bytesOf = async (stream: Readable) => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

describe('document files on disk', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-stored-files-'))
  const store = storeFor(dataDir, undefined)
  after(() => rmSync(dataDir, { recursive: true, force: true }))

  it('reads a stored PDF whole or in part, with its size and a validator, and lists it', async () => {
    await mkdir(store.directory, { recursive: true })
    const pdf = Buffer.from('%PDF-1.7 a stored file of some length')
    writeFileSync(path.join(store.directory, 'plan-2026-abcdef.pdf'), pdf)
    const facts = await statDocumentFile('plan-2026-abcdef.pdf', store)
    assert.equal(facts?.size, pdf.length)
    assert.match(facts?.etag ?? '', /^"[0-9a-f]+-[0-9a-f]+"$/)
    assert.ok((await bytesOf(await readDocumentFile('plan-2026-abcdef.pdf', undefined, store))).equals(pdf))
    assert.ok((await bytesOf(await readDocumentFile('plan-2026-abcdef.pdf', { start: 5, end: 9 }, store))).equals(pdf.subarray(5, 10)))
    const listed = []
    for await (const file of listDocumentFiles(store)) listed.push(file)
    assert.deepEqual(listed, [{ filename: 'plan-2026-abcdef.pdf', size: pdf.length }])
  })

  it('knows no file outside its folder, and none that is missing', async () => {
    assert.equal(await statDocumentFile('nothing-here.pdf', store), undefined)
    writeFileSync(path.join(dataDir, 'secret.pdf'), 'outside')
    assert.equal(await statDocumentFile('../secret.pdf', store), undefined)
  })

  it('writes a PDF under its stored name (a restore)', async () => {
    await writeDocumentFile('restored-xyz.pdf', Buffer.from('%PDF restored'), 13, store)
    assert.equal((await statDocumentFile('restored-xyz.pdf', store))?.size, 13)
  })

  it('keys a PDF in the bucket’s documents folder, never outside it', () => {
    assert.equal(documentFileKey('plan-2026-abcdef.pdf'), 'documents/plan-2026-abcdef.pdf')
    assert.equal(documentFileKey('../media/x.png'), 'documents/x.png')
  })

  it('lists nothing where no PDF was ever stored', async () => {
    const empty = storeFor(path.join(dataDir, 'fresh'), undefined)
    const listed = []
    for await (const file of listDocumentFiles(empty)) listed.push(file)
    assert.deepEqual(listed, [])
  })
})
