/**
 * A backup with S3_BUCKET set reads the uploads from the bucket: every file a media document names
 * (the original and its generated sizes) is in the archive with the bucket's bytes. On SQLite and on
 * PostgreSQL, against s3rver (an S3-compatible server on loopback).
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, it } from 'node:test'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'
import { readArchive } from '@/operations/backup/archive-file'
import { partBytes } from '@/operations/backup/container'
import { takeBackup } from '@/operations/backup/take-backup'
import { verifyArchive } from '@/operations/backup/verify-archive'
import { startTestPayload, type TestPayload } from './payload-instance'

const folder = mkdtempSync(path.join(tmpdir(), 'belfort-it-backup-s3-'))
let s3: S3rver
let client: S3Client
let instance: TestPayload

before(
  async () => {
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: path.join(folder, 'bucket'),
      configureBuckets: [{ name: 'belfort' }],
    })
    const { port } = await s3.run()
    const endpoint = `http://127.0.0.1:${port}`
    Object.assign(process.env, {
      S3_BUCKET: 'belfort',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    })
    client = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    instance = await startTestPayload()
  },
  { timeout: 120_000 },
)
after(async () => {
  await instance?.close()
  await s3?.close()
  rmSync(folder, { recursive: true, force: true })
})

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

it('copies every file of a media document from the bucket into the archive', { timeout: 120_000 }, async () => {
  const { payload } = instance
  const png = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#0b3d91' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    locale: 'nl',
    data: { alt: 'Een blauw vlak' },
    file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
  })
  const names = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string =>
    Boolean(name),
  )
  assert.ok(names.length >= 2, 'the original and its sizes')
  const result = await takeBackup(payload, { dir: path.join(folder, 'backups'), passphrase: undefined })
  const manifest = await verifyArchive(result.file, undefined)
  const inArchive = new Map<string, string>()
  for await (const part of readArchive(result.file, undefined)) {
    const entry = manifest.files.find((file) => file.part === part.name)
    if (entry?.collection === 'media') inArchive.set(entry.filename, sha(await partBytes(part)))
  }
  for (const name of names) {
    const object = await client.send(new GetObjectCommand({ Bucket: 'belfort', Key: name }))
    assert.equal(inArchive.get(name), sha(await object.Body!.transformToByteArray()), name)
  }
  assert.equal(result.missingFiles, 0)
})
