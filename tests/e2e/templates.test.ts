/**
 * Every public template in every language, in Chromium with JavaScript: status, axe (WCAG 2.2 AA)
 * without violations, <html lang>, one <h1>, skip link, hreflang alternates, language switcher,
 * no cookie and no request to another host; then the same page at 390 and 320 px wide without
 * sideways scrolling (reflow, checked here rather than in a second walk of every template).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext } from 'playwright-core'
import { administrationLinks, checkPublicPage, urlProbe } from '../support/checks'
import { launchBrowser } from '../support/chromium'
import { startTestServer, type Belfort } from '../support/server'
import { ADMINISTRATION_COUNT, LANGUAGES, TEMPLATE_NAMES, TEMPLATES } from '../support/site'

let server: Belfort
let browser: Browser
let context: BrowserContext
const probe = urlProbe()

before(
  async () => {
    ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  },
  { timeout: 180_000 },
)

after(async () => {
  await context?.close().catch(() => undefined)
  await browser?.close().catch(() => undefined)
  await server?.stop()
})

function assertNoProblems(problems: string[]): void {
  assert.equal(problems.length, 0, `\n${problems.join('\n')}`)
}

for (const language of LANGUAGES) {
  describe(`templates in ${language}`, () => {
    for (const template of TEMPLATE_NAMES) {
      const path = TEMPLATES[template][language]
      it(`${template} ${path}`, { timeout: 60_000 }, async () => {
        assertNoProblems(await checkPublicPage({ context, serverUrl: server.url, path, template, language, probe }))
      })
    }

    it(`administration pages linked from ${TEMPLATES.administrations[language]}`, { timeout: 240_000 }, async (t) => {
      const links = await administrationLinks(context, server.url, language)
      assert.equal(
        links.length,
        ADMINISTRATION_COUNT,
        `expected ${ADMINISTRATION_COUNT} administration links in <main> of ${TEMPLATES.administrations[language]}, found: ${JSON.stringify(links)}`,
      )
      // All of them in Dutch; one per other language keeps the run short.
      const chosen = language === 'nl' ? links : links.slice(0, 1)
      for (const path of chosen) {
        await t.test(path, async () => {
          assertNoProblems(await checkPublicPage({ context, serverUrl: server.url, path, template: 'administration', language, probe }))
        })
      }
    })
  })
}
