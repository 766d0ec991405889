import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'
import { writeDemoPdf } from '@/documents/pdf/write'
import { adminSession } from '../support/contact'
import { createTestDatabase } from '../support/postgres'
import { type Belfort, ROOT, startBelfort } from '../support/server'

/**
 * Uploads on shared storage: two instances on one PostgreSQL database store their uploads in one
 * S3-compatible bucket (s3rver, a real S3 protocol server on loopback), so a file uploaded
 * through instance A is served by instance B, and deleting it through B removes it from the bucket.
 * Each instance has a DATA_DIR of its own: nothing reaches B through a shared disk. Document PDFs
 * too, through the public file route with its ranges and validators.
 */
const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'
const BUCKET = 'belfort-media'
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/** A PDF of a few pages, so that a range is a real part of it. */
const samplePdf = async (title: string) =>
  Buffer.from(
    await writeDemoPdf({
      title,
      language: 'nl-BE',
      notice: 'Testbestand',
      paragraphs: Array.from({ length: 40 }, (_, i) => `Paragraaf ${i + 1} van het gedeelde document, opgeslagen in de bucket.`),
    }),
  )

/** `npm run documents:import -- <folder>` against the shared database and bucket, from a data folder of its own. */
function importDocuments(folder: string, env: Record<string, string>): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-import-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-documents.ts', folder], {
    cwd: ROOT,
    env: { ...process.env, NODE_TEST_CONTEXT: undefined, DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true })
      if (code === 0) resolve(output)
      else reject(new Error(`import exited with ${code}: ${output}`))
    }),
  )
}

describe('uploads in an S3-compatible bucket shared by two instances', { skip: onPostgres ? false : 'runs in the PostgreSQL pass' }, () => {
  let a: Belfort
  let b: Belfort
  let s3: S3rver
  let client: S3Client
  let bucketDir: string
  let drop: () => Promise<void>
  let env: Record<string, string>
  let databaseUrl: string

  before(async () => {
    bucketDir = mkdtempSync(path.join(tmpdir(), 'belfort-s3-'))
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: bucketDir, configureBuckets: [{ name: BUCKET }] })
    const { port } = await s3.run()
    const endpoint = `http://127.0.0.1:${port}`
    client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: KEYS })
    const database = await createTestDatabase()
    drop = database.drop
    databaseUrl = database.url
    env = {
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
  it('keeps document PDFs in the bucket: uploaded or imported through one instance, served by the other with ranges and validators', async () => {
    const pdf = await samplePdf('Gedeeld verslag')
    const apiA = await adminSession(a.url)
    const form = new FormData()
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'gedeeld-verslag.pdf')
    form.append('_payload', JSON.stringify({ language: 'nl' }))
    const uploaded = await apiA('/api/document-files', { method: 'POST', body: form })
    assert.equal(uploaded.status, 201, await uploaded.clone().text())
    const { doc: file } = (await uploaded.json()) as { doc: { id: number; filename: string } }
    const key = `documents/${file.filename}`
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
    assert.equal(head.ContentLength, pdf.length, 'the bucket holds the PDF under documents/')
    assert.ok(!existsSync(path.join(a.dataDir, 'documents', file.filename)), 'nothing on A’s disk')

    const created = await apiA('/api/documents?locale=nl', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Gedeeld verslag',
        slug: 'gedeeld-verslag',
        kind: 'report',
        date: '2026-01-01',
        files: [file.id],
        _status: 'published',
      }),
    })
    assert.equal(created.status, 201, await created.clone().text())
    const { doc: document } = (await created.json()) as { doc: { id: number } }

    // B has never seen this file on any disk of its own: it answers from the bucket.
    const route = `${b.url}/nl/documenten/gedeeld-verslag/nl.pdf`
    const whole = await fetch(route)
    assert.equal(whole.status, 200)
    assert.equal(whole.headers.get('content-type'), 'application/pdf')
    assert.equal(whole.headers.get('content-length'), String(pdf.length))
    assert.equal(whole.headers.get('accept-ranges'), 'bytes')
    assert.match(whole.headers.get('content-disposition') ?? '', /^inline; filename="gedeeld-verslag-nl\.pdf"$/)
    assert.ok(Buffer.from(await whole.arrayBuffer()).equals(pdf), 'the whole body is the uploaded PDF')
    const etag = whole.headers.get('etag')
    assert.equal(etag, head.ETag, 'the ETag is the object’s')

    const part = await fetch(route, { headers: { Range: 'bytes=100-1123' } })
    assert.equal(part.status, 206)
    assert.equal(part.headers.get('content-range'), `bytes 100-1123/${pdf.length}`)
    assert.equal(part.headers.get('content-length'), '1024')
    assert.ok(Buffer.from(await part.arrayBuffer()).equals(pdf.subarray(100, 1124)), 'the range’s bytes')
    const tail = await fetch(route, { headers: { Range: 'bytes=-10' } })
    assert.equal(tail.status, 206)
    assert.ok(Buffer.from(await tail.arrayBuffer()).equals(pdf.subarray(pdf.length - 10)))

    const bad = await fetch(route, { headers: { Range: `bytes=${pdf.length + 10}-${pdf.length + 20}` } })
    assert.equal(bad.status, 416)
    assert.equal(bad.headers.get('content-range'), `bytes */${pdf.length}`)
    await bad.arrayBuffer()

    const same = await fetch(route, { headers: { 'If-None-Match': etag ?? '' } })
    assert.equal(same.status, 304)
    await same.arrayBuffer()
    const download = await fetch(`${route}?download=1`, { method: 'HEAD' })
    assert.equal(download.status, 200)
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; /)
    assert.equal(download.headers.get('content-length'), String(pdf.length))

    // The import command, a third process with a data folder of its own, writes to the bucket too.
    const folder = mkdtempSync(path.join(tmpdir(), 'belfort-import-src-'))
    const imported = await samplePdf('Ingevoerd plan')
    writeFileSync(path.join(folder, 'ingevoerd-plan.pdf'), imported)
    writeFileSync(
      path.join(folder, 'documents.json'),
      JSON.stringify([
        {
          slug: { nl: 'ingevoerd-plan' },
          title: { nl: 'Ingevoerd plan' },
          kind: 'plan',
          date: '2026-02-01',
          files: [{ file: 'ingevoerd-plan.pdf', language: 'nl' }],
        },
      ]),
    )
    try {
      assert.match(await importDocuments(folder, { ...env, DATABASE_URL: databaseUrl }), /1 created/)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
    for (const server of [a, b]) {
      const response = await fetch(`${server.url}/nl/documenten/ingevoerd-plan/nl.pdf`)
      assert.equal(response.status, 200, `${server.url} serves the imported PDF`)
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(imported))
    }
    const pdfsOnDisk = (dataDir: string) => {
      const folder = path.join(dataDir, 'documents')
      return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.pdf')) : []
    }
    for (const server of [a, b]) assert.deepEqual(pdfsOnDisk(server.dataDir), [], 'no PDF on either disk')

    // Removing the document and its PDF through B removes the object.
    const apiB = await adminSession(b.url)
    assert.equal((await apiB(`/api/documents/${document.id}`, { method: 'DELETE' })).status, 200)
    assert.equal((await apiB(`/api/document-files/${file.id}`, { method: 'DELETE' })).status, 200)
    await assert.rejects(client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key })), /NoSuchKey|NotFound|not exist/i)
    assert.equal((await fetch(route)).status, 404)
  })
})
