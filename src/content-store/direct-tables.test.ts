import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DIRECT_TABLES, readDirect } from './direct-tables'
import { postgresDialect } from './sql-dialect'
import type { StoreDatabase } from './store-database'

/** A database that answers every read with the rows given, and keeps what it was asked. */
function database(rows: Record<string, unknown>[]) {
  const asked: { sql: string; params: unknown[] }[] = []
  const db: StoreDatabase = {
    dialect: postgresDialect,
    read: async (sql, params) => {
      asked.push({ sql, params })
      return rows
    },
    readFirst: async (sql, params) => {
      asked.push({ sql, params })
      return rows[0]
    },
    write: async () => undefined,
    close: () => undefined,
  }
  return { db, asked }
}

const redirects = DIRECT_TABLES['slug-redirects']!
const files = DIRECT_TABLES['document-files']!

describe('reads of Payload’s own tables the store answers', () => {
  it('answers an old address’s redirect as Payload does, its values as Payload gives them', async () => {
    const created = new Date('2026-11-02T10:00:00.000Z')
    const { db, asked } = database([
      { id: '7', fromPath: '/nl/nieuws/oud', collection: 'news', document: '12', language: 'nl', updatedAt: created, createdAt: created },
    ])
    const answer = (await readDirect(db, redirects, {
      collection: 'slug-redirects',
      where: { fromPath: { equals: '/nl/nieuws/oud' } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
      pagination: false,
    })) as { docs: unknown[]; totalDocs: number }
    assert.deepEqual(answer.docs, [
      {
        id: 7,
        fromPath: '/nl/nieuws/oud',
        collection: 'news',
        document: '12',
        language: 'nl',
        updatedAt: '2026-11-02T10:00:00.000Z',
        createdAt: '2026-11-02T10:00:00.000Z',
      },
    ])
    assert.equal(answer.totalDocs, 1)
    assert.equal(asked.length, 1)
    assert.match(asked[0]!.sql, /FROM slug_redirects WHERE from_path = \? ORDER BY created_at DESC, id DESC LIMIT \?$/)
    assert.deepEqual(asked[0]!.params, ['/nl/nieuws/oud', 1])
  })

  it('answers the facts of files by their ids with only the fields selected, and the id', async () => {
    const { db, asked } = database([{ id: 3, pages: '14', filename: 'plan.pdf', filesize: '52000', language: 'fr' }])
    const answer = (await readDirect(db, files, {
      collection: 'document-files',
      where: { id: { in: [3, '4'] } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { filename: true, filesize: true, pages: true, language: true },
    })) as { docs: unknown[] }
    assert.deepEqual(answer.docs, [{ id: 3, language: 'fr', pages: 14, filename: 'plan.pdf', filesize: 52000 }])
    assert.match(
      asked[0]!.sql,
      /^SELECT id AS "id", language AS "language", pages AS "pages", filename AS "filename", filesize AS "filesize" FROM document_files WHERE id IN \(\?, \?\)/,
    )
    assert.deepEqual(asked[0]!.params, [3, 4])
  })

  it('leaves to Payload every other read, without asking the database', async () => {
    const { db, asked } = database([])
    const base = { collection: 'slug-redirects', where: { fromPath: { equals: '/x' } }, pagination: false }
    const others: Record<string, unknown>[] = [
      { ...base, overrideAccess: false },
      { ...base, pagination: true },
      { ...base, pagination: undefined },
      { ...base, sort: 'fromPath' },
      { ...base, req: {} },
      { ...base, draft: true },
      { ...base, limit: -1 },
      { ...base, where: { fromPath: { like: '/x' } } },
      { ...base, where: { fromPath: { equals: '/x' }, language: { equals: 'nl' } } },
      { ...base, where: { and: [{ fromPath: { equals: '/x' } }] } },
      { ...base, where: { unknown: { equals: 1 } } },
      { ...base, where: { id: { in: [] } } },
      { ...base, select: { fromPath: true, unknown: true } },
      { ...base, select: { fromPath: false } },
    ]
    for (const args of others) assert.equal(await readDirect(db, redirects, args), undefined, JSON.stringify(args))
    // A file's whole document holds its URL, which Payload works out: only a select is answered.
    assert.equal(await readDirect(db, files, { collection: 'document-files', where: { id: { equals: 1 } }, pagination: false }), undefined)
    assert.deepEqual(asked, [])
  })
})
