/**
 * What editors keep for the site search, on a real database (SQLite, or PostgreSQL with
 * BELFORT_TEST_DB=postgres): synonyms across languages that apply without a restart and keep
 * compounds working, best bets first and once (never a draft, never a text in another language),
 * refused when they are bad, and spelling suggestions from the index's own words.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { lexical } from '@/seed/lexical'
import { curatedSearch } from '@/search/curated-search'
import { rebuildSearchIndex } from '@/search/service'
import { announceChange } from '@/site/invalidation'
import type { Locale } from '@/site/routes'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
const ids: Record<string, number> = {}

const search = (text: string, locale: Locale = 'nl') => curatedSearch(payload, { text, locale, limit: 20, offset: 0 })
const titles = async (text: string, locale: Locale = 'nl') => (await search(text, locale)).hits.map((hit) => hit.title).sort()

async function page(key: string, locale: Locale, title: string, body: string, status: 'published' | 'draft' = 'published') {
  const doc = await payload.create({
    collection: 'pages',
    locale,
    draft: status === 'draft',
    data: { title, slug: key, summary: '', body: lexical([{ p: body }]), _status: status },
  })
  ids[key] = doc.id
}

/** The index follows changes a moment after they commit (service.ts); here it is brought up to date at once. */
const reindexAll = () => rebuildSearchIndex(payload)

const GOB = 'Het GOB in cijfers'
const RATE = 'Werkloosheidsgraad in het Gewest'
const GRANT = 'Een premie voor de renovatie van uw dak'
const HOUSING = 'Brussel Huisvesting: renovatie van sociale woningen'
const ADVICE = 'Advies over renovatie voor eigenaars'

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    await page('gob', 'nl', GOB, 'Het jaarverslag van de overheidsdienst, met zijn budget en personeel.')
    await page('rate', 'nl', RATE, 'Het aandeel actieve inwoners zonder werk, per kwartaal.')
    await page('grant', 'nl', GRANT, 'Eigenaars krijgen hulp bij werken aan het dak en de gevel.')
    await page('housing', 'nl', HOUSING, 'Brussel Huisvesting renoveert vijfhonderd woningen.')
    await page('advice', 'nl', ADVICE, 'Een renovatie begint met goed advies.')
    await page('draft', 'nl', 'Ontwerp: renovatie van het stadhuis', 'Nog niet beslist.', 'draft')
    await page('logement', 'fr', 'Aides au logement', 'Les primes pour un logement rénové.')
    await page('tram', 'nl', 'Nieuwe tramlijn van de MIVB', 'De lijn rijdt vanaf september.')
    await reindexAll()
  },
  { timeout: 120_000 },
)
after(() => instance.close())

describe(`synonyms on ${process.env.BELFORT_TEST_DB === 'postgres' ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('finds a Dutch page that says GOB by SPRB or BRPS, and stops when the group changes, without a restart', async () => {
    assert.deepEqual(await titles('SPRB'), [], 'no group yet')
    const group = await payload.create({ collection: 'search-synonyms', data: { terms: 'GOB, SPRB, BRPS' } })
    assert.deepEqual(await titles('SPRB'), [GOB])
    assert.deepEqual(await titles('brps cijfers'), [GOB])
    await payload.update({ collection: 'search-synonyms', id: group.id, data: { terms: 'GOB, BRPS' } })
    assert.deepEqual(await titles('SPRB'), [], 'the edit applies to the next search')
    assert.deepEqual(await titles('BRPS'), [GOB])
  })

  it('keeps compounds and word forms working through a group', async () => {
    await payload.create({ collection: 'search-synonyms', data: { terms: 'werkloosheid, werkzoekenden' } })
    assert.deepEqual(await titles('werkzoekenden'), [RATE], 'werkloosheid is a part of Werkloosheidsgraad')
    assert.deepEqual(await titles('werkzoekende'), [RATE], 'a singular meets the group of its plural')
  })

  it('follows a change another instance made, once the change is announced', async () => {
    const group = await payload.create({ collection: 'search-synonyms', data: { terms: 'MIVB, STIB' } })
    assert.deepEqual(await titles('STIB'), ['Nieuwe tramlijn van de MIVB'])
    // Another instance writes to the shared database; this one hears of it through the invalidation point
    // (LISTEN/NOTIFY on PostgreSQL, the change counter on SQLite), which announces it as remote.
    const change = 'UPDATE search_synonyms SET terms = $1 WHERE id = $2'
    const db = payload.db as unknown as {
      pool?: { query(sql: string, args: unknown[]): Promise<unknown> }
      client?: { execute(statement: { sql: string; args: unknown[] }): Promise<unknown> }
    }
    if (db.pool) await db.pool.query(change, ['MIVB, TEC', group.id])
    else await db.client?.execute({ sql: change.replace(/\$\d/g, '?'), args: ['MIVB, TEC', group.id] })
    assert.deepEqual(await titles('STIB'), ['Nieuwe tramlijn van de MIVB'], 'kept until the change is announced')
    announceChange({ source: 'cluster', kind: 'everything', remote: true })
    assert.deepEqual(await titles('STIB'), [])
    assert.deepEqual(await titles('TEC'), ['Nieuwe tramlijn van de MIVB'])
  })

  it('refuses a group of one term, naming the field', async () => {
    await assert.rejects(payload.create({ collection: 'search-synonyms', data: { terms: 'GOB' } }), (error: Error) =>
      /Gelijkwaardige termen/.test(JSON.stringify((error as { data?: unknown }).data ?? error.message)),
    )
  })
})

describe('best bets', () => {
  it('come first and once, in the editors’ order, for the query in any form', async () => {
    const before = await search('renovatie')
    assert.ok(before.hits.length >= 3, 'renovatie finds the pages')
    await payload.create({
      collection: 'search-best-bets',
      data: {
        query: 'Renovatie',
        language: 'nl',
        results: [
          { relationTo: 'pages', value: ids.advice! },
          { relationTo: 'pages', value: ids.rate! },
        ],
      },
    })
    const found = await search('renovaties')
    assert.deepEqual(
      found.bestBets.map((hit) => hit.title),
      [ADVICE, RATE],
      'pinned first, also a result the words do not find',
    )
    assert.ok(!found.hits.some((hit) => hit.title === ADVICE), 'not repeated below')
    assert.ok(found.hits.some((hit) => hit.title === GRANT))
    assert.deepEqual((await search('renovatie', 'fr')).bestBets, [], 'another language has its own')
    assert.deepEqual(
      (await curatedSearch(payload, { text: 'renovatie', locale: 'nl', limit: 20, offset: 20 })).bestBets,
      [],
      'first page only',
    )
  })

  it('never show a draft or a text not published in the language', async () => {
    await payload.create({
      collection: 'search-best-bets',
      data: {
        query: 'stadhuis',
        language: 'nl',
        results: [
          { relationTo: 'pages', value: ids.draft! },
          { relationTo: 'pages', value: ids.logement! },
          { relationTo: 'pages', value: ids.grant! },
        ],
      },
    })
    assert.deepEqual(
      (await search('stadhuis')).bestBets.map((hit) => hit.title),
      [GRANT],
    )
  })

  it('refuse more than three results, none, an empty query and a query pinned twice, naming the field', async () => {
    const pinned = (n: number) =>
      ['gob', 'rate', 'grant', 'housing'].slice(0, n).map((key) => ({ relationTo: 'pages' as const, value: ids[key]! }))
    const refused = async (data: Record<string, unknown>, field: RegExp) =>
      assert.rejects(payload.create({ collection: 'search-best-bets', data: data as never }), (error: Error) =>
        field.test(JSON.stringify((error as { data?: unknown }).data ?? error.message)),
      )
    await refused({ query: 'woningen', language: 'nl', results: pinned(4) }, /hoogstens 3 resultaten/)
    await refused({ query: 'woningen', language: 'nl', results: [] }, /Aanbevolen resultaten/)
    await refused({ query: ' ?! ', language: 'nl', results: pinned(1) }, /Zoekopdracht/)
    await refused({ query: 'renovatie', language: 'nl', results: pinned(1) }, /bestaat al/)
    assert.equal((await payload.count({ collection: 'search-best-bets' })).totalDocs, 2, 'nothing was saved')
  })
})

describe('spelling suggestions', () => {
  it('suggest the index’s word for a misspelling, one that finds something', async () => {
    const found = await search('renovatei')
    assert.equal(found.total, 0)
    assert.equal(found.suggestion, 'renovatie')
    assert.ok((await search(found.suggestion!)).total > 0)
    assert.equal((await search('logemnet', 'fr')).suggestion, 'logement')
    assert.equal((await search('woningne renovatie')).suggestion, 'woningen renovatie')
  })

  it('on PostgreSQL, also for a misspelling at the start of a word (pg_trgm trigrams)', {
    skip: process.env.BELFORT_TEST_DB !== 'postgres',
  }, async () => {
    const pool = (payload.db as unknown as { pool: { query(sql: string): Promise<{ rowCount: number | null }> } }).pool
    assert.equal((await pool.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).rowCount, 1, 'the migration installed pg_trgm')
    assert.equal((await search('rneovatie')).suggestion, 'renovatie')
  })

  it('suggest nothing for a query that finds enough, or for a word far from any', async () => {
    assert.equal((await search('renovatie')).suggestion, undefined)
    assert.equal((await search('xylofoonkwartet')).suggestion, undefined)
    assert.equal((await search('ontwerp')).suggestion, undefined, 'never a word only a draft holds')
  })
})
