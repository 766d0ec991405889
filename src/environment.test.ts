import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readEnvironment } from './environment'

describe('readEnvironment', () => {
  it('has working defaults', () => {
    const env = readEnvironment({})
    assert.equal(env.port, 3000)
    assert.equal(env.databaseUrl, undefined)
    assert.equal(env.s3, undefined)
    assert.equal(env.serverUrl, 'http://localhost:3000')
    assert.equal(env.pageCacheBytes, 64 * 1024 * 1024)
  })
  it('switches to PostgreSQL for a postgres URL and refuses other URLs', () => {
    assert.equal(readEnvironment({ DATABASE_URL: 'postgres://u:p@db/belfort' }).databaseUrl, 'postgres://u:p@db/belfort')
    assert.throws(() => readEnvironment({ DATABASE_URL: 'mysql://db/belfort' }), /postgres/)
  })
  it('refuses a bad port or cache size', () => {
    assert.throws(() => readEnvironment({ PORT: 'eighty' }), /PORT/)
    assert.throws(() => readEnvironment({ PAGE_CACHE_MB: '-1' }), /PAGE_CACHE_MB/)
  })
  it('reads S3 settings when a bucket is named', () => {
    const env = readEnvironment({ S3_BUCKET: 'uploads', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })
    assert.deepEqual(env.s3, { bucket: 'uploads', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', accessKeyId: 'k', secretAccessKey: 's', forcePathStyle: true })
  })
})
