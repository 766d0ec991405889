/**
 * A restore's load is all or nothing: rows whose foreign keys point nowhere are refused when the load
 * commits, and the tables are left empty (and, on PostgreSQL, with their foreign keys in place).
 * On SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createClient } from '@libsql/client'
import { rowLoader } from '@/operations/backup/database-load'
import { sqliteFile } from '@/environment'
import { postgresPool, schemaTables } from '@/operations/backup/database-tables'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()

async function rowsIn(table: string): Promise<number> {
  if (payload.db.name === 'postgres') {
    const { rows } = await postgresPool(payload).query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`)
    return Number(rows[0]!.n)
  }
  const client = createClient({ url: `file:${sqliteFile()}` })
  try {
    return Number((await client.execute(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0]!.n)
  } finally {
    client.close()
  }
}

async function foreignKeyCount(): Promise<number> {
  if (payload.db.name !== 'postgres') return 0
  const { rows } = await postgresPool(payload).query<{ n: string }>(
    "SELECT COUNT(*) AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace",
  )
  return Number(rows[0]!.n)
}

describe('loading an archive’s rows', () => {
  it('refuses rows that point nowhere and leaves nothing behind', async () => {
    const shape = (await schemaTables(payload)).find((table) => table.name === 'themes_locales')
    assert.ok(shape)
    const row = shape.columns.map((column) => {
      if (column.name === 'id') return 1
      if (column.name === '_locale') return 'nl'
      if (column.name === '_parent_id') return 999_999
      return column.kind === 'text' ? 'Wees' : column.kind === 'number' ? 0 : column.kind === 'boolean' ? false : null
    })
    const keys = await foreignKeyCount()
    const loader = await rowLoader(payload)
    await loader.insert({ name: 'themes_locales', part: 'db/themes_locales.jsonl.gz', rows: 1, columns: shape.columns }, [row])
    await assert.rejects(loader.commit(), /foreign key/i)
    await loader.rollback()
    assert.equal(await rowsIn('themes_locales'), 0)
    assert.equal(await foreignKeyCount(), keys, 'the foreign keys are in place')
  })
})
