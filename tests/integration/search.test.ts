/**
 * Site search on a real database: SQLite FTS5, then PostgreSQL full-text search, through the one
 * interface. Stems and accents in each language, text inside PDFs, drafts never found, titles
 * before bodies, and queries full of operator characters.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { writeDemoPdf } from '@/documents/pdf/write'
import { lexical } from '@/seed/lexical'
import { rebuildSearchIndex, reindex, searchBackend } from '@/search/service'
import type { SearchQuery } from '@/search/backend'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload

const search = (text: string, locale: SearchQuery['locale'], type?: SearchQuery['type']) =>
  searchBackend(payload).search({ text, locale, type, limit: 20, offset: 0 })
const titles = async (text: string, locale: SearchQuery['locale']) => (await search(text, locale)).hits.map((hit) => hit.title)

async function page(locale: 'nl' | 'fr' | 'en', title: string, slug: string, body: string, status: 'published' | 'draft' = 'published') {
  return payload.create({
    collection: 'pages',
    locale,
    draft: status === 'draft',
    data: { title, slug, summary: '', body: lexical([{ p: body }]), _status: status },
  })
}

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    await page('nl', 'Goed bestuur', 'goed-bestuur', 'Hoe wij werken.')
    await page('nl', 'Onze werking', 'onze-werking', 'Wij willen het Gewest beter besturen, samen met de gemeenten.')
    await page('fr', 'Des logements pour tous', 'logements', 'L’économie bruxelloise et le logement.')
    await page('nl', 'Geheim ontwerp', 'geheim-ontwerp', 'Dit zwaluwstaartplan is nog niet gepubliceerd.', 'draft')
    const pdf = await writeDemoPdf({
      title: 'Jaarverslag',
      language: 'nl-BE',
      notice: 'Demonstratiedocument',
      paragraphs: ['Een alinea over de kwartiermakers van het klimaatplan.'],
    })
    const file = await payload.create({
      collection: 'document-files',
      data: { language: 'nl' },
      file: { data: Buffer.from(pdf), mimetype: 'application/pdf', name: 'jaarverslag.pdf', size: pdf.length },
    })
    await payload.create({
      collection: 'documents',
      locale: 'nl',
      data: {
        title: 'Jaarverslag 2025',
        slug: 'jaarverslag-2025',
        kind: 'report',
        date: '2025-06-01T00:00:00.000Z',
        files: [file.id],
        _status: 'published',
      },
    })
    await rebuildSearchIndex(payload)
  },
  { timeout: 60_000 },
)
after(() => instance.close())

describe(`search on ${process.env.BELFORT_TEST_DB === 'postgres' ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('finds other forms of a Dutch word, and ranks a title match above a body match', async () => {
    assert.deepEqual(await titles('besturen', 'nl'), ['Goed bestuur', 'Onze werking'])
  })

  it('finds French forms and ignores accents', async () => {
    assert.deepEqual(await titles('logements', 'fr'), ['Des logements pour tous'])
    assert.deepEqual(await titles('economie', 'fr'), ['Des logements pour tous'])
    assert.deepEqual(await titles('ÉCONOMIE bruxelloise', 'fr'), ['Des logements pour tous'])
  })

  it('searches in the visitor’s language only', async () => {
    assert.deepEqual(await titles('logements', 'nl'), [])
  })

  it('finds words that appear only inside a PDF', async () => {
    const result = await search('kwartiermakers', 'nl')
    assert.deepEqual(
      result.hits.map((hit) => [hit.type, hit.title, hit.url]),
      [['documents', 'Jaarverslag 2025', '/nl/documenten/jaarverslag-2025']],
    )
    assert.deepEqual(result.facets, { documents: 1 })
  })

  it('never finds a draft, and finds it once published; unpublishing removes it again', async () => {
    assert.deepEqual(await titles('zwaluwstaartplan', 'nl'), [])
    const found = await payload.find({ collection: 'pages', where: { slug: { equals: 'geheim-ontwerp' } }, draft: true, locale: 'nl' })
    const id = found.docs[0]!.id
    await payload.update({ collection: 'pages', id, locale: 'nl', data: { _status: 'published' } })
    await reindex(payload, 'pages', id)
    assert.deepEqual(await titles('zwaluwstaartplan', 'nl'), ['Geheim ontwerp'])
    await payload.delete({ collection: 'pages', id })
    await reindex(payload, 'pages', id)
    assert.deepEqual(await titles('zwaluwstaartplan', 'nl'), [])
  })

  it('treats operator characters as text, never as syntax', async () => {
    for (const query of [
      '"bestuur',
      'bestuur*',
      'NEAR(bestuur werking)',
      'title:bestuur',
      '-bestuur',
      'bestuur OR werking',
      "'; DROP TABLE search_entries; --",
      '()',
      '*',
      '""',
    ]) {
      const result = await search(query, 'nl')
      assert.ok(Array.isArray(result.hits), query)
    }
    assert.deepEqual(await titles('title:bestuur', 'nl'), [], 'both words must match; "title" is not a column name here')
    assert.deepEqual(await titles('-bestuur', 'nl'), ['Goed bestuur', 'Onze werking'], 'a minus is not NOT')
  })

  it('filters by type and pages through results', async () => {
    assert.equal((await search('besturen', 'nl', 'documents')).total, 0)
    const first = await searchBackend(payload).search({ text: 'besturen', locale: 'nl', limit: 1, offset: 1 })
    assert.equal(first.total, 2)
    assert.deepEqual(
      first.hits.map((hit) => hit.title),
      ['Onze werking'],
    )
  })
})
