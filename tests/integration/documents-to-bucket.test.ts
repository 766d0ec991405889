import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { after, before, describe, it } from 'node:test'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { ROOT } from '../support/server'

/**
 * `npm run documents:to-bucket`: a site that starts using a bucket copies the PDFs it has on disk
 * into the bucket's documents/ folder, where the file route then finds them; running it again copies
 * nothing.
 */
const run = promisify(execFile)
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

describe('npm run documents:to-bucket', () => {
  let s3: S3rver
  let dir: string
  let env: Record<string, string>
  let client: S3Client

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'belfort-to-bucket-'))
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'site' }] })
    const { port } = await s3.run()
    const endpoint = `http://127.0.0.1:${port}`
    client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: KEYS })
    env = {
      DATA_DIR: path.join(dir, 'data'),
      S3_BUCKET: 'site',
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    }
  })
  after(async () => {
    await s3?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('copies the PDFs on disk into the bucket once', async () => {
    mkdirSync(path.join(dir, 'data', 'documents'), { recursive: true })
    const pdf = Buffer.from('%PDF-1.7 a PDF stored before the site had a bucket')
    writeFileSync(path.join(dir, 'data', 'documents', 'plan-2020-abcdef.pdf'), pdf)
    const script = ['--import', 'tsx', 'scripts/documents-to-bucket.ts']
    const first = await run(process.execPath, script, { cwd: ROOT, env: { ...process.env, ...env } })
    assert.match(first.stdout, /1 copied, 0 already in the bucket/)
    const object = await client.send(new GetObjectCommand({ Bucket: 'site', Key: 'documents/plan-2020-abcdef.pdf' }))
    assert.ok(Buffer.from(await object.Body!.transformToByteArray()).equals(pdf))
    const again = await run(process.execPath, script, { cwd: ROOT, env: { ...process.env, ...env } })
    assert.match(again.stdout, /0 copied, 1 already in the bucket/)
  })
})
