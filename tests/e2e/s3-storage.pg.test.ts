import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'
import { adminSession } from '../support/contact'
import { createTestDatabase } from '../support/postgres'
import { type Belfort, startBelfort } from '../support/server'

/**
 * Uploads on shared storage: two instances on one PostgreSQL database store their uploads in one
 * S3-compatible bucket (s3rver, a real S3 protocol server on loopback), so a file uploaded
 * through instance A is served by instance B, and deleting it through B removes it from the bucket.
 */
const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'
const BUCKET = 'belfort-media'
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

describe('uploads in an S3-compatible bucket shared by two instances', { skip: onPostgres ? false : 'runs in the PostgreSQL pass' }, () => {
  let a: Belfort
  let b: Belfort
  let s3: S3rver
  let client: S3Client
  let bucketDir: string
  let drop: () => Promise<void>

  before(async () => {
    bucketDir = mkdtempSync(path.join(tmpdir(), 'belfort-s3-'))
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: bucketDir, configureBuckets: [{ name: BUCKET }] })
    const { port } = await s3.run()
    const endpoint = `http://127.0.0.1:${port}`
    client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: KEYS })
    const database = await createTestDatabase()
    drop = database.drop
    const env = {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    }
    ;[a, b] = await Promise.all([startBelfort({ databaseUrl: database.url, env }), startBelfort({ databaseUrl: database.url, env })])
  })
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await drop?.()
    await s3?.close()
    rmSync(bucketDir, { recursive: true, force: true })
  })

  it('stores an upload made through A in the bucket, serves it from B, and deletes it from the bucket through B', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1f5fa8' } })
      .png()
      .toBuffer()
    const apiA = await adminSession(a.url)
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'shared-square.png')
    form.append('_payload', JSON.stringify({ alt: 'Een gedeeld vierkant' }))
    const created = await apiA('/api/media?locale=nl', { method: 'POST', body: form })
    assert.equal(created.status, 201, await created.clone().text())
    const { doc } = (await created.json()) as { doc: { id: number; filename: string; url: string } }

    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    const keys = (listed.Contents ?? []).map((o) => o.Key)
    assert.ok(keys.includes(doc.filename), `the bucket holds ${keys.join(', ')}`)
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: doc.filename }))
    assert.ok((head.ContentLength ?? 0) > 0)

    // Nothing on A's disk is shared with B: B can only answer from the bucket.
    const fromB = await fetch(new URL(doc.url, b.url))
    assert.equal(fromB.status, 200)
    assert.match(fromB.headers.get('content-type') ?? '', /^image\//)
    const bytes = Buffer.from(await fromB.arrayBuffer())
    assert.equal(bytes.length, head.ContentLength)

    const apiB = await adminSession(b.url)
    const deleted = await apiB(`/api/media/${doc.id}`, { method: 'DELETE' })
    assert.equal(deleted.status, 200)
    const after = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    assert.ok(!(after.Contents ?? []).some((o) => o.Key === doc.filename), 'the object left the bucket')
    // Tidy any image sizes a failed assertion above might leave behind.
    for (const object of after.Contents ?? [])
      if (object.Key?.startsWith('shared-square')) await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: object.Key }))
  })
})
