/**
 * The content store's equivalence check (issue 21): every public page rendered from the store is
 * the page rendered through Payload's Local API, byte for byte, on the demo content and again after
 * edits, publications and unpublications (per language and scheduled) and deletions; a rebuild
 * gives the same rows; and a change is in the store before anyone hears of it. The store is
 * strict here: a read it cannot answer as Payload would fails the page instead of going to Payload.
 */
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import Database from 'libsql'
import type { Pool } from 'pg'
import { ContentStore } from '@/content-store/content-store'
import { type OpenedStore, keepContentStoreCurrent, openContentStore, openStoreReader } from '@/content-store/open-store'
import { storeReader } from '@/content-store/store-database'
import { STORE_SCHEMA } from '@/content-store/store-schema.generated'
import { readEnvironment } from '@/environment'
import { postgresDialect, sqliteDialect } from '@/content-store/sql-dialect'
import { SHAPE_SOURCE } from '@/content-store/stored'
import { lexical } from '@/seed/lexical'
import { seedDemoContent } from '@/seed/seed'
import { historyOf, withdrawalAt } from '@/changes/history'
import { NEWS_CARD } from '@/news/queries'
import { createApp } from '@/server/app'
import { lazyPayload } from '@/server/lazy-payload'
import { newsPath, sectionPath } from '@/site/routes'
import { queryKey } from '@/search/best-bets/query-key'
import { countSearchesWith, ownCountWriter } from '@/search/queries/counts'
import { rebuildSearchIndex } from '@/search/service'
import { announceChange, changesAnnounced, onContentChange } from '@/site/invalidation'
import { type CrawledPage, crawl, differences } from '../support/crawl'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()
const ORIGIN = 'https://belfort.test'

let opened: OpenedStore
let stopKeeping: () => void
/** Writes into the store that failed (each change is still announced: the test must look). */
const failedWrites: string[] = []
const servers: Server[] = []
let fromStore = ''
let fromPayload = ''

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Lists with filters and later pages, feeds, the sitemap and the open data, besides what links reach. */
const START = [
  '/nl/',
  '/fr/',
  '/en/',
  '/sitemap.xml',
  '/nl/nieuws/feed.xml',
  '/fr/actualites/feed.xml',
  '/en/news/feed.xml',
  '/nl/documenten?kind=report',
  '/fr/documents?year=2021',
  '/en/documents?language=fr',
  '/nl/documenten?kind=plan&year=2026',
  '/en/documents?page=2',
  '/nl/documenten?kind=nope',
  '/nl/nieuws?page=2',
  '/nl/nieuws?thema=onbestaand',
  '/nl/bestaat-niet',
  '/data/openapi.json',
  '/data/catalog.jsonld',
]

/** What differs between two renders of the same content for reasons of their own (a form's one-time challenge). */
const normalise = (body: string) =>
  body.replace(/data-challenge-(salt|target)="[^"]*"/g, 'data-challenge-$1=""').replace(/(name="challenge" value=")[^"]*"/g, '$1"')

/** Where a crawl starts: START, and the open data files the catalogue lists. */
async function crawlStart(): Promise<string[]> {
  const catalogue = await (await fetch(`${fromPayload}/data/catalog.jsonld`)).text()
  const files = [...new Set([...catalogue.matchAll(/https:\/\/belfort\.test(\/data\/[^"\s]+)/g)].map((match) => match[1]!))].filter(
    (path) => !path.endsWith('.zip'),
  )
  return [...START, ...files]
}

/** Every page both ways, and the open data files the catalogue lists. */
async function crawlBoth(): Promise<{ store: Map<string, CrawledPage>; plain: Map<string, CrawledPage> }> {
  const start = await crawlStart()
  const [store, plain] = [
    await crawl(fromStore, { start, skip: sampledFollowLinks() }),
    await crawl(fromPayload, { start, skip: sampledFollowLinks() }),
  ]
  return { store, plain }
}

/**
 * Every item links to the follow form with itself chosen (`?subject=news:12`): a third of the
 * site's addresses, all one template reading one subject (in each language) the same way. The crawl
 * keeps the first few of each kind of subject per language's form.
 */
function sampledFollowLinks(perKind = 4): (path: string) => boolean {
  const taken = new Map<string, number>()
  return (path) => {
    const url = new URL(path, 'http://crawl.invalid')
    const subject = url.searchParams.get('subject')
    if (subject === null) return false
    const kind = `${url.pathname} ${subject.split(':')[0]}`
    const count = (taken.get(kind) ?? 0) + 1
    taken.set(kind, count)
    return count > perKind
  }
}

function assertSamePages(crawled: { store: Map<string, CrawledPage>; plain: Map<string, CrawledPage> }): void {
  assert.ok(crawled.plain.size > 300, `only ${crawled.plain.size} pages reached`)
  const found = differences(crawled.store, crawled.plain, normalise)
  assert.deepEqual(found.slice(0, 10), [], `${found.length} pages differ`)
  const errors = [...crawled.store].filter(([, page]) => page.status >= 500).map(([path]) => path)
  assert.deepEqual(errors, [])
}

/** The statements the store ran to answer what `read` asks of it (a store-backed Payload). */
async function storeStatements(read: (reader: typeof payload) => Promise<unknown>): Promise<{ sql: string; params: unknown[] }[]> {
  const database = opened.store.database
  const [original, originalFirst] = [database.read.bind(database), database.readFirst.bind(database)]
  const statements: { sql: string; params: unknown[] }[] = []
  database.read = (sql, params) => {
    statements.push({ sql, params })
    return original(sql, params)
  }
  database.readFirst = (sql, params) => {
    statements.push({ sql, params })
    return originalFirst(sql, params)
  }
  try {
    await read(opened.store.wrap(payload))
  } finally {
    database.read = original
    database.readFirst = originalFirst
  }
  return statements
}

/** Asserts that the database reads a statement through `index`, in the index's order (no sort of its own). */
async function assertIndexedInOrder(statement: { sql: string; params: unknown[] }, index: string, why: string): Promise<void> {
  let plan: string
  if (opened.store.database.dialect === sqliteDialect) {
    // On a connection of its own: an EXPLAIN on the store's reading connection left it reading an old snapshot.
    const file = String((payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url).replace(/^file:/, '')
    const connection = new Database(file, { readonly: true })
    try {
      plan = (connection.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(statement.params) as { detail: string }[])
        .map((row) => row.detail)
        .join('; ')
    } finally {
      connection.close()
    }
    assert.match(plan, new RegExp(`USING INDEX ${index}\\b`), plan)
    assert.doesNotMatch(plan, /TEMP B-TREE/, `${why}: ${plan}`)
    return
  }
  const client = await (payload.db as unknown as { pool: Pool }).pool.connect()
  try {
    await client.query('BEGIN')
    // The demo's few rows are cheapest read whole: ask whether the index can give the order at all.
    await client.query('SET LOCAL enable_seqscan = off')
    await client.query('SET LOCAL enable_sort = off')
    const explained = await client.query(`EXPLAIN ${postgresDialect.placeholders(statement.sql)}`, statement.params)
    plan = explained.rows.map((row: Record<string, unknown>) => String(row['QUERY PLAN'])).join('; ')
    await client.query('ROLLBACK')
  } finally {
    client.release()
  }
  assert.match(plan, new RegExp(`${index}\\b`), plan)
  assert.doesNotMatch(plan, /\bSort\b/, `${why}: ${plan}`)
}

/** The store's rows, in a stable order, to compare two fillings. */
async function storeRows(): Promise<string[]> {
  const rows = await opened.store.database.read(
    'SELECT collection, doc_id, locale, fallback, depth, slug, data, card, keys FROM content_store ORDER BY collection, doc_id, locale, fallback, depth',
    [],
  )
  const dependencies = await opened.store.database.read(
    'SELECT tag, collection, doc_id FROM content_store_dependencies ORDER BY collection, doc_id, tag',
    [],
  )
  return [...rows, ...dependencies].map((row) => JSON.stringify(Object.values(row)))
}

describe('the content store', () => {
  before(
    async () => {
      await seedDemoContent(payload)
      opened = openContentStore(payload, { strict: true })
      await opened.writer.rebuild()
      stopKeeping = keepContentStoreCurrent(opened.writer, (message, error) => failedWrites.push(`${message}: ${String(error)}`))
      fromStore = await listen(createApp({ payload, store: opened.store, origin: ORIGIN }))
      fromPayload = await listen(createApp({ payload, origin: ORIGIN }))
    },
    { timeout: 600_000 },
  )

  after(async () => {
    stopKeeping?.()
    for (const server of servers) server.closeAllConnections()
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
    opened?.close()
  })

  it('holds what is published: the start-up check finds no difference', async () => {
    assert.deepEqual(await opened.writer.differences(), [])
  })

  it('renders every public page as the Local API does, in the three languages', { timeout: 600_000 }, async () => {
    assertSamePages(await crawlBoth())
  })

  it('reads a list from the query keys, the newest first through an index (not every item’s document)', async () => {
    let latest: { docs: unknown[] } | undefined
    const statements = await storeStatements(async (reader) => {
      // The home page's latest news (news/queries.ts: findNews).
      latest = await reader.find({
        collection: 'news',
        locale: 'nl',
        fallbackLocale: false,
        where: { 'withdrawal.withdrawn': { not_equals: true } },
        sort: '-publishedAt',
        page: 1,
        limit: 3,
        depth: 1,
        draft: false,
        overrideAccess: false,
      })
    })
    assert.equal(latest?.docs.length, 3)
    const list = statements.find((statement) => /^SELECT data /.test(statement.sql))
    assert.ok(list, `a list read from the store: ${statements.map((s) => s.sql).join(' | ')}`)
    // The conditions and the order read the small keys; the whole document is only returned.
    assert.doesNotMatch(list.sql.replace(/^SELECT data /, ''), /\bdata\b/)
    await assertIndexedInOrder(list, 'content_store_published_at_idx', 'the newest three are the index’s first entries')
  })

  it('reads a list’s cards, not its items’ whole answers, and answers as Payload does', async () => {
    for (const depth of [0, 1]) {
      const args = {
        collection: 'news' as const,
        locale: 'fr' as const,
        fallbackLocale: false as const,
        where: { 'withdrawal.withdrawn': { not_equals: true } },
        sort: '-publishedAt',
        limit: 5,
        depth,
        draft: false,
        overrideAccess: false,
        select: NEWS_CARD,
      }
      let fromStore: unknown
      const statements = await storeStatements(async (reader) => {
        fromStore = await reader.find(args)
      })
      assert.ok(
        statements.some((statement) => /^SELECT coalesce\(card, data\) AS data /.test(statement.sql)),
        statements.map((statement) => statement.sql).join(' | '),
      )
      assert.deepEqual(fromStore, await payload.find(args), `depth ${depth}`)
    }
  })

  it('reads a page’s history and an address’s last change through indexes (not every history row)', async () => {
    const [item] = (await payload.find({ collection: 'news', locale: 'nl', limit: 1, overrideAccess: false, depth: 0 })).docs
    const subject = await storeStatements((reader) => historyOf(reader, `news:${item!.id}`, 'nl'))
    const path = await storeStatements((reader) => withdrawalAt(reader, '/nl/nieuws/bestaat-niet'))
    const [bySubject] = subject.filter((statement) => /subjectKey/.test(statement.sql))
    const [byPath] = path.filter((statement) => /'\$?\.?\{?path/.test(statement.sql))
    assert.ok(bySubject && byPath, [...subject, ...path].map((statement) => statement.sql).join(' | '))
    await assertIndexedInOrder(bySubject, 'content_store_subject_idx', 'a subject’s rows, newest first')
    await assertIndexedInOrder(byPath, 'content_store_path_idx', 'an address’s newest row')
  })

  it('has a change in the store before anyone hears of it', async () => {
    const news = await payload.find({ collection: 'news', locale: 'nl', limit: 1, overrideAccess: false, depth: 0 })
    const item = news.docs[0]!
    const reads: Promise<string>[] = []
    const reader = opened.store.wrap(payload)
    const stop = onContentChange((change) => {
      // Read at the announcement, before any other listener could render: what a purged cache renders next.
      if (change.source === 'news' && change.id === item.id && !change.uncommitted)
        reads.push(
          reader
            .findByID({ collection: 'news', id: item.id, locale: 'nl', fallbackLocale: false, depth: 0, overrideAccess: false })
            .then((doc) => doc.title),
        )
    })
    try {
      await payload.update({ collection: 'news', id: item.id, locale: 'nl', data: { title: 'Nieuwe titel in de store' } })
      await changesAnnounced()
    } finally {
      stop()
    }
    const seen = await Promise.all(reads)
    assert.ok(seen.length > 0, 'the change was announced')
    assert.deepEqual(new Set(seen), new Set(['Nieuwe titel in de store']))
  })

  it('answers a page’s history from the store, with the row its publication just wrote', async () => {
    const news = await payload.find({ collection: 'news', locale: 'nl', limit: 1, overrideAccess: false, depth: 0 })
    const item = news.docs[0]!
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'nl',
      data: {
        summary: `${item.summary} Bijgewerkt.`,
        _status: 'published',
        changeKind: 'major',
        changeNoteNl: 'Samenvatting aangevuld.',
      } as never,
    })
    await changesAnnounced()
    const throughPayload: string[] = []
    // What reaches Payload from the store's reader: its reads of anything but `find` pass as they are.
    const watched = new Proxy(payload, {
      get: (target, key) =>
        key === 'find'
          ? (args: { collection: string }) => {
              throughPayload.push(args.collection)
              return target.find(args as never)
            }
          : Reflect.get(target, key),
    })
    const reader = opened.store.wrap(watched)
    const history = await reader.find({
      collection: 'content-changes',
      where: { and: [{ subjectKey: { equals: `news:${item.id}` } }, { language: { equals: 'nl' } }] },
      sort: '-at',
      limit: 200,
      depth: 0,
      overrideAccess: true,
    })
    assert.equal(history.docs[0]?.note, 'Samenvatting aangevuld.')
    // A visitor's own read of the history is not the store's to answer: Payload refuses it.
    await reader.find({ collection: 'content-changes', depth: 0, overrideAccess: false }).catch(() => undefined)
    assert.deepEqual(throughPayload, ['content-changes'])
  })

  it('leaves a change from another instance to that instance: a reconnect does not rebuild the store', async () => {
    const writes: unknown[] = []
    const write = opened.store.database.write.bind(opened.store.database)
    opened.store.database.write = async (statements) => {
      writes.push(statements)
      return write(statements)
    }
    try {
      announceChange({ source: 'cluster', kind: 'everything', remote: true })
      announceChange({ source: 'news', kind: 'collection', id: 1, remote: true })
      await changesAnnounced()
    } finally {
      opened.store.database.write = write
    }
    assert.deepEqual(writes, [])
  })

  it('renders the same pages after edits, publications, unpublications and deletions', { timeout: 900_000 }, async () => {
    // A new item published in Dutch, then in French: per-language publication.
    const created = await payload.create({
      collection: 'news',
      locale: 'nl',
      data: {
        title: 'Nieuw in de store',
        slug: 'nieuw-in-de-store',
        summary: 'Kort.',
        body: lexical([{ p: 'Tekst.' }]),
        publishedAt: new Date().toISOString(),
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'news',
      id: created.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Nouveau dans le store', slug: 'nouveau-dans-le-store', summary: 'Court.', _status: 'draft' },
    })
    await payload.update({ collection: 'news', id: created.id, locale: 'fr', data: { _status: 'published' } })
    // A draft scheduled to go live, published by the jobs queue.
    const scheduled = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: {
        title: 'Gepland bericht',
        slug: 'gepland-store',
        summary: 'Gepland.',
        publishedAt: new Date().toISOString(),
        _status: 'draft',
      },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', locale: 'nl', doc: { relationTo: 'news', value: scheduled.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    // A theme renamed: every news item that shows it is projected again.
    const theme = (await payload.find({ collection: 'themes', locale: 'nl', limit: 1, depth: 0 })).docs[0]!
    await payload.update({ collection: 'themes', id: theme.id, locale: 'nl', data: { name: `${theme.name} (hernoemd)` } })
    // An administration renamed, a page edited, a news item unpublished, another deleted.
    const administration = (await payload.find({ collection: 'administrations', locale: 'fr', limit: 1, depth: 0 })).docs[0]!
    await payload.update({
      collection: 'administrations',
      id: administration.id,
      locale: 'fr',
      data: { name: `${administration.name} (nouveau nom)` },
    })
    const page = (await payload.find({ collection: 'pages', locale: 'en', limit: 1, depth: 0, overrideAccess: false })).docs[0]!
    await payload.update({ collection: 'pages', id: page.id, locale: 'en', data: { title: `${page.title} (edited)` } })
    const news = await payload.find({ collection: 'news', locale: 'nl', sort: 'publishedAt', limit: 2, depth: 0, overrideAccess: false })
    const [unpublished, deleted] = news.docs
    await payload.update({ collection: 'news', id: unpublished!.id, locale: 'nl', data: { _status: 'draft' } })
    await payload.delete({ collection: 'news', id: deleted!.id })
    await payload.delete({ collection: 'news', id: created.id })
    await changesAnnounced()

    assert.deepEqual(failedWrites, [])
    assert.deepEqual(await opened.writer.differences(), [])
    assertSamePages(await crawlBoth())
  })

  it('finds rows stored before the query keys (an upgrade) and rebuilds them', { timeout: 300_000 }, async () => {
    await changesAnnounced()
    await opened.store.database.write([{ sql: "UPDATE content_store SET keys = NULL WHERE collection = 'news'", params: [] }])
    const found = await opened.writer.differences()
    assert.ok(
      found.some((difference) => /rows without their query keys/.test(difference)),
      found.join('; '),
    )
    assert.equal(await opened.writer.filled(), false, 'a public-only instance waits for the rebuild')
    await opened.writer.rebuild()
    assert.deepEqual(await opened.writer.differences(), [])
    assert.equal(await opened.writer.filled(), true)
  })

  it('holds a linked page, service or administration without its texts: a link shows its title and address', async () => {
    const rows = await opened.store.database.read(
      "SELECT data FROM content_store WHERE collection IN ('global:home', 'global:site-settings', 'news') AND depth = 1 AND locale = 'nl' AND fallback = ''",
      [],
    )
    const linked: Record<string, unknown>[] = []
    for (const row of rows) {
      const doc = JSON.parse(String(row.data)) as Record<string, unknown>
      const home = doc as { featuredPages?: unknown[]; lifeSituations?: { service?: unknown }[] }
      linked.push(...((home.featuredPages ?? []) as Record<string, unknown>[]))
      linked.push(...(home.lifeSituations ?? []).map((card) => card.service as Record<string, unknown>))
      linked.push(doc.privacyPage as Record<string, unknown>, doc.administration as Record<string, unknown>)
    }
    const shown = linked.filter((doc) => doc && typeof doc === 'object')
    assert.ok(shown.length >= 5, `the demo links pages, services and administrations: ${shown.length}`)
    for (const doc of shown) {
      assert.ok(doc.slug, `a linked document keeps its address: ${JSON.stringify(doc).slice(0, 200)}`)
      for (const text of ['body', 'eligibility', 'requirements', 'translation'])
        assert.equal(doc[text], undefined, `${text} of ${doc.slug}`)
    }
  })

  it('holds no administration’s notification address: visitors do not read it, in any row at any depth', async () => {
    const administrations = await payload.find({ collection: 'administrations', depth: 0, limit: 0, overrideAccess: true })
    const addresses = administrations.docs.map((doc) => doc.notificationEmail).filter((address): address is string => Boolean(address))
    assert.ok(addresses.length > 0, 'the demo gives administrations notification addresses')
    const rows = await opened.store.database.read('SELECT collection, doc_id, data FROM content_store', [])
    const holding = rows.filter((row) => addresses.some((address) => String(row.data).includes(address)))
    assert.deepEqual(
      holding.map((row) => `${String(row.collection)} ${String(row.doc_id)}`),
      [],
    )
    const visitors = await payload.find({
      collection: 'news',
      depth: 1,
      limit: 1,
      overrideAccess: false,
      where: { administration: { exists: true } },
    })
    const linked = visitors.docs[0]?.administration
    assert.ok(linked && typeof linked === 'object', 'a news item shows its administration')
    assert.equal(linked.notificationEmail, undefined, 'nor through a linking document')
  })

  it('finds rows of another shape, or unmarked ones (an upgrade), and rebuilds them', { timeout: 300_000 }, async () => {
    await changesAnnounced()
    await opened.store.database.write([{ sql: "UPDATE content_store SET data = '1' WHERE collection = ?", params: [SHAPE_SOURCE] }])
    assert.ok((await opened.writer.differences()).some((found) => /rows of shape 1, this version writes shape \d+/.test(found)))
    await opened.store.database.write([{ sql: 'DELETE FROM content_store WHERE collection = ?', params: [SHAPE_SOURCE] }])
    assert.ok((await opened.writer.differences()).some((found) => /rows of shape unmarked/.test(found)))
    await opened.writer.markShapeIfEmpty()
    assert.ok(
      (await opened.writer.differences()).some((found) => /unmarked/.test(found)),
      'a store holding rows is not marked without a rebuild',
    )
    await opened.writer.rebuild()
    assert.deepEqual(await opened.writer.differences(), [])
  })

  it('reads the same on connections of its own, opened from the environment alone, and never writes there', async () => {
    await changesAnnounced()
    const reader = await storeReader(readEnvironment())
    try {
      const rows =
        'SELECT collection, doc_id, locale, fallback, depth, data FROM content_store ORDER BY collection, doc_id, locale, fallback, depth'
      assert.deepEqual(await reader.read(rows, []), await opened.store.database.read(rows, []))
      await assert.rejects(reader.write([{ sql: 'DELETE FROM content_store', params: [] }]), /only reads/)
      const fromReader = await listen(
        createApp({ payload, store: new ContentStore(payload, reader, STORE_SCHEMA, { strict: true }), origin: ORIGIN }),
      )
      for (const page of ['/nl/', '/fr/actualites', '/en/documents?page=2', '/nl/opvolging', '/sitemap.xml']) {
        const [own, shared] = await Promise.all([fetch(fromReader + page), fetch(fromStore + page)])
        assert.equal(own.status, shared.status, page)
        assert.equal(normalise(await own.text()), normalise(await shared.text()), page)
      }
    } finally {
      reader.close()
    }
  })

  it('answers every page a crawl reaches, the open data, a 404, an old address, a PDF and a search without loading Payload', {
    timeout: 300_000,
  }, async () => {
    // An old address: a published news item's slug changed, which leaves a redirect.
    const { docs } = await payload.find({ collection: 'news', locale: 'nl', limit: 1, overrideAccess: false })
    const renamed = docs[0]!
    await payload.update({
      collection: 'news',
      id: renamed.id,
      locale: 'nl',
      data: { slug: `${renamed.slug}-hernoemd`, _status: 'published' },
    })
    await changesAnnounced()
    const reasons: string[] = []
    const lazy = lazyPayload(async (reason) => {
      reasons.push(reason)
      return payload
    })
    const reader = await openStoreReader(lazy.payload, readEnvironment(), { strict: true })
    try {
      const unloaded = await listen(createApp({ payload: lazy.payload, store: reader.store, origin: ORIGIN, loadPayload: lazy.load }))
      const pages = [
        '/nl/',
        '/fr/actualites',
        newsPath(`${renamed.slug}-hernoemd`, 'nl'),
        '/en/services',
        '/nl/administraties',
        '/nl/contact',
      ]
      const tracker = [
        '/nl/opvolging',
        '/fr/suivi/2021/1.1.1.1',
        '/en/follow-up/indicators',
        '/nl/opvolging/partners',
        '/en/follow-up/corrections',
      ]
      const more = [
        '/nl/documenten',
        '/fr/documents?year=2021',
        '/nl/nieuws/feed.xml',
        '/sitemap.xml',
        '/data/openapi.json',
        '/data/catalog.jsonld',
        '/data/v1/rounds.csv',
        '/data/v1/plans/2021.zip',
        '/nl/niet-hier',
      ]
      for (const page of [...pages, ...tracker, ...more, newsPath(renamed.slug, 'nl')]) {
        const [own, shared] = await Promise.all([
          fetch(unloaded + page, { redirect: 'manual' }),
          fetch(fromStore + page, { redirect: 'manual' }),
        ])
        assert.equal(own.status, shared.status, page)
        assert.equal(own.headers.get('location'), shared.headers.get('location'), page)
        assert.equal(normalise(await own.text()), normalise(await shared.text()), page)
        assert.deepEqual(reasons, [], `${page} was answered without loading Payload`)
      }
      const old = await fetch(unloaded + newsPath(renamed.slug, 'nl'), { redirect: 'manual' })
      assert.equal(old.status, 301, 'the old address leads to the new one')
      assert.equal(old.headers.get('location'), newsPath(`${renamed.slug}-hernoemd`, 'nl'))
      // A document's PDF, whole and a range of it (a reader fetching pages as it goes).
      const library = await (await fetch(`${unloaded}/nl/documenten`)).text()
      const documentPage = library.match(/href="(\/nl\/documenten\/[^"?]+)"/)?.[1]
      const pdf = (await (await fetch(unloaded + documentPage)).text()).match(/href="([^"]+\.pdf)"/)?.[1]
      assert.ok(pdf, `a PDF on ${documentPage}`)
      for (const headers of [{}, { range: 'bytes=0-99' }] as Record<string, string>[]) {
        const [file, sameFile]: [Response, Response] = await Promise.all([
          fetch(unloaded + pdf, { headers }),
          fetch(fromStore + pdf, { headers }),
        ])
        assert.equal(file.status, headers.range ? 206 : 200, pdf)
        assert.equal(file.status, sameFile.status, pdf)
        assert.deepEqual(Buffer.from(await file.arrayBuffer()), Buffer.from(await sameFile.arrayBuffer()), pdf)
      }
      assert.deepEqual(reasons, [], 'a PDF is sent without loading Payload')
      // Every page a visitor reaches from the home pages, the feeds, the sitemap and the open data.
      const reached = await crawl(unloaded, { start: await crawlStart(), skip: sampledFollowLinks() })
      assert.ok(reached.size > 300, `only ${reached.size} pages reached`)
      assert.deepEqual(
        [...reached].filter(([, page]) => page.status >= 500).map(([path]) => path),
        [],
      )
      assert.deepEqual(reasons, [], 'every page the crawl reaches is answered without loading Payload')
      // A search, with what editors keep (a synonym group of the demo, a best bet), a spelling
      // suggestion, a type, a later page and the lines under plan items and indicators: read on the
      // store's connections, with the visitors' counts written on a connection of the instance's own.
      const { docs: services } = await payload.find({ collection: 'services', locale: 'nl', limit: 1, overrideAccess: false })
      await payload.create({
        collection: 'search-best-bets',
        data: { query: 'premie aanvragen', language: 'nl', results: [{ relationTo: 'services', value: services[0]!.id }] },
        overrideAccess: true,
      })
      await changesAnnounced()
      await rebuildSearchIndex(payload)
      const counts = await ownCountWriter(readEnvironment())
      const stopCounting = countSearchesWith(counts.write)
      try {
        const searches = [
          `${sectionPath('search', 'nl')}?q=premie+aanvragen`,
          `${sectionPath('search', 'nl')}?q=werkzoekenden`,
          `${sectionPath('search', 'nl')}?q=brusel`,
          `${sectionPath('search', 'nl')}?q=brussel&page=2`,
          `${sectionPath('search', 'fr')}?q=mesure&type=plan-items`,
          `${sectionPath('search', 'en')}?q=employment+rate`,
        ]
        for (const search of searches) {
          const [own, shared, plain] = await Promise.all([fetch(unloaded + search), fetch(fromStore + search), fetch(fromPayload + search)])
          assert.equal(own.status, 200, search)
          const page = normalise(await own.text())
          // A misspelling finds nothing and is offered the word it missed; the others find something.
          const found = search.includes('brusel') ? /class="search-suggestion"/ : /<ol class="search-results"[^>]*>\s*<li/
          assert.match(page, found, `${search} finds something, or offers a word that does`)
          assert.equal(page, normalise(await shared.text()), search)
          assert.equal(page, normalise(await plain.text()), `${search}: the store's connection reads what Payload's does`)
        }
        assert.ok((await (await fetch(unloaded + searches[0])).text()).includes(`/${services[0]!.slug}"`), 'the best bet is shown')
        assert.deepEqual(reasons, [], 'a search is answered without loading Payload')
      } finally {
        await stopCounting()
        counts.close()
      }
      const counted = await payload.find({
        collection: 'search-query-counts',
        where: { queryKey: { equals: queryKey('premie aanvragen', 'nl') } },
        overrideAccess: true,
      })
      assert.ok((counted.docs[0]?.searches ?? 0) >= 1, 'the search was counted')
    } finally {
      reader.close()
    }
  })

  it('gives the same rows when rebuilt', { timeout: 300_000 }, async () => {
    await changesAnnounced()
    const kept = await storeRows()
    await opened.writer.rebuild()
    const rebuilt = await storeRows()
    assert.equal(rebuilt.length, kept.length)
    assert.deepEqual(
      rebuilt.filter((row, index) => row !== kept[index]).slice(0, 3),
      [],
      'the rows kept up to date change by change are the rows of a rebuild',
    )
  })
})
