/**
 * Services on the demo site, in Chromium, in three languages: every card of the home page leads to
 * a service or a list of services (not to an organisation chart) and no two cards to the same place;
 * the A–Z list follows the language's collation; the service page has its start button and its facts
 * as a description list; the news item on the online renovation grant links the service and the
 * housing administration's own page. Axe on these pages is in templates.test.ts.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from '../support/chromium'
import { startTestServer, type Belfort } from '../support/server'
import { LANGUAGES, TEMPLATES } from '../support/site'

let server: Belfort
let browser: Browser
let context: BrowserContext
let page: Page

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

const SERVICES = TEMPLATES.services
const RENOVATION_NEWS = {
  nl: '/nl/nieuws/renovatiepremie-online-aanvragen',
  fr: '/fr/actualites/prime-renovation-en-ligne',
  en: '/en/news/renovation-grant-online',
} as const
const RENT_ALLOWANCE = { nl: '/nl/diensten/huurtoelage', fr: '/fr/services/allocation-loyer', en: '/en/services/rent-allowance' } as const
const HOUSING = { nl: '/nl/administraties/huisvesting', fr: '/fr/administrations/logement', en: '/en/administrations/housing' } as const

async function open(path: string): Promise<number> {
  const response = await page.goto(server.url + path)
  return response?.status() ?? 0
}

for (const language of LANGUAGES) {
  describe(`services in ${language}`, () => {
    it('every home card leads to a service or a list of services, each to its own', async () => {
      assert.equal(await open(`/${language}/`), 200)
      const cards = await page.$$eval('main .entry-points .card', (items) =>
        items.map((card) => ({
          title: card.querySelector('.card__title')?.textContent?.trim() ?? '',
          href: card.querySelector('a')?.getAttribute('href') ?? null,
        })),
      )
      assert.ok(cards.length >= 6, `${cards.length} cards`)
      const unlinked = cards.filter((card) => !card.href).map((card) => card.title)
      assert.deepEqual(unlinked, [], 'cards without a link')
      const hrefs = cards.map((card) => card.href!)
      assert.equal(new Set(hrefs).size, hrefs.length, `two cards lead to the same place: ${hrefs.join(', ')}`)
      for (const card of cards) {
        const url = new URL(card.href!, server.url)
        assert.ok(url.pathname.startsWith(SERVICES[language]), `${card.title} → ${card.href}: not under ${SERVICES[language]}`)
        assert.equal(await open(url.pathname + url.search), 200, `${card.title} → ${card.href}`)
        const what = await page.evaluate(() => ({
          service: document.querySelector('main article.service h1') !== null,
          listed: document.querySelectorAll('main .a-to-z__group .service-item').length,
        }))
        if (url.pathname === SERVICES[language]) assert.ok(what.listed > 0, `${card.title} → ${card.href}: an empty list`)
        else assert.ok(what.service, `${card.title} → ${card.href}: not a service page`)
      }
    })

    it('lists the services from A to Z in the language’s order, and the most requested', async () => {
      assert.equal(await open(SERVICES[language]), 200)
      const groups = await page.$$eval('main .a-to-z__group', (sections) =>
        sections.map((section) => ({
          letter: section.querySelector('.a-to-z__letter [aria-hidden]')?.textContent ?? '',
          titles: [...section.querySelectorAll('.service-item__title')].map((h) => h.textContent?.trim() ?? ''),
        })),
      )
      assert.ok(groups.length > 1)
      const collator = new Intl.Collator(`${language}-BE`, { numeric: true })
      const titles = groups.flatMap((g) => g.titles)
      assert.deepEqual(titles, [...titles].sort(collator.compare), 'sorted by the language’s collation')
      for (const group of groups)
        for (const title of group.titles)
          assert.equal(title.normalize('NFD').charAt(0).toUpperCase(), group.letter, `${title} under ${group.letter}`)
      const letters = await page.$$eval('main nav.a-to-z__letters a', (links) => links.map((a) => a.getAttribute('href')))
      assert.deepEqual(
        letters,
        groups.map((g) => `#letter-${g.letter.toLowerCase()}`),
      )
      const mostRequested = await page.$$eval('main .most-requested li a', (links) => links.map((a) => a.getAttribute('href')))
      assert.ok(mostRequested.length >= 3, 'a most-requested list')
      assert.equal(mostRequested[0], TEMPLATES.service[language], 'the renovation grant first')
    })

    it('a filtered list names its filter in the title, and an unknown one is a 400 with the reason', async () => {
      assert.equal(await open(TEMPLATES.servicesFiltered[language]), 200)
      const title = await page.title()
      const audience = await page.$eval('#filter-audience option[selected]', (option) => option.textContent ?? '')
      assert.ok(title.includes(audience), `“${title}” names “${audience}”`)
      assert.equal(await page.locator('main .most-requested').count(), 0, 'no most-requested list on a filtered list')
      assert.equal(await open(`${SERVICES[language]}?theme=bestaat-niet`), 400)
      assert.ok(((await page.textContent('main')) ?? '').includes('bestaat-niet'))
    })

    it('the service page starts online with one button and gives its facts as a description list', async () => {
      assert.equal(await open(TEMPLATES.service[language]), 200)
      const start = await page.$$eval('main a.button--start', (links) => links.map((a) => a.getAttribute('href')))
      assert.deepEqual(start, ['https://renolution.brussels'])
      const terms = await page.$$eval('main dl.service-facts > dt', (dts) => dts.length)
      assert.ok(terms >= 2, 'what you need and cost at least')
      // Renolution is run by urban.brussels, not one of the demo's administrations: no link is made up.
      assert.equal(await page.locator('main .metadata a[href*="/administra"]').count(), 0)
      const news = await page.$$eval('main .related .news-item a', (links) => links.map((a) => a.getAttribute('href')))
      assert.ok(news.includes(RENOVATION_NEWS[language]), 'the news item about the service')
    })

    it('a service names the administration that handles it, with a link to its page', async () => {
      assert.equal(await open(RENT_ALLOWANCE[language]), 200)
      const administration = await page.$eval('main .metadata a[href*="/"]', (a) => a.getAttribute('href'))
      assert.equal(administration, HOUSING[language])
    })

    it('the news item on the online renovation grant links the service, its online link and the housing administration', async () => {
      assert.equal(await open(RENOVATION_NEWS[language]), 200)
      const related = await page.$$eval('main #related-services ~ .service-list a', (links) => links.map((a) => a.getAttribute('href')))
      assert.deepEqual(related, [TEMPLATES.service[language], 'https://renolution.brussels'])
      const inText = await page.$$eval('main .prose a', (links) => links.map((a) => a.getAttribute('href')))
      assert.ok(inText.includes(HOUSING[language]), `the contact details link: ${inText.join(', ')}`)
      assert.equal(await open(HOUSING[language]), 200)
    })
  })
}

describe('services in the sitemap', () => {
  it('lists each service in every language, with its translations', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    for (const language of LANGUAGES) {
      assert.ok(sitemap.includes(`<loc>${server.url}${TEMPLATES.service[language]}</loc>`), TEMPLATES.service[language])
      assert.ok(sitemap.includes(`<loc>${server.url}${SERVICES[language]}</loc>`), SERVICES[language])
    }
  })
})
