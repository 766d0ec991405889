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

/**
 * A process that takes the database's write lock, says so, keeps it for `ms` and answers when it let
 * go (by its clock: this process's event loop waits inside SQLite meanwhile).
 */
function holdWriteLock(file: string, ms: number): Promise<{ releasedAt: Promise<number> }> {
  const script = `
    const Database = require('libsql')
    const db = new Database(process.argv[1])
    db.exec('BEGIN IMMEDIATE')
    console.log('locked')
    setTimeout(() => { db.exec('COMMIT'); console.log('released ' + Date.now()); db.close() }, Number(process.argv[2]))
  `
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  const releasedAt = new Promise<number>((resolve, reject) =>
    child.once('exit', (code) => {
      const at = Number(output.match(/released (\d+)/)?.[1])
      if (code === 0 && at) resolve(at)
      else reject(new Error(`the lock holder exited with ${code}: ${output}`))
    }),
  )
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('locked')) resolve({ releasedAt })
    })
    child.once('error', reject)
  })
}

it('a write waits for another process’s write lock instead of failing', { skip: onSqlite ? false : 'SQLite only' }, async () => {
  const file = path.join(process.env.DATA_DIR!, 'belfort.db')
  // Long enough for the create to reach its insert while the lock is held, well under the 5 s the server waits.
  const { releasedAt } = await holdWriteLock(file, 3000)
  const created = await instance!.payload.create({
    collection: 'themes',
    locale: 'nl',
    data: { name: 'Schrijver naast een ander proces', slug: 'schrijver-naast-ander-proces' },
    overrideAccess: true,
  })
  const finished = Date.now()
  assert.ok(created.id)
  assert.ok(finished >= (await releasedAt), 'the write went through once the other process let go')
})
