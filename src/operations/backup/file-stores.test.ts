import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { SanitizedConfig } from 'payload'
import S3rver from 's3rver'
import { type FileStore, fileStores, filesOfRows, safeFilename } from './file-stores'

const folder = mkdtempSync(path.join(tmpdir(), 'belfort-file-stores-'))
let s3: S3rver
let stores: FileStore[]

before(async () => {
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(folder, 'bucket'),
    configureBuckets: [{ name: 'belfort' }],
  })
  const { port } = await s3.run()
  const saved = { ...process.env }
  Object.assign(process.env, {
    S3_BUCKET: 'belfort',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
  // The storage plugin turns local storage off for the collections it keeps in the bucket.
  const config = {
    collections: [
      { slug: 'media', upload: { disableLocalStorage: true, staticDir: path.join(folder, 'unused') } },
      { slug: 'document-files', upload: { staticDir: path.join(folder, 'documents') } },
      { slug: 'news' },
    ],
  } as unknown as SanitizedConfig
  stores = fileStores(config)
  process.env = saved
})
after(async () => {
  await s3?.close()
  rmSync(folder, { recursive: true, force: true })
})

async function bytesOf(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

describe('where a backup reads and a restore writes stored files', () => {
  it('has one store per upload collection: the bucket for those kept there, the disk for the others', () => {
    assert.deepEqual(
      stores.map((store) => [store.collection, store.place]),
      [
        ['media', 'bucket'],
        ['document-files', 'disk'],
      ],
    )
  })

  it('writes and reads back a file in either place, and says when one is missing', async () => {
    for (const store of stores) {
      assert.equal(await store.isEmpty(), true, store.collection)
      const content = Buffer.from(`inhoud van ${store.collection}`)
      await store.write({ filename: 'belfort.png', prefix: null }, content.length, [content])
      const found = await store.read({ filename: 'belfort.png', prefix: null })
      assert.ok(found, store.collection)
      assert.equal(found.size, content.length)
      assert.deepEqual(await bytesOf(found.body), content)
      assert.equal(await store.read({ filename: 'missing.png', prefix: null }), undefined)
      assert.equal(await store.isEmpty(), false, store.collection)
    }
  })

  it('finds every file a row names, sizes included', () => {
    const columns = [{ name: 'id' }, { name: 'prefix' }, { name: 'filename' }, { name: 'sizes_thumbnail_filename' }]
    assert.deepEqual(
      filesOfRows(columns, [
        [1, null, 'a.png', 'a-150x150.png'],
        [2, 'media', 'b.png', null],
      ]),
      [
        { filename: 'a.png', prefix: null },
        { filename: 'a-150x150.png', prefix: null },
        { filename: 'b.png', prefix: 'media' },
      ],
    )
  })

  it('accepts plain file names only', () => {
    assert.equal(safeFilename('rapport-2026.pdf'), true)
    for (const bad of ['../belfort.db', 'a/b.pdf', '..', '', 'a\\b.pdf']) assert.equal(safeFilename(bad), false, bad)
  })
})
