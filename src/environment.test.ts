import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readEnvironment, resolveSecret } from './environment'

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
  it('serves everything unless BELFORT_ROLE says public, and refuses other roles', () => {
    assert.equal(readEnvironment({}).role, 'full')
    assert.equal(readEnvironment({ BELFORT_ROLE: 'public' }).role, 'public')
    assert.throws(() => readEnvironment({ BELFORT_ROLE: 'admin' }), /BELFORT_ROLE must be full or public/)
  })
  it('saves memory unless MEMORY_SAVER says off, and refuses other values', () => {
    assert.equal(readEnvironment({}).memorySaver, true)
    assert.equal(readEnvironment({ MEMORY_SAVER: 'on' }).memorySaver, true)
    assert.equal(readEnvironment({ MEMORY_SAVER: 'off' }).memorySaver, false)
    assert.throws(() => readEnvironment({ MEMORY_SAVER: 'false' }), /MEMORY_SAVER must be on or off/)
  })

  it('refuses a bad port or cache size', () => {
    assert.throws(() => readEnvironment({ PORT: 'eighty' }), /PORT/)
    assert.throws(() => readEnvironment({ PAGE_CACHE_MB: '-1' }), /PAGE_CACHE_MB/)
  })
  it('reads S3 settings when a bucket is named', () => {
    const env = readEnvironment({
      S3_BUCKET: 'uploads',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    })
    assert.deepEqual(env.s3, {
      bucket: 'uploads',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      accessKeyId: 'k',
      secretAccessKey: 's',
      forcePathStyle: true,
    })
  })
})

describe('readEnvironment: mail and contact', () => {
  it('writes mail to files without SMTP_URL and sends from the server’s host', () => {
    const env = readEnvironment({ SERVER_URL: 'https://www.example.brussels' })
    assert.equal(env.smtpUrl, undefined)
    assert.equal(env.mailFrom, 'Belfort <no-reply@www.example.brussels>')
    assert.equal(env.trustProxy, false)
    assert.equal(env.mailRetrySeconds, 30)
    assert.deepEqual(env.contact, { retentionMonths: 12, postsPerWindow: 10, challengeMaxNumber: 100_000, challengeWaitSeconds: 8 })
  })
  it('refuses a mail URL that is not SMTP and contact limits that are not whole positive numbers', () => {
    assert.throws(() => readEnvironment({ SMTP_URL: 'http://mail' }), /SMTP_URL/)
    assert.throws(() => readEnvironment({ CONTACT_RETENTION_MONTHS: '0' }), /CONTACT_RETENTION_MONTHS/)
    assert.throws(() => readEnvironment({ CONTACT_RATE_LIMIT: '2.5' }), /CONTACT_RATE_LIMIT/)
    assert.equal(readEnvironment({ CONTACT_CHALLENGE_WAIT_SECONDS: '0' }).contact.challengeWaitSeconds, 0)
  })
})

describe('readEnvironment: staff sessions', () => {
  it('asks a second factor and ends sessions after 12 hours, or 30 idle minutes, by default', () => {
    assert.deepEqual(readEnvironment({}).staffSessions, { secondFactor: 'required', maxHours: 12, idleMinutes: 30 })
  })
  it('takes fractions (for tests) and refuses other values', () => {
    const env = readEnvironment({ STAFF_2FA: 'optional', SESSION_MAX_HOURS: '0.001', SESSION_IDLE_MINUTES: '0.05' })
    assert.deepEqual(env.staffSessions, { secondFactor: 'optional', maxHours: 0.001, idleMinutes: 0.05 })
    assert.throws(() => readEnvironment({ STAFF_2FA: 'never' }), /STAFF_2FA/)
    assert.throws(() => readEnvironment({ SESSION_MAX_HOURS: '0' }), /SESSION_MAX_HOURS/)
    assert.throws(() => readEnvironment({ SESSION_IDLE_MINUTES: 'soon' }), /SESSION_IDLE_MINUTES/)
  })
})

describe('resolveSecret', () => {
  it('refuses to start on a known placeholder or a PAYLOAD_SECRET shorter than 32 characters', () => {
    for (const weak of [
      'change-me',
      'x'.repeat(31),
      'YOUR_SECRET_HERE_YOUR_SECRET_HERE_1234',
      'change-me-change-me-change-me-change-me',
      '0'.repeat(64),
    ]) {
      assert.throws(() => resolveSecret({ PAYLOAD_SECRET: weak }), /PAYLOAD_SECRET cannot sign staff sessions/, weak)
    }
    const strong = 'c0ffee5a1t7d4e9b3a8f1e6d2c7b9a4f'
    assert.equal(resolveSecret({ PAYLOAD_SECRET: strong }), strong)
  })
  it('generates a strong secret into DATA_DIR when none is given, and keeps it', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-secret-'))
    try {
      const secret = resolveSecret({ DATA_DIR: dataDir })
      assert.equal(secret.length, 64)
      assert.equal(readFileSync(path.join(dataDir, 'payload-secret'), 'utf8'), secret)
      assert.equal(resolveSecret({ DATA_DIR: dataDir }), secret)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

describe('readEnvironment: operations', () => {
  it('logs at info, serves no metrics and keeps backups in DATA_DIR/backups by default', () => {
    const env = readEnvironment({ DATA_DIR: '/srv/belfort' })
    assert.equal(env.logLevel, 'info')
    assert.equal(env.metricsToken, undefined)
    assert.equal(env.backup.dir, path.resolve('/srv/belfort/backups'))
    assert.equal(readEnvironment({ BACKUP_DIR: '/mnt/backups' }).backup.dir, '/mnt/backups')
  })
  it('reads a log level and refuses an unknown one, naming the choices', () => {
    assert.equal(readEnvironment({ LOG_LEVEL: 'Debug' }).logLevel, 'debug')
    assert.throws(
      () => readEnvironment({ LOG_LEVEL: 'verbose' }),
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    )
  })
  it('takes a metrics token of at least 16 visible characters', () => {
    assert.equal(readEnvironment({ METRICS_TOKEN: ' 0123456789abcdef ' }).metricsToken, '0123456789abcdef')
    assert.throws(() => readEnvironment({ METRICS_TOKEN: 'short' }), /METRICS_TOKEN/)
    assert.throws(() => readEnvironment({ METRICS_TOKEN: '0123456789 abcdef' }), /METRICS_TOKEN/)
  })
})

describe('backup settings', () => {
  it('keep archives in DATA_DIR/backups, unscheduled, seven days and four weeks by default', () => {
    const backup = readEnvironment({ DATA_DIR: '/srv/belfort' }).backup
    assert.equal(backup.dir, path.resolve('/srv/belfort/backups'))
    assert.equal(backup.schedule, undefined)
    assert.equal(backup.passphrase, undefined)
    assert.deepEqual(backup.keep, { daily: 7, weekly: 4 })
  })

  it('read BACKUP_KEEP as days and weeks, and refuse anything else', () => {
    assert.deepEqual(readEnvironment({ BACKUP_KEEP: '14d' }).backup.keep, { daily: 14, weekly: 0 })
    assert.deepEqual(readEnvironment({ BACKUP_KEEP: '3d, 2w' }).backup.keep, { daily: 3, weekly: 2 })
    assert.throws(() => readEnvironment({ BACKUP_KEEP: '7 days' }), /BACKUP_KEEP must look like "7d,4w"/)
    assert.throws(() => readEnvironment({ BACKUP_KEEP: '0d' }), /at least one archive/)
  })
})
