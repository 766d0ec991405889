/**
 * The order of search results on a real database (SQLite, or PostgreSQL with
 * BELFORT_TEST_DB=postgres), pinned: selective queries keep the order they had before broad
 * queries were bounded (search/ranking.ts), a broad query ranks a bounded set of candidates
 * (title matches first), and counts are exact up to a cap, "more than" it past it.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import type { Client } from '@libsql/client'
import type { Pool } from 'pg'
import type { SearchBackend, SearchQuery } from '@/search/backend'
import { postgresSearch } from '@/search/postgres'
import { RANKED_WINDOW, type RankingLimits } from '@/search/ranking'
import { searchBackend } from '@/search/service'
import { sqliteSearch } from '@/search/sqlite'
import { renderPublic } from '@/site/router'
import { type Locale, sectionPath } from '@/site/routes'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload

const WORDS = {
  nl: [
    'bestuur',
    'gewest',
    'economie',
    'opleiding',
    'mobiliteit',
    'huisvesting',
    'renovatie',
    'premie',
    'klimaat',
    'begroting',
    'erfgoed',
    'ruimte',
  ],
  fr: [
    'gouvernance',
    'région',
    'économie',
    'formation',
    'mobilité',
    'logement',
    'rénovation',
    'prime',
    'climat',
    'budget',
    'patrimoine',
    'espace',
  ],
} as const

/** A fixed pseudo-random sequence (as the scale benchmark's), so every run indexes the same text. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

const order = async (text: string, locale: SearchQuery['locale'], type?: SearchQuery['type']) => {
  const result = await searchBackend(payload).search({ text, locale, type, limit: 10, offset: 0 })
  return { total: result.total, hits: result.hits.map((hit) => `${hit.type}:${hit.refId}`) }
}

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    const next = random(7)
    const sentence = (lang: 'nl' | 'fr', length: number) =>
      Array.from({ length }, () => WORDS[lang][Math.floor(next() * WORDS[lang].length)]).join(' ')
    const backend = searchBackend(payload)
    for (let i = 1; i <= 40; i++) {
      await backend.replace(
        'news',
        i,
        (['nl', 'fr'] as const).map((locale) => ({
          type: 'news' as const,
          refId: i,
          locale,
          title: sentence(locale, 3),
          body: sentence(locale, 4 + (i % 7)),
          url: `/${locale}/news/item-${i}`,
          // Some items share a day, so the date is not always what decides between equal ranks.
          date: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 3))).toISOString(),
        })),
      )
    }
    for (let i = 1; i <= 8; i++) {
      await backend.replace(
        'documents',
        i,
        (['nl', 'fr'] as const).map((locale) => ({
          type: 'documents' as const,
          refId: i,
          locale,
          title: sentence(locale, 4),
          body: sentence(locale, 60),
          url: `/${locale}/documents/doc-${i}`,
        })),
      )
    }
  },
  { timeout: 60_000 },
)
after(() => instance.close())

const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'

/**
 * The first ten results of selective queries as both databases ranked them before broad queries
 * were bounded. The databases rank differently (bm25 weighs the title ten times; ts_rank favours
 * long texts where the words meet often), and each keeps its own order.
 */
const PINNED: [text: string, locale: SearchQuery['locale'], type: SearchQuery['type'], total: number, sqlite: string, postgres: string][] =
  [
    [
      'erfgoed premie',
      'nl',
      undefined,
      25,
      'news:21 news:1 news:13 news:37 news:3 news:35 news:20 documents:7 news:11 news:26',
      'documents:5 news:21 documents:8 documents:6 documents:7 documents:2 documents:4 documents:1 news:13 news:35',
    ],
    [
      'klimaat renovatie ruimte',
      'nl',
      undefined,
      18,
      'news:18 news:37 news:25 documents:5 documents:3 documents:6 documents:4 documents:1 news:13 documents:2',
      'documents:3 documents:5 documents:2 documents:6 documents:4 documents:1 news:18 documents:8 news:25 news:37',
    ],
    [
      'begroting',
      'nl',
      'news',
      20,
      'news:10 news:30 news:23 news:15 news:38 news:6 news:31 news:40 news:33 news:12',
      'news:10 news:30 news:23 news:38 news:15 news:6 news:40 news:33 news:31 news:12',
    ],
    [
      'patrimoine prime',
      'fr',
      undefined,
      24,
      'news:24 news:26 news:22 news:3 news:9 news:5 news:13 documents:7 news:34 documents:1',
      'news:24 news:26 documents:6 documents:7 documents:1 documents:5 news:9 documents:4 news:5 news:3',
    ],
    [
      'climat rénovation espace',
      'fr',
      undefined,
      10,
      'news:32 documents:8 documents:2 documents:6 documents:4 documents:5 documents:1 news:13 documents:3 documents:7',
      'documents:8 documents:2 documents:4 documents:6 documents:3 documents:5 documents:1 news:32 documents:7 news:13',
    ],
  ]

/** The same index searched with limits small enough that these queries take the broad path. */
function boundedBackend(limits: RankingLimits): SearchBackend {
  return onPostgres
    ? postgresSearch((payload.db as unknown as { pool: Pool }).pool, limits)
    : sqliteSearch((payload.db as unknown as { client: Client }).client, limits)
}

describe(`result order on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  for (const [text, locale, type, total, sqlite, postgres] of PINNED) {
    it(`keeps the order of “${text}”${type ? ` (${type})` : ''}`, async () => {
      assert.deepEqual(await order(text, locale, type), { total, hits: (onPostgres ? postgres : sqlite).split(' ') })
    })
  }

  it('ranks a broad query’s candidates, title matches first, with exact counts', async () => {
    const whole = await searchBackend(payload).search({ text: 'begroting', locale: 'nl', limit: 50, offset: 0 })
    assert.equal(whole.ranked, whole.total)
    const inTitle = whole.hits.filter((hit) => hit.title.split(' ').includes('begroting'))
    assert.ok(inTitle.length > 6, 'the corpus has more title matches than the window holds')
    const bounded = boundedBackend({ rankAllUpTo: 5, window: 6, countCap: 1000 })
    const first = await bounded.search({ text: 'begroting', locale: 'nl', limit: 4, offset: 0 })
    const second = await bounded.search({ text: 'begroting', locale: 'nl', limit: 4, offset: 4 })
    assert.equal(first.total, whole.total)
    assert.deepEqual(first.facets, whole.facets)
    assert.equal(first.ranked, 6)
    assert.equal(second.hits.length, 2, 'the pages end with the ranked window')
    const hits = [...first.hits, ...second.hits].map((hit) => `${hit.type}:${hit.refId}`)
    assert.ok(
      [...first.hits, ...second.hits].every((hit) => hit.title.split(' ').includes('begroting')),
      'every candidate has the word in its title',
    )
    const wholeOrder = whole.hits.map((hit) => `${hit.type}:${hit.refId}`)
    assert.deepEqual(
      hits,
      wholeOrder.filter((key) => hits.includes(key)),
      'the candidates keep the order the whole ranking gives them',
    )
  })

  it('keeps exact counts and the type when a broad query is narrowed to a type', async () => {
    const bounded = boundedBackend({ rankAllUpTo: 5, window: 100, countCap: 1000 })
    const result = await bounded.search({ text: 'begroting', locale: 'nl', type: 'documents', limit: 10, offset: 0 })
    const whole = await searchBackend(payload).search({ text: 'begroting', locale: 'nl', type: 'documents', limit: 10, offset: 0 })
    assert.equal(result.total, whole.total)
    assert.equal(result.ranked, whole.total)
    assert.deepEqual(result.hits, whole.hits)
  })

  it('counts each type and the total up to the cap, and one more past it', async () => {
    const whole = await searchBackend(payload).search({ text: 'begroting', locale: 'nl', limit: 10, offset: 0 })
    assert.ok((whole.facets.news ?? 0) > 9 && (whole.facets.documents ?? 0) < 9, 'the corpus has more news than the cap, fewer documents')
    const capped = await boundedBackend({ rankAllUpTo: 5, window: 6, countCap: 8 }).search({
      text: 'begroting',
      locale: 'nl',
      limit: 10,
      offset: 0,
    })
    assert.deepEqual(capped.facets, { ...whole.facets, news: 9 })
    assert.equal(capped.total, 9)
    assert.equal(capped.ranked, 6)
    assert.equal(capped.hits.length, 6)
    const typed = await boundedBackend({ rankAllUpTo: 5, window: 6, countCap: 8 }).search({
      text: 'begroting',
      locale: 'nl',
      type: 'documents',
      limit: 10,
      offset: 0,
    })
    assert.equal(typed.total, whole.facets.documents)
  })

  it('says so in nl, fr and en when a query has more results than are ranked or counted', async () => {
    // One more than the ranked window, in every language, each with the word once in its body.
    const backend = searchBackend(payload)
    const broad = RANKED_WINDOW + 1
    for (let i = 0; i < broad; i++) {
      const refId = 10_000 + i
      await backend.replace(
        'news',
        refId,
        (['nl', 'fr', 'en'] as const).map((locale) => ({
          type: 'news' as const,
          refId,
          locale,
          title: `Bericht ${i}`,
          body: `Over de kwartiermaker ${i}.`,
          url: `/${locale}/news/broad-${i}`,
          date: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
        })),
      )
    }
    const render = (locale: Locale, page?: number) => {
      const path = sectionPath('search', locale)
      const query = new URLSearchParams({ q: 'kwartiermaker' })
      if (page) query.set('page', String(page))
      return renderPublic({
        payload,
        locale,
        segments: path.split('/').filter(Boolean).slice(1),
        path,
        query,
        origin: 'http://localhost:3000',
        draft: false,
      })
    }
    const expected: Record<Locale, [count: string, note: string, facet: string]> = {
      nl: ['Meer dan 1.000 resultaten voor', 'Wij tonen de 1.000 meest relevante van deze resultaten.', 'Nieuws (meer dan 1.000)'],
      fr: ['Plus de 1 000 résultats pour', 'Nous affichons les 1 000 résultats les plus pertinents.', 'Actualités (plus de 1 000)'],
      en: ['More than 1,000 results for', 'We show the 1,000 most relevant of these results.', 'News (more than 1,000)'],
    }
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const first = await render(locale)
      const text = first.html.replace(/\u202f|\u00a0/g, ' ')
      assert.equal(first.status, 200)
      assert.ok(text.includes(expected[locale][0]), `${locale}: the count, past the cap`)
      assert.ok(text.includes(expected[locale][2]), `${locale}: the type's count, past the cap`)
      assert.ok(text.includes(expected[locale][1]), `${locale}: the ranked window said`)
    }
    assert.equal((await render('nl', RANKED_WINDOW / 10)).status, 200, 'the last ranked page')
    assert.equal((await render('nl', RANKED_WINDOW / 10 + 1)).status, 404, 'no page after the ranked window')
  })
})
