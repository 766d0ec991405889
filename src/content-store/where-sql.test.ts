import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import Database from 'libsql'
import { type SchemaField, UnsupportedStoreRead } from './field-paths'
import { queryKeys } from './query-keys'
import { sqliteDialect } from './sql-dialect'
import { compileQuery, LeftToPayload } from './where-sql'

const fields: SchemaField[] = [
  { name: 'slug', type: 'text' },
  { name: 'title', type: 'text', localized: true },
  { name: 'year', type: 'number' },
  { name: 'publishedAt', type: 'date' },
  { name: 'level', type: 'select' },
  { name: 'theme', type: 'relationship', relationTo: 'themes' },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
  { name: 'tags', type: 'select', hasMany: true },
  { name: 'withdrawal', type: 'group', flattenedFields: [{ name: 'withdrawn', type: 'checkbox' }] },
  { name: 'blocks', type: 'blocks' },
  { name: 'owner', type: 'relationship', relationTo: ['pages', 'news'] },
  { name: 'createdAt', type: 'date' },
]

const docs = [
  {
    id: 1,
    slug: 'een',
    title: 'Eerste bericht',
    year: 2021,
    publishedAt: '2021-03-01T00:00:00.000Z',
    level: 'pillar',
    theme: 3,
    themes: [3, 4],
    tags: ['a'],
    withdrawal: { withdrawn: true },
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    id: 2,
    slug: 'twee',
    title: 'Tweede 100% bericht',
    year: 2024,
    publishedAt: '2024-06-01T00:00:00.000Z',
    level: 'measure',
    theme: { id: 4, name: 'Wonen' },
    themes: [{ id: 4, name: 'Wonen' }],
    tags: [],
    withdrawal: { withdrawn: false },
    createdAt: '2026-01-02T00:00:00.000Z',
  },
  {
    id: 3,
    slug: null,
    title: 'Derde',
    year: 2030,
    publishedAt: null,
    level: 'measure',
    theme: null,
    themes: [],
    withdrawal: {},
    createdAt: '2026-01-03T00:00:00.000Z',
  },
]

const database = new Database(':memory:')
database.exec('CREATE TABLE content_store (doc_id integer, slug text, keys blob)')
// Conditions read the query keys the writer stores (query-keys.ts), not the whole document.
const insert = database.prepare(`INSERT INTO content_store (doc_id, slug, keys) VALUES (?, ?, ${sqliteDialect.keysPlaceholder})`)
for (const doc of docs) insert.run([doc.id, doc.slug, queryKeys(fields, doc)])

/** The ids a where and sort select, in order. */
function ids(where: unknown, sort?: unknown): number[] {
  const query = compileQuery(where, sort, { fields, timestamps: true }, sqliteDialect)
  const rows = database.prepare(`SELECT doc_id FROM content_store WHERE ${query.where} ORDER BY ${query.orderBy}`).all(query.params) as {
    doc_id: number
  }[]
  return rows.map((row) => row.doc_id)
}

describe('the content store compiles Payload where and sort to SQL', () => {
  it('equals and not_equals, which keeps rows without the value as Payload does', () => {
    assert.deepEqual(ids({ slug: { equals: 'een' } }), [1])
    assert.deepEqual(ids({ level: { equals: 'measure' } }), [3, 2])
    assert.deepEqual(ids({ 'withdrawal.withdrawn': { not_equals: true } }), [3, 2])
    assert.deepEqual(ids({ slug: { equals: null } }), [3])
    assert.deepEqual(ids({ id: { not_equals: 2 } }), [3, 1])
  })

  it('in and not_in, on ids, values and relations populated or not', () => {
    assert.deepEqual(ids({ id: { in: [1, 3] } }), [3, 1])
    assert.deepEqual(ids({ id: { in: [] } }), [])
    assert.deepEqual(ids({ theme: { in: [4] } }), [2])
    assert.deepEqual(ids({ theme: { equals: 3 } }), [1])
    assert.deepEqual(ids({ level: { not_in: ['pillar'] } }), [3, 2])
  })

  it('hasMany lists: any element matches', () => {
    assert.deepEqual(ids({ themes: { in: [4] } }), [2, 1])
    assert.deepEqual(ids({ themes: { equals: 3 } }), [1])
    assert.deepEqual(ids({ tags: { in: ['a'] } }), [1])
    assert.deepEqual(ids({ themes: { exists: false } }), [3])
    assert.throws(() => ids({ themes: { not_in: [4] } }), UnsupportedStoreRead)
  })

  it('exists, and comparisons on numbers and dates', () => {
    assert.deepEqual(ids({ publishedAt: { exists: true } }), [2, 1])
    assert.deepEqual(ids({ slug: { exists: false } }), [3])
    assert.deepEqual(ids({ year: { less_than: 2024 } }), [1])
    assert.deepEqual(ids({ year: { less_than_equal: 2024 } }), [2, 1])
    assert.deepEqual(ids({ year: { greater_than: 2024 } }), [3])
    assert.deepEqual(ids({ year: { greater_than_equal: 2024 } }), [3, 2])
    assert.deepEqual(ids({ publishedAt: { greater_than_equal: '2022-01-01' } }), [2])
  })

  it('like wants every word, contains a substring; both without case, % taken literally', () => {
    assert.deepEqual(ids({ title: { like: 'bericht eerste' } }), [1])
    assert.deepEqual(ids({ title: { contains: 'BERICHT' } }), [2, 1])
    assert.deepEqual(ids({ title: { contains: '100%' } }), [2])
  })

  it('and, or, and their nesting', () => {
    assert.deepEqual(ids({ or: [{ slug: { equals: 'een' } }, { year: { equals: 2030 } }] }), [3, 1])
    assert.deepEqual(
      ids({ and: [{ level: { equals: 'measure' } }, { or: [{ year: { equals: 2024 } }, { slug: { equals: 'een' } }] }] }),
      [2],
    )
  })

  it('sorts as asked, ending with -createdAt as Payload does', () => {
    assert.deepEqual(ids(undefined, 'year'), [1, 2, 3])
    assert.deepEqual(ids(undefined, '-year'), [3, 2, 1])
    assert.deepEqual(ids(undefined, ['level', 'slug']), [3, 2, 1])
    assert.deepEqual(ids(undefined), [3, 2, 1])
  })

  it('finds an item by its slug through the slug index, whatever the sort; a list keeps the sort’s index', () => {
    // The store's columns and two of its indexes (migrations/*content_store*), with many items: the
    // plans SQLite makes without statistics, as on a site's database.
    const store = new Database(':memory:')
    store.exec(`CREATE TABLE content_store (collection text NOT NULL, doc_id integer NOT NULL, locale text NOT NULL,
      fallback text NOT NULL, depth integer NOT NULL, slug text, keys blob, PRIMARY KEY (collection, locale, fallback, depth, doc_id))`)
    store.exec('CREATE INDEX content_store_slug_idx ON content_store (collection, locale, fallback, depth, slug)')
    store.exec(`CREATE INDEX content_store_published_at_idx ON content_store
      (collection, locale, fallback, depth, json_extract(keys, '$.publishedAt'), json_extract(keys, '$.createdAt'))`)
    const add = store.prepare(`INSERT INTO content_store VALUES ('news', ?, 'nl', '', 1, ?, ${sqliteDialect.keysPlaceholder})`)
    for (let id = 1; id <= 2000; id++) {
      const publishedAt = new Date(Date.UTC(2020, 0, 1) + id * 3_600_000).toISOString()
      add.run([id, `item-${id}`, queryKeys(fields, { id, slug: `item-${id}`, publishedAt, createdAt: publishedAt })])
    }
    const plan = (where: unknown) => {
      const query = compileQuery(where, '-publishedAt', { fields, timestamps: true }, sqliteDialect)
      const sql = `SELECT doc_id FROM content_store WHERE collection = 'news' AND locale = 'nl' AND fallback = '' AND depth = 1
        AND (${query.where}) ORDER BY ${query.orderBy} LIMIT 1`
      const steps = store.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(query.params) as { detail: string }[]
      const found = store.prepare(sql).all(query.params) as { doc_id: number }[]
      return { steps: steps.map((step) => step.detail).join('; '), found: found.map((row) => row.doc_id) }
    }
    // The oldest item: in the sort's index it is the last of 2,000.
    const bySlug = plan({ slug: { equals: 'item-1' } })
    assert.match(bySlug.steps, /USING INDEX content_store_slug_idx/)
    assert.deepEqual(bySlug.found, [1])
    assert.match(plan({ and: [{ slug: { equals: 'item-1' } }, { year: { exists: false } }] }).steps, /content_store_slug_idx/)
    // A list (no slug, or a choice of slugs) reads in the index's order, without sorting.
    const list = plan({ publishedAt: { exists: true } })
    assert.match(list.steps, /USING INDEX content_store_published_at_idx/)
    assert.doesNotMatch(list.steps, /TEMP B-TREE/)
    assert.deepEqual(list.found, [2000])
    assert.doesNotMatch(plan({ or: [{ slug: { equals: 'item-1' } }, { slug: { equals: 'item-2' } }] }).steps, /TEMP B-TREE/)
  })

  it('refuses what it cannot answer as Payload would', () => {
    assert.throws(() => ids({ blocks: { exists: true } }), UnsupportedStoreRead)
    assert.throws(() => ids({ owner: { equals: 1 } }), UnsupportedStoreRead)
    assert.throws(() => ids({ 'theme.slug': { equals: 'wonen' } }), UnsupportedStoreRead)
    assert.throws(() => ids({ year: { near: 1 } }), UnsupportedStoreRead)
    assert.throws(() => ids({ nothing: { equals: 1 } }), UnsupportedStoreRead)
    assert.throws(() => compileQuery(undefined, 'title', { fields, timestamps: true, everyLocale: true }, sqliteDialect), LeftToPayload)
  })
})
