/**
 * Word forms and compounds in the site search, on a real database (SQLite, or PostgreSQL with
 * BELFORT_TEST_DB=postgres): Dutch compounds found by their parts and by themselves, word families
 * that Snowball leaves apart, French elisions, stop words, drafts never found, and an index built with other
 * terms recognised as outdated and rebuilt.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { lexical } from '@/seed/lexical'
import type { SearchQuery } from '@/search/backend'
import { rebuildSearchIndex, searchBackend, searchIndexState } from '@/search/service'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload

const titles = async (text: string, locale: SearchQuery['locale']) =>
  (await searchBackend(payload).search({ text, locale, limit: 20, offset: 0 })).hits.map((hit) => hit.title).sort()

async function page(locale: 'nl' | 'fr', title: string, slug: string, body: string, status: 'published' | 'draft' = 'published') {
  await payload.create({
    collection: 'pages',
    locale,
    draft: status === 'draft',
    data: { title, slug, summary: '', body: lexical([{ p: body }]), _status: status },
  })
}

async function news(title: string, slug: string, body: string, status: 'published' | 'draft' = 'published') {
  await payload.create({
    collection: 'news',
    locale: 'nl',
    draft: status === 'draft',
    data: {
      title,
      slug,
      summary: 'Nieuws van het Gewest.',
      body: lexical([{ p: body }]),
      publishedAt: new Date().toISOString(),
      _status: status,
    },
  })
}

const HOUSING = 'Brussel Huisvesting werkt aan uw woning'
const ONE_DESK = 'Eén loket voor de energierenovatie van kmo’s'
const RATE = 'Werkloosheidsgraad in het Gewest'
const GRANT = 'Een premie voor de renovatie van uw dak'

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    await news(HOUSING, 'huisvesting-werken', 'Wij renoveren dit jaar vijfhonderd sociale woningen in Anderlecht en Molenbeek.')
    await page('nl', ONE_DESK, 'een-loket', 'Advies en begeleiding voor ondernemers, van de eerste vraag tot de werf.')
    await page('nl', RATE, 'werkloosheidsgraad', 'Het aandeel werkzoekenden in de beroepsbevolking, per kwartaal.')
    await page('nl', GRANT, 'premie-dak', 'Eigenaars van een woning of een kantoor krijgen hulp bij werken aan het dak.')
    await page(
      'nl',
      'Ontwerp van een renovatiepremie',
      'ontwerp-premie',
      'Deze renovatiepremie voor kantoren is nog niet beslist.',
      'draft',
    )
    await news('Intern bericht over renoveren', 'intern-renoveren', 'Wij renoveren de kantoren.', 'draft')
    await page('fr', 'Rénover son logement', 'renover', 'Les primes aident à rénover. L’emploi dans la construction en profite.')
    await rebuildSearchIndex(payload)
  },
  { timeout: 90_000 },
)
after(() => instance.close())

describe(`word forms and compounds on ${process.env.BELFORT_TEST_DB === 'postgres' ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('finds a Dutch compound by its parts', async () => {
    assert.deepEqual(
      await titles('renovatie', 'nl'),
      [GRANT, HOUSING, ONE_DESK].sort(),
      'renoveren in the news, energierenovatie in the page',
    )
    assert.deepEqual(await titles('energie', 'nl'), [ONE_DESK])
    assert.deepEqual(await titles('werkloosheid', 'nl'), [RATE])
    assert.deepEqual(await titles('graad', 'nl'), [RATE])
  })

  it('finds a compound by itself, and its parts written apart', async () => {
    assert.deepEqual(await titles('energierenovatie', 'nl'), [ONE_DESK])
    assert.deepEqual(await titles('werkloosheidsgraad', 'nl'), [RATE])
    assert.deepEqual(await titles('renovatiepremie', 'nl'), [GRANT], 'premie … renovatie, and never the draft')
    assert.deepEqual(await titles('renovatiepremies', 'nl'), [GRANT])
  })

  it('joins word families that Snowball leaves apart', async () => {
    assert.deepEqual(await titles('renoveren', 'nl'), [GRANT, HOUSING, ONE_DESK].sort())
    assert.deepEqual(await titles('rénovation', 'fr'), ['Rénover son logement'])
    assert.deepEqual(await titles('renovation', 'fr'), ['Rénover son logement'], 'without the accent')
  })

  it('reads French elisions as the word after the apostrophe', async () => {
    assert.deepEqual(await titles("l'emploi", 'fr'), ['Rénover son logement'])
    assert.deepEqual(await titles('emplois', 'fr'), ['Rénover son logement'])
  })

  it('does without stop words in a query', async () => {
    assert.deepEqual(await titles('een premie voor de renovatie van het dak', 'nl'), [GRANT])
    assert.deepEqual(await titles('les primes à la rénovation', 'fr'), ['Rénover son logement'])
  })

  it('never finds a draft', async () => {
    assert.deepEqual(await titles('beslist', 'nl'), [])
    assert.deepEqual(await titles('ontwerp', 'nl'), [])
    assert.deepEqual(await titles('intern', 'nl'), [])
  })

  it('does not split words that only look like compounds', async () => {
    assert.deepEqual(await titles('kantoren', 'nl'), [GRANT])
    assert.deepEqual(await titles('kan', 'nl'), [], 'kantoor is not kan + toor')
    assert.deepEqual(await titles('huis', 'nl'), [], 'Huisvesting is not huis + vesting')
  })

  it('knows an index built with other terms, and rebuilds it', async () => {
    const backend = searchBackend(payload)
    assert.equal(await searchIndexState(payload), 'current')
    const entries = await backend.count()
    await backend.markBuiltWith('1.before-compounds')
    assert.equal(await searchIndexState(payload), 'outdated')
    assert.equal(await backend.count(), entries, 'the version is not counted as an entry')
    await rebuildSearchIndex(payload)
    assert.equal(await searchIndexState(payload), 'current')
    assert.equal(await backend.count(), entries)
    assert.deepEqual(await titles('energierenovatie', 'nl'), [ONE_DESK])
  })
})
