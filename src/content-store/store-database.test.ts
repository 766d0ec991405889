import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createClient } from '@libsql/client'
import Database from 'libsql'
import type { Payload } from 'payload'
import { sqliteFile } from '@/environment'
import { announceChange } from '@/site/invalidation'
import { type StoreDatabase, storeDatabase, storeReader } from './store-database'

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

// The reads of one event-loop turn share a snapshot; what ends it early is what makes that safe.
describe('content store reads on SQLite', () => {
  let dataDir: string
  let writer: InstanceType<typeof Database>
  let reader: StoreDatabase
  const count = async (database: StoreDatabase) => Number((await database.readFirst('SELECT count(*) AS n FROM rows', []))?.n)
  const insert = () => writer.prepare('INSERT INTO rows (v) VALUES (1)').run()

  before(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'belfort-store-db-'))
    writer = new Database(sqliteFile(dataDir))
    writer.pragma('journal_mode = WAL')
    writer.exec('CREATE TABLE rows (v INTEGER)')
    reader = await storeReader({ dataDir, databaseUrl: undefined })
  })
  after(() => {
    reader.close()
    writer.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('sees what another connection committed from the next turn on', async () => {
    const before = await count(reader)
    insert()
    assert.equal(await count(reader), before, 'one turn reads one snapshot')
    await nextTurn()
    assert.equal(await count(reader), before + 1)
  })

  it('sees a change at once when it is announced, within the same turn', async () => {
    const before = await count(reader)
    insert()
    announceChange({ source: 'news', kind: 'collection', id: 1 })
    assert.equal(await count(reader), before + 1)
  })

  it('sees its own write in the turn that wrote it', async () => {
    const client = createClient({ url: `file:${sqliteFile(dataDir)}` })
    const payload = { db: { client, clientConfig: { url: `file:${sqliteFile(dataDir)}` } } } as unknown as Payload
    const store = storeDatabase(payload)
    try {
      const before = await count(store)
      await store.write([{ sql: 'INSERT INTO rows (v) VALUES (?)', params: [2] }])
      assert.equal(await count(store), before + 1)
    } finally {
      store.close()
      client.close()
    }
  })

  it('ends its snapshot when the turn ends, so a checkpoint can reset the log', async () => {
    await count(reader)
    await nextTurn()
    insert()
    const checkpoint = writer.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number }
    assert.equal(checkpoint.busy, 0)
  })
})
