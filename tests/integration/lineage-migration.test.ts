/**
 * The migration `*_lineage_links` on a database that holds old data: every plan item's `previous`
 * becomes a "continues" link from that item, the column goes, and the way down brings it back from
 * those links. Run on SQLite and PostgreSQL, each with its own migrations.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { startTestPayload, type TestPayload } from './payload-instance'

interface Migration {
  name: string
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}

const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'
let instance: TestPayload
let payload: Payload
let migrations: Migration[]
let lineageAt: number

/** Runs one SQL statement on the test database and answers its rows, on either dialect. */
async function query<Row = Record<string, unknown>>(text: string): Promise<Row[]> {
  const drizzle = (payload.db as unknown as { drizzle: unknown }).drizzle
  if (onPostgres) {
    const { sql } = await import('@payloadcms/db-postgres')
    const result = await (drizzle as { execute(q: unknown): Promise<{ rows: Row[] }> }).execute(sql.raw(text))
    return result.rows
  }
  const { sql } = await import('@payloadcms/db-sqlite')
  return (drizzle as { all(q: unknown): Promise<Row[]> }).all(sql.raw(text))
}

const columnsOf = async (table: string): Promise<string[]> =>
  onPostgres
    ? (await query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = '${table}'`)).map(
        (row) => row.column_name,
      )
    : (await query<{ name: string }>(`PRAGMA table_info(${table})`)).map((row) => row.name)

/** Inserts a row and answers its id. */
async function insert(table: string, values: Record<string, string | number | null>): Promise<number> {
  const columns = Object.keys(values)
    .map((column) => `"${column}"`)
    .join(', ')
  const literals = Object.values(values)
    .map((value) => (value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value}'`))
    .join(', ')
  const [row] = await query<{ id: number }>(`INSERT INTO "${table}" (${columns}) VALUES (${literals}) RETURNING "id"`)
  return Number(row?.id)
}

before(async () => {
  instance = await startTestPayload({ migrate: false })
  payload = instance.payload
  const module = onPostgres ? await import('@/migrations/postgres') : await import('@/migrations/sqlite')
  migrations = module.migrations as unknown as Migration[]
  lineageAt = migrations.findIndex((migration) => migration.name.endsWith('_lineage_links'))
  assert.ok(lineageAt > 0, 'the lineage migration is in the list')
  await payload.db.migrate({ migrations: migrations.slice(0, lineageAt) as never })
})
after(() => instance.close())

describe('the lineage migration on old data', () => {
  const ids: Record<string, number> = {}

  it('turns each item’s previous into a “continues” link from that item, and drops the column', async () => {
    for (const year of [2015, 2020]) ids[`v${year}`] = await insert('plan_versions', { year, _status: 'published' })
    const item = (key: string, version: number, code: string, previous: number | null = null) =>
      insert('plan_items', { level: 'pillar', code, plan_version_id: version, previous_id: previous }).then((id) => {
        ids[key] = id
      })
    await item('old1', ids.v2015!, '1')
    await item('old2', ids.v2015!, '2')
    await item('new1', ids.v2020!, '1', ids.old1)
    await item('new2', ids.v2020!, '2', ids.old2)
    await item('new3', ids.v2020!, '3')

    await payload.db.migrate({ migrations: [migrations[lineageAt]] as never })

    const links = await query<{ kind: string; item_id: number; plan_version_id: number; source: number; path: string }>(
      `SELECT l.kind, l.item_id, l.plan_version_id, r.plan_items_id AS source, r.path
         FROM lineage_links l JOIN lineage_links_rels r ON r.parent_id = l.id ORDER BY l.item_id`,
    )
    assert.deepEqual(
      links.map((link) => [link.kind, Number(link.item_id), Number(link.plan_version_id), Number(link.source), link.path]),
      [
        ['continues', ids.new1, ids.v2020, ids.old1, 'from'],
        ['continues', ids.new2, ids.v2020, ids.old2, 'from'],
      ],
    )
    const [count] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM lineage_links')
    assert.equal(Number(count?.n), 2, 'no link for an item without a previous')
    assert.ok(!(await columnsOf('plan_items')).includes('previous_id'), 'the old column is gone')
  })

  it('reads the links through Payload as the lineage the pages use', async () => {
    const found = await payload.find({ collection: 'lineage-links', depth: 0, pagination: false, overrideAccess: true, sort: 'id' })
    assert.deepEqual(
      found.docs.map((link) => [link.kind, link.item, link.from]),
      [
        ['continues', ids.new1, [ids.old1]],
        ['continues', ids.new2, [ids.old2]],
      ],
    )
  })

  it('on the way down, gives each item its previous back from its “continues” link', async () => {
    await payload.db.migrateDown()
    assert.ok((await columnsOf('plan_items')).includes('previous_id'), 'the column is back')
    const rows = await query<{ id: number; previous_id: number | null }>('SELECT id, previous_id FROM plan_items ORDER BY id')
    assert.deepEqual(
      rows.map((row) => [Number(row.id), row.previous_id === null ? null : Number(row.previous_id)]),
      [
        [ids.old1, null],
        [ids.old2, null],
        [ids.new1, ids.old1],
        [ids.new2, ids.old2],
        [ids.new3, null],
      ],
    )
  })
})
