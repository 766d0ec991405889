/**
 * Site search over HTTP: a change is searchable within a second of being published, bad queries
 * get a clear localized answer, never a 500 or a database error, and the follow-up, the partners
 * and the missions are found with a line that says what each result is (axe on those results in
 * nl, fr and en). What editors keep: the demo's synonyms, and a best bet with a spelling
 * suggestion on one results page per language, checked with axe in Chromium.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { searchCurationMessages } from '@/search/messages'
import { sectionPath } from '@/site/routes'
import { STATUS_LABELS } from '@/tracker/collections/statuses'
import { formatViolations, runAxe } from '../support/axe'
import { launchBrowser } from '../support/chromium'
import { leaks } from '../support/http'
import { ROOT } from '../support/server'
import { adminApiForThisFile, serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile()
const api = adminApiForThisFile(server)

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(server.url + path)
  return { status: response.status, body: await response.text() }
}

describe('search', () => {
  it('finds a page within a second of its publication, and loses it when it is unpublished', { timeout: 30_000 }, async () => {
    const created = await api('/api/pages?locale=fr', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Le plan des pigeonniers',
        slug: 'pigeonniers',
        summary: 'Un plan pour les pigeonniers de la Région.',
        _status: 'published',
      }),
    })
    const text = await created.text()
    assert.equal(created.status, 201, text)
    const { doc } = JSON.parse(text) as { doc: { id: number } }
    const started = Date.now()
    let found = false
    while (!found && Date.now() - started < 1000) {
      found = (await get('/fr/recherche?q=pigeonnier')).body.includes('/fr/pigeonniers')
      if (!found) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    assert.ok(found, 'searchable within a second')
    await api(`/api/pages/${doc.id}?locale=fr`, {
      method: 'PATCH',
      body: JSON.stringify({ _status: 'draft', unpublishReason: 'outdated' }),
    })
    await new Promise((resolve) => setTimeout(resolve, 600))
    assert.ok(!(await get('/fr/recherche?q=pigeonnier')).body.includes('/fr/pigeonniers'), 'a draft is not found')
  })

  it('links a later page to the same search in the other languages, from their first page', async () => {
    const { status, body } = await get('/nl/zoeken?q=brussel&page=2')
    assert.equal(status, 200)
    const others = [...body.matchAll(/href="(\/(?:fr\/recherche|en\/search)[^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'))
    assert.ok(others.some((path) => path.startsWith('/fr/')) && others.some((path) => path.startsWith('/en/')), body.slice(0, 300))
    for (const path of others) {
      assert.doesNotMatch(path, /[?&]page=/, path)
      assert.equal((await get(path)).status, 200, path)
    }
  })

  it('marks the matching words and links to each result', async () => {
    const { status, body } = await get('/nl/zoeken?q=besturen')
    assert.equal(status, 200)
    assert.match(body, /<mark>[^<]*[Bb]estu/)
    assert.match(body, /href="\/nl\/administraties\/[^"]+"/)
  })

  it('names its two search landmarks (the site’s and the page’s) differently, in each language', async () => {
    for (const path of ['/nl/zoeken?q=plan', '/fr/recherche?q=plan', '/en/search?q=plan']) {
      const { body } = await get(path)
      const names = [...body.matchAll(/<form[^>]*role="search"[^>]*aria-label="([^"]+)"/g)].map((match) => match[1])
      assert.equal(names.length, 2, path)
      assert.equal(new Set(names).size, 2, `${path}: ${names.join(' / ')}`)
    }
  })
})

describe('bad queries', () => {
  it('answers an empty query with the form and a hint', async () => {
    for (const path of ['/en/search', '/en/search?q=', '/en/search?q=%20%20', '/en/search?q=***']) {
      const { status, body } = await get(path)
      assert.equal(status, 200, path)
      assert.ok(body.includes('Type one or more words to search.'), path)
    }
  })

  it('treats operator characters as words', async () => {
    for (const q of ['"', '*', 'NEAR(a b)', 'title:plan', '-plan', 'plan OR', "'; DROP TABLE search_entries; --", '\\', '%', '(', 'AND']) {
      const { status, body } = await get(`/nl/zoeken?q=${encodeURIComponent(q)}`)
      assert.equal(status, 200, q)
      assert.deepEqual(leaks(body, ROOT), [], q)
    }
  })

  it('refuses a very long query, an unknown type and a bad page in the visitor’s language; a page past the end is 404', async () => {
    const long = await get(`/fr/recherche?q=${'mot '.repeat(60)}`)
    assert.equal(long.status, 400)
    assert.ok(long.body.includes('Votre recherche est trop longue'))
    const type = await get('/nl/zoeken?q=plan&type=recepten')
    assert.equal(type.status, 400)
    assert.ok(type.body.includes('Het soort resultaat “recepten” bestaat niet.'))
    assert.equal((await get('/en/search?q=plan&page=zero')).status, 400)
    assert.equal((await get('/en/search?q=plan&page=500')).status, 404)
  })
})

describe('everything a visitor can reach', () => {
  let browser: Browser | undefined
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close().catch(() => undefined)
  })

  const statuses = (locale: 'nl' | 'fr' | 'en') =>
    Object.values(STATUS_LABELS)
      .map((label) => label[locale])
      .join('|')
  /** What each result says it is, in the order shown, by the address it links to. */
  const results = (body: string) =>
    new Map(
      [...body.matchAll(/<li>\s*<h3>\s*<a href="([^"]+)">[\s\S]*?<p class="meta">([\s\S]*?)<\/p>/g)].map((match) => [
        match[1] ?? '',
        (match[2] ?? '')
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      ]),
    )

  for (const { path, link, line, facet } of [
    {
      path: '/nl/zoeken?q=werkloosheid',
      link: '/nl/opvolging/indicatoren/werkloosheidsgraad',
      line: /^Indicator · Laatste waarde: [\d,]+\s?% \(20\d\d\)$/,
      facet: 'Indicatoren (',
    },
    {
      path: '/fr/recherche?q=1.1.1.1',
      link: '/fr/suivi/2021/1.1.1.1',
      line: new RegExp(`^Mesure · Go4Brussels 2030, mise à jour après la crise du coronavirus · (${statuses('fr')})$`),
      facet: 'Objectifs et mesures (',
    },
    { path: '/en/search?q=Actiris', link: '/en/follow-up/partners/actiris', line: /^Partner · Public body$/, facet: 'Partners (' },
  ]) {
    it(`shows the follow-up's results with what each is, under their facet, and axe passes: ${path}`, { timeout: 60_000 }, async () => {
      assert.ok(browser)
      const page = await browser.newPage()
      try {
        const response = await page.goto(server.url + path)
        assert.equal(response?.status(), 200)
        const body = await page.content()
        assert.match(results(body).get(link) ?? '(no result)', line, path)
        if (path.includes('1.1.1.1')) assert.equal([...results(body).keys()][0], link, 'the item with that code comes first')
        assert.ok(body.includes(facet), `${path}: the facet ${facet}`)
        const violations = await runAxe(page)
        assert.equal(violations.length, 0, formatViolations(violations, path))
      } finally {
        await page.close()
      }
    })
  }

  it('finds the missions, the Social Summits and a measure by the parts of a compound', async () => {
    const mission = results((await get('/en/search?q=sustainable+economy&type=missions')).body)
    assert.deepEqual([...mission.values()], ['Mission · Brussels Economy and Employment'])
    assert.match([...mission.keys()][0] ?? '', /^\/en\/missions#mission-\d+$/)
    const summit = results((await get('/nl/zoeken?q=Sociale+Top+2025&type=social-summits')).body)
    assert.equal(summit.get('/nl/opvolging/sociale-top/2025'), 'Sociale Top · 2025')
    const measure = results((await get('/nl/zoeken?q=energierenovatie')).body)
    assert.match(
      measure.get('/nl/opvolging/2021/1.1.1.1') ?? '',
      new RegExp(`^Maatregel · Go4Brussels 2030, bijgewerkt na de coronacrisis · (${statuses('nl')})$`),
    )
  })
})

describe('what editors keep', () => {
  let browser: Browser
  before(
    async () => {
      browser = await launchBrowser()
    },
    { timeout: 60_000 },
  )
  after(() => browser?.close())

  it('finds a Dutch page that says GOB by the French and English acronyms (the demo’s synonyms)', async () => {
    for (const q of ['SPRB', 'BRPS']) {
      const { status, body } = await get(`/nl/zoeken?q=${q}`)
      assert.equal(status, 200)
      assert.ok(!body.includes('Geen resultaten'), q)
      assert.match(body, /<ol class="search-results"/, q)
    }
  })

  // A misspelling editors saw often gets a best bet; the page then shows it and suggests the right word.
  const CASES = [
    { language: 'nl', typed: 'huisvesitng', word: 'huisvesting' },
    { language: 'fr', typed: 'logemnet', word: 'logement' },
    { language: 'en', typed: 'housnig', word: 'housing' },
  ] as const
  for (const { language, typed, word } of CASES) {
    it(`shows a best bet first, marked, once, and a spelling suggestion; axe finds nothing (${language})`, {
      timeout: 60_000,
    }, async () => {
      const found = await api(
        `/api/administrations?where[slug][like]=${language === 'fr' ? 'logement' : language === 'nl' ? 'huisvesting' : 'housing'}&locale=${language}&depth=0&limit=1`,
      )
      const { docs } = (await found.json()) as { docs: { id: number; slug: string }[] }
      assert.ok(docs[0], 'the housing administration')
      const created = await api('/api/search-best-bets', {
        method: 'POST',
        body: JSON.stringify({ query: typed, language, results: [{ relationTo: 'administrations', value: docs[0].id }] }),
      })
      assert.equal(created.status, 201, await created.text())
      const page = await browser.newPage()
      try {
        const response = await page.goto(`${server.url}${sectionPath('search', language)}?q=${typed}`)
        assert.equal(response?.status(), 200)
        const text = searchCurationMessages[language]
        const recommended = page.locator('.best-bets li')
        assert.equal(await recommended.count(), 1)
        assert.match((await recommended.textContent()) ?? '', new RegExp(text.searchRecommended))
        const href = await recommended.locator('h3 a').getAttribute('href')
        assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, 'shown once')
        const suggestion = page.locator('.search-suggestion a')
        assert.equal((await suggestion.textContent())?.trim(), word)
        assert.match((await page.locator('.search-suggestion').textContent()) ?? '', new RegExp(text.searchDidYouMean.split('{')[0]!))
        const violations = await runAxe(page)
        assert.equal(violations.length, 0, formatViolations(violations, `${language} results with a best bet and a suggestion`))
        await suggestion.click()
        await page.waitForURL((url) => url.searchParams.get('q') === word)
        assert.ok((await page.locator('.search-results li').count()) > 0, 'the suggestion finds something')
      } finally {
        await page.close()
      }
    })
  }
})
