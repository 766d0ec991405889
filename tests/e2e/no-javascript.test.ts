/**
 * No page needs JavaScript: with it switched off, every template renders its heading and main
 * navigation and "Is this page useful?" (a plain form), and the language switcher (a plain link)
 * leads to the same page in the other language.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { feedbackProblem } from '../support/checks'
import { launchBrowser } from '../support/chromium'
import { startTestServer, type Belfort } from '../support/server'
import { LANGUAGES, TEMPLATE_NAMES, TEMPLATES, expectedStatus, pageFacts, tabOf, trackNavigation, type Language } from '../support/site'

let server: Belfort
let browser: Browser
let context: BrowserContext

before(
  async () => {
    ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } })
  },
  { timeout: 180_000 },
)

after(async () => {
  await context?.close().catch(() => undefined)
  await browser?.close().catch(() => undefined)
  await server?.stop()
})

async function open(path: string): Promise<{ page: Page; status: number | undefined; navigation: ReturnType<typeof trackNavigation> }> {
  const page = await tabOf(context)
  const navigation = trackNavigation(page)
  const response = await page.goto(server.url + path, { waitUntil: 'load' })
  return { page, status: response?.status(), navigation }
}

/** Follows the switcher link to `to` the way a visitor does (a click, no script) and describes where it landed. */
async function switchLanguage(page: Page, navigation: ReturnType<typeof trackNavigation>, to: Language) {
  const link = page.locator(`nav a[hreflang="${to}"][lang="${to}"]`).first()
  assert.equal(
    await link.count(),
    1,
    `no language switcher link to ${to} (a <nav> link with hreflang="${to}" and lang="${to}") on ${page.url()}`,
  )
  assert.ok(await link.isVisible(), `the language switcher link to ${to} is not visible on ${page.url()}`)
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith(`/${to}/`), { waitUntil: 'load' }), link.click()])
  const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'))
  const landed = new URL(page.url())
  return { path: landed.pathname + landed.search, status: navigation.last()?.status(), lang }
}

for (const language of LANGUAGES) {
  describe(`without JavaScript, in ${language}`, () => {
    for (const template of TEMPLATE_NAMES) {
      const path = TEMPLATES[template][language]
      it(`${template} ${path}`, { timeout: 60_000 }, async () => {
        const { page, status, navigation } = await open(path)
        try {
          assert.equal(status, expectedStatus(template), `${path}: status`)
          const facts = await pageFacts(page, language)
          assert.equal(facts.lang, language, `${path}: <html lang>`)
          assert.equal(facts.h1.length, 1, `${path}: expected one <h1>, found ${JSON.stringify(facts.h1)}`)
          assert.ok(facts.h1[0]!.length > 0, `${path}: the <h1> is empty`)
          assert.ok(await page.locator('h1').first().isVisible(), `${path}: the <h1> is not visible`)
          assert.ok(
            facts.mainNavigation.found,
            `${path}: no main navigation (a <nav> linking to ${TEMPLATES.missions[language]} and ${TEMPLATES.administrations[language]})`,
          )
          assert.deepEqual(facts.mainNavigation.hidden, [], `${path}: main navigation links not visible without JavaScript`)
          assert.equal(feedbackProblem(facts.feedback, path, language), undefined, `${path}: "Is this page useful?"`)

          if (template === 'notFound' || template === 'gone') return
          // Every switcher link must point at the same page in its language. Following one of them
          // from this page (a different one per language) shows the plain link works with scripts
          // off; the pages they lead to are checked in their own language's round.
          const others = LANGUAGES.filter((l) => l !== language)
          for (const other of others) {
            const href = await page.locator(`nav a[hreflang="${other}"][lang="${other}"]`).first().getAttribute('href')
            assert.equal(href, TEMPLATES[template][other], `${path}: the ${other} language link`)
          }
          const followed = others[LANGUAGES.indexOf(language) % others.length]!
          const landed = await switchLanguage(page, navigation, followed)
          assert.deepEqual(
            landed,
            { path: TEMPLATES[template][followed], status: 200, lang: followed },
            `${path}: the ${followed} language link`,
          )
        } finally {
          navigation.stop()
        }
      })
    }
  })
}

describe('without JavaScript, administration pages', () => {
  it('the list links to pages that switch language to the same administration', { timeout: 90_000 }, async () => {
    const { page } = await open(TEMPLATES.administrations.nl)
    try {
      const prefix = `${TEMPLATES.administrations.nl}/`
      const first = page.locator(`main a[href^="${prefix}"]`).first()
      assert.equal(await first.count(), 1, `no administration link in <main> of ${TEMPLATES.administrations.nl}`)
      const tracked = trackNavigation(page)
      await Promise.all([page.waitForURL((url) => url.pathname.startsWith(prefix), { waitUntil: 'load' }), first.click()])
      const nlPath = new URL(page.url()).pathname
      assert.equal(tracked.last()?.status(), 200, `${nlPath}: status`)
      const facts = await pageFacts(page, 'nl')
      assert.equal(facts.h1.length, 1, `${nlPath}: expected one <h1>`)
      assert.ok(facts.mainNavigation.found, `${nlPath}: no main navigation`)

      const fr = await switchLanguage(page, tracked, 'fr')
      assert.equal(fr.status, 200, `${nlPath} → fr: status`)
      assert.equal(fr.lang, 'fr', `${nlPath} → fr: <html lang>`)
      assert.ok(fr.path.startsWith(`${TEMPLATES.administrations.fr}/`), `${nlPath} → fr landed on ${fr.path}`)
      const en = await switchLanguage(page, tracked, 'en')
      assert.equal(en.status, 200, `${fr.path} → en: status`)
      assert.equal(en.lang, 'en', `${fr.path} → en: <html lang>`)
      assert.ok(en.path.startsWith(`${TEMPLATES.administrations.en}/`), `${fr.path} → en landed on ${en.path}`)
      const back = await switchLanguage(page, tracked, 'nl')
      assert.deepEqual(back, { path: nlPath, status: 200, lang: 'nl' }, `${en.path} → nl should come back to ${nlPath}`)
    } finally {
      await page.close()
    }
  })
})
