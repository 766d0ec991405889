/**
 * News in Chromium: article pages with axe in three languages (with and without JavaScript),
 * withdrawn and per-language items, Atom feeds and the sitemap parsed by the browser's XML parser
 * with every listed URL answering 200, JSON-LD, bad query strings, and a publish that shows on the
 * public site within a second.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { checkPublicPage, urlProbe } from '../support/checks'
import { launchBrowser } from '../support/chromium'
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type Belfort } from '../support/server'
import { LANGUAGES, TEMPLATES } from '../support/site'

let server: Belfort
let browser: Browser
let context: BrowserContext
let page: Page
const probe = urlProbe()
const INDEX = TEMPLATES.news

before(
  async () => {
    ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
    context = await browser.newContext()
    page = await context.newPage()
  },
  { timeout: 180_000 },
)

after(async () => {
  await context?.close().catch(() => undefined)
  await browser?.close().catch(() => undefined)
  await server?.stop()
})

async function articleLinks(language: (typeof LANGUAGES)[number]): Promise<string[]> {
  await page.goto(server.url + INDEX[language])
  const prefix = `${INDEX[language]}/`
  return page.$$eval(
    'main .news-list a[href]',
    (links, prefix) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname).filter((p) => p.startsWith(prefix)),
    prefix,
  )
}

interface ParsedAtom {
  kind: 'atom'
  ns: string | null
  feed: { id: string[]; title: string[]; updated: string[]; self: number }
  entries: { id: string[]; title: string[]; updated: string[]; links: string[] }[]
}
interface ParsedSitemap {
  kind: 'sitemap'
  ns: string | null
  urls: { loc: string; alternates: { hreflang: string | null; href: string | null }[] }[]
}

/**
 * Runs in the browser. Kept as plain JavaScript text: the TypeScript loader would wrap named
 * functions in helpers that do not exist in the page.
 */
const XML_PARSER = `(text) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length > 0) return null
  const root = doc.documentElement
  const children = (parent, name) => Array.from(parent.children).filter((c) => c.localName === name)
  const texts = (parent, name) => children(parent, name).map((c) => c.textContent || '')
  if (root.localName === 'feed') {
    return {
      kind: 'atom',
      ns: root.namespaceURI,
      feed: { id: texts(root, 'id'), title: texts(root, 'title'), updated: texts(root, 'updated'), self: children(root, 'link').filter((l) => l.getAttribute('rel') === 'self').length },
      entries: children(root, 'entry').map((e) => ({ id: texts(e, 'id'), title: texts(e, 'title'), updated: texts(e, 'updated'), links: children(e, 'link').map((l) => l.getAttribute('href') || '') })),
    }
  }
  const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9'
  return {
    kind: 'sitemap',
    ns: root.namespaceURI,
    urls: Array.from(doc.getElementsByTagNameNS(SM, 'url')).map((u) => ({
      loc: (u.getElementsByTagNameNS(SM, 'loc')[0] || {}).textContent || '',
      alternates: Array.from(u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')).map((l) => ({ hreflang: l.getAttribute('hreflang'), href: l.getAttribute('href') })),
    })),
  }
}`

/** Parses XML with Chromium's own parser; returns null when it is not well-formed. */
async function parseXml(xml: string): Promise<ParsedAtom | ParsedSitemap | null> {
  return page.evaluate(`(${XML_PARSER})(${JSON.stringify(xml)})`) as Promise<ParsedAtom | ParsedSitemap | null>
}

const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, server.url)

describe('news pages', () => {
  for (const language of LANGUAGES) {
    it(`articles in ${language} pass the public-page contract`, { timeout: 120_000 }, async () => {
      const links = await articleLinks(language)
      assert.ok(links.length >= 10, `expected a full first page of news in ${language}, got ${links.length}`)
      for (const path of links.slice(0, language === 'nl' ? 4 : 2)) {
        const problems = await checkPublicPage({ context, serverUrl: server.url, path, template: 'newsArticle', language, probe })
        assert.deepEqual(problems, [], `${path}\n${problems.join('\n')}`)
      }
    })
  }

  it('pages through the index with stable URLs and refuses bad page numbers', async () => {
    const second = await fetch(`${server.url}${INDEX.nl}?page=2`)
    assert.equal(second.status, 200)
    assert.match(await second.text(), /aria-current="page">2</)
    for (const [query, status] of [
      ['page=abc', 400],
      ['page=0', 400],
      ['page=-1', 400],
      ['page=1.5', 400],
      ['page=999', 404],
      ['theme=bestaat-niet', 400],
      ['audience=%3Cscript%3E', 400],
    ] as const) {
      const response = await fetch(`${server.url}${INDEX.nl}?${query}`)
      const body = await response.text()
      assert.equal(response.status, status, query)
      assert.match(body, /<html lang="nl"/)
      assert.doesNotMatch(body, /<script>|\bat \w+ \(|Error:/, `${query} leaks markup or a stack trace`)
    }
    const french = await (await fetch(`${server.url}${INDEX.fr}?theme=inconnu`)).text()
    assert.match(french, /Nous ne connaissons pas/)
  })

  it('keeps a withdrawn item reachable with its notice and reason', async () => {
    let href: string | undefined
    for (let p = 1; p <= 2 && !href; p++) {
      const html = await (await fetch(`${server.url}${INDEX.en}?page=${p}`)).text()
      const items = html.split('<li class="news-item">').slice(1)
      href = items.find((item) => item.includes('class="tag">Withdrawn<'))?.match(/href="([^"]+)"/)?.[1]
    }
    assert.ok(href, 'the index marks a withdrawn item')
    const article = await fetch(server.url + href)
    assert.equal(article.status, 200)
    assert.match(await article.text(), /This news item has been withdrawn/)
  })

  it('publishes in Dutch and French before English', async () => {
    const nlLinks = new Set<string>()
    for (let p = 1; p <= 2; p++) {
      const body = await (await fetch(`${server.url}${INDEX.nl}?page=${p}`)).text()
      for (const m of body.matchAll(/href="(\/nl\/nieuws\/[^"]+)"/g)) nlLinks.add(m[1]!)
    }
    let missingInEnglish = 0
    for (const path of nlLinks) {
      const html = await (await fetch(server.url + path)).text()
      const en = html.match(/<a href="([^"]+)" hreflang="en"/)?.[1]
      if (en === INDEX.en) missingInEnglish++
    }
    assert.equal(missingInEnglish, 1, 'one Dutch article has no English version yet, and its switcher goes to the English index')
  })

  it('puts parseable JSON-LD on articles, home and about pages', async () => {
    const [article] = await articleLinks('fr')
    const types = async (path: string) => {
      const html = await (await fetch(server.url + path)).text()
      return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
        (m) => (JSON.parse(m[1]!) as { '@type': string })['@type'],
      )
    }
    assert.deepEqual((await types(article!)).sort(), ['BreadcrumbList', 'NewsArticle'])
    assert.ok((await types('/nl/')).includes('GovernmentOrganization'))
    assert.ok((await types('/en/about')).includes('GovernmentOrganization'))
  })
})

describe('feeds and sitemap', () => {
  for (const language of LANGUAGES) {
    it(`the ${language} Atom feed is well-formed Atom and every entry answers 200`, { timeout: 60_000 }, async () => {
      const html = await (await fetch(server.url + INDEX[language])).text()
      const feedHref = html.match(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)"/)?.[1]
      assert.ok(feedHref, 'pages link their feed')
      const response = await fetch(server.url + feedHref)
      assert.equal(response.status, 200)
      assert.match(response.headers.get('content-type') ?? '', /application\/atom\+xml/)
      const parsed = await parseXml(await response.text())
      assert.ok(parsed && parsed.kind === 'atom', 'well-formed Atom')
      assert.equal(parsed.ns, 'http://www.w3.org/2005/Atom')
      assert.equal(parsed.feed.id.length, 1)
      assert.equal(parsed.feed.title.length, 1)
      assert.ok(!Number.isNaN(Date.parse(parsed.feed.updated[0] ?? '')))
      assert.equal(parsed.feed.self, 1)
      assert.ok(parsed.entries.length >= 10)
      assert.equal(new Set(parsed.entries.map((e) => e.id[0])).size, parsed.entries.length, 'entry ids are unique')
      for (const entry of parsed.entries) {
        assert.equal(entry.id.length, 1)
        assert.equal(entry.title.length, 1)
        assert.ok(!Number.isNaN(Date.parse(entry.updated[0] ?? '')))
        const status = (await probe(local(entry.links[0]!))).status
        assert.equal(status, 200, entry.links[0])
      }
    })
  }

  it('a theme feed lists only that theme; an unknown theme is 404', async () => {
    const article = (await articleLinks('nl'))[0]!
    const html = await (await fetch(server.url + article)).text()
    const themeFeed = [...html.matchAll(/type="application\/atom\+xml" title="[^"]*" href="([^"]+\/feed\/[^"]+\.xml)"/g)].map(
      (m) => m[1],
    )[0]
    assert.ok(themeFeed)
    const parsed = await parseXml(await (await fetch(server.url + themeFeed)).text())
    assert.ok(parsed && parsed.kind === 'atom' && parsed.entries.length >= 1)
    assert.equal((await fetch(`${server.url}${INDEX.nl}/feed/bestaat-niet.xml`)).status, 404)
  })

  it('the sitemap lists every page with hreflang alternates, and each URL answers 200', { timeout: 120_000 }, async () => {
    const robots = await (await fetch(`${server.url}/robots.txt`)).text()
    assert.match(robots, /Sitemap: .*\/sitemap\.xml/)
    const parsed = await parseXml(await (await fetch(`${server.url}/sitemap.xml`)).text())
    assert.ok(parsed && parsed.kind === 'sitemap')
    assert.ok(parsed.urls.length > 60, `only ${parsed.urls.length} URLs`)
    for (const url of parsed.urls) {
      assert.equal((await probe(local(url.loc))).status, 200, url.loc)
      assert.ok(
        url.alternates.some((a) => a.href === url.loc),
        `${url.loc} lists itself among its alternates`,
      )
      for (const alternate of url.alternates) assert.equal((await probe(local(alternate.href!))).status, 200, alternate.href!)
    }
  })
})

describe('publishing', () => {
  it('a published change is on the public page within a second', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const [path] = await articleLinks('nl')
    const slug = path!.split('/').pop()!
    const { docs } = (await (await fetch(`${server.url}/api/news?where[slug][equals]=${slug}&locale=nl`, { headers })).json()) as {
      docs: { id: number }[]
    }
    await fetch(server.url + path) // now cached
    await fetch(server.url + INDEX.nl)
    const title = `Bijgewerkte titel ${Date.now()}`
    const response = await fetch(`${server.url}/api/news/${docs[0]!.id}?locale=nl`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    assert.equal(response.status, 200)
    // A second from the moment the publication is done (the save's own time is not the cache's).
    const started = Date.now()
    for (const target of [path!, INDEX.nl, '/nl/']) {
      let seen = false
      while (!seen && Date.now() - started < 1000) {
        seen = (await (await fetch(server.url + target)).text()).includes(title)
        if (!seen) await new Promise((resolve) => setTimeout(resolve, 25))
      }
      assert.ok(seen, `${target} did not show the new title within a second`)
    }
    const unpublish = await fetch(`${server.url}/api/news/${docs[0]!.id}?locale=nl`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ _status: 'draft', unpublishReason: 'outdated' }),
    })
    assert.equal(unpublish.status, 200)
    const gone = await fetch(server.url + path)
    assert.equal(gone.status, 410, 'an unpublished item is gone at once, and says so')
  })
})
