/**
 * Another process writing the same SQLite file (the document import or a content-store rebuild run
 * beside the server): a write that meets its lock waits for it instead of failing at once with
 * "database is locked". A restore drill caught it: an import's insert refused while the server wrote.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { after, before, it } from 'node:test'
import { startTestPayload, type TestPayload } from './payload-instance'

const onSqlite = process.env.BELFORT_TEST_DB !== 'postgres'
let instance: TestPayload | undefined

before(async () => {
  if (onSqlite) instance = await startTestPayload()
})
after(() => instance?.close())

/** A process that takes the database's write lock, says so, and keeps it for `ms`. */
function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require('libsql')
    const db = new Database(process.argv[1])
    db.exec('BEGIN IMMEDIATE')
    console.log('locked')
    setTimeout(() => { db.exec('COMMIT'); db.close() }, Number(process.argv[2]))
  `
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const released = new Promise<void>((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the lock holder exited with ${code}`)))),
  )
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released })
    })
    child.once('error', reject)
  })
}

it('a write waits for another process’s write lock instead of failing', { skip: onSqlite ? false : 'SQLite only' }, async () => {
  const file = path.join(process.env.DATA_DIR!, 'belfort.db')
  const { released } = await holdWriteLock(file, 600)
  const started = Date.now()
  const created = await instance!.payload.create({
    collection: 'themes',
    locale: 'nl',
    data: { name: 'Schrijver naast een ander proces', slug: 'schrijver-naast-ander-proces' },
    overrideAccess: true,
  })
  assert.ok(created.id)
  assert.ok(Date.now() - started >= 300, 'the write waited for the lock')
  await released
})
