import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createLocalReq } from 'payload'
import { dropOnChange } from '@/server/cache-invalidation'
import { ReadCache } from '@/server/read-cache'
import { lexical } from '@/seed/lexical'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()

/** A read cache following every announced change, and a reader that counts what reaches Payload. */
function cachedReader() {
  const cache = new ReadCache(100)
  const stop = dropOnChange(cache)
  const reader = cache.wrap(payload)
  const missesSoFar = () => cache.stats().misses
  return { cache, reader, stop, missesSoFar }
}

const newsItem = (slug: string) =>
  payload.create({
    collection: 'news',
    locale: 'nl',
    data: {
      title: `Bericht ${slug}`,
      slug,
      summary: 'Samenvatting.',
      body: lexical([{ p: 'Tekst.' }]),
      publishedAt: new Date().toISOString(),
      _status: 'published',
    },
  })

/** A page whose body links to a document: once populated, it shows the document's slug. */
function bodyLinkingTo(documentId: number) {
  const body = lexical([{ p: 'Zie ' }]) as unknown as { root: { children: { children: unknown[] }[] } }
  body.root.children[0]?.children.push({
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { linkType: 'internal', doc: { relationTo: 'documents', value: documentId }, newTab: false },
    children: [{ type: 'text', text: 'het verslag', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  })
  return body
}

describe('the read cache drops what a change touches', () => {
  it('keeps a page when a news item is published, and drops the news list', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Over ons', slug: 'over-ons-tags', _status: 'published' },
    })
    const { cache, reader, stop, missesSoFar } = cachedReader()
    try {
      const readPage = () => reader.findByID({ collection: 'pages', id: page.id, locale: 'nl', depth: 1 })
      const readNews = () => reader.find({ collection: 'news', locale: 'nl', depth: 1, where: { _status: { equals: 'published' } } })
      const before = await readPage()
      const list = await readNews()
      const misses = missesSoFar()
      await newsItem('nieuw-bericht-tags')
      assert.equal(await readPage(), before, 'the page is answered from memory')
      assert.equal(missesSoFar(), misses)
      const listAfter = await readNews()
      assert.notEqual(listAfter, list, 'the news list is read again')
      assert.equal(listAfter.totalDocs, list.totalDocs + 1)
      assert.ok(cache.stats().entries >= 2)
    } finally {
      stop()
    }
  })

  it('drops a page that links to a document when that document changes', async () => {
    const document = await payload.create({
      collection: 'documents',
      locale: 'nl',
      data: { title: 'Jaarverslag', slug: 'jaarverslag-tags', kind: 'report', date: '2026-01-01T00:00:00.000Z', _status: 'published' },
    })
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Verslagen', slug: 'verslagen-tags', body: bodyLinkingTo(document.id) as never, _status: 'published' },
    })
    const { reader, stop } = cachedReader()
    try {
      const linkedSlug = async () => {
        const read = await reader.findByID({ collection: 'pages', id: page.id, locale: 'nl', depth: 1 })
        return JSON.stringify(read.body).includes('jaarverslag-tags-2026') ? 'new' : 'old'
      }
      assert.equal(await linkedSlug(), 'old')
      await payload.update({ collection: 'documents', id: document.id, locale: 'nl', data: { slug: 'jaarverslag-tags-2026' } })
      assert.equal(await linkedSlug(), 'new', 'the page was read again with the document as it is now')
    } finally {
      stop()
    }
  })

  it('drops, after the commit, an answer read while the change was not yet committed', async (t) => {
    if (process.env.BELFORT_TEST_DB !== 'postgres') return t.skip('SQLite writes without transactions')
    const item = await newsItem('in-een-transactie-tags')
    const { reader, stop } = cachedReader()
    try {
      const title = async () => (await reader.findByID({ collection: 'news', id: item.id, locale: 'nl', depth: 0 })).title
      const req = await createLocalReq({}, payload)
      const transaction = await payload.db.beginTransaction()
      assert.ok(transaction)
      req.transactionID = transaction
      await payload.update({ collection: 'news', id: item.id, locale: 'nl', data: { title: 'Nieuwe titel' }, req })
      // Announced by the hook already; a render now still sees the committed row, and keeps it.
      assert.equal(await title(), 'Bericht in-een-transactie-tags')
      await payload.db.commitTransaction(transaction)
      assert.equal(await title(), 'Nieuwe titel', 'the announcement after the commit dropped the old answer')
    } finally {
      stop()
    }
  })
})
