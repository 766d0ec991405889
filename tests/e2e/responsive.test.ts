/**
 * On a phone and on a desktop: no horizontal scrolling and a visible main navigation. Screenshots
 * go to test-results/ for people to look at.
 */
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../support/chromium'
import { ROOT, startTestServer, type Belfort } from '../support/server'
import { LANGUAGES, TEMPLATES, pageFacts, type Language } from '../support/site'

const VIEWPORTS = [
  // WCAG 1.4.10 reflow: 320 CSS pixels wide, as a desktop browser at 400 % zoom (a phone emulation would
  // zoom out to fit what overflows, and hide it).
  { name: 'narrow', width: 320, height: 640, isMobile: false, deviceScaleFactor: 1 },
  { name: 'phone', width: 360, height: 740, isMobile: true, deviceScaleFactor: 2 },
  { name: 'desktop', width: 1280, height: 800, isMobile: false, deviceScaleFactor: 1 },
] as const

const SCREENSHOTS = path.join(ROOT, 'test-results')

let server: Belfort
let browser: Browser

before(
  async () => {
    ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
    mkdirSync(SCREENSHOTS, { recursive: true })
  },
  { timeout: 180_000 },
)

after(async () => {
  await browser?.close().catch(() => undefined)
  await server?.stop()
})

const pages: { language: Language; path: string; name: string }[] = [
  ...LANGUAGES.map((language) => ({ language, path: TEMPLATES.home[language], name: `home-${language}` })),
  { language: 'nl', path: TEMPLATES.administrations.nl, name: 'administrations-nl' },
  { language: 'fr', path: TEMPLATES.strategicPlan.fr, name: 'strategic-plan-fr' },
]

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} ${viewport.width}×${viewport.height}`, () => {
    for (const { language, path: pagePath, name } of pages) {
      it(`${pagePath}: no horizontal scroll, main navigation visible`, { timeout: 60_000 }, async () => {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          isMobile: viewport.isMobile,
          hasTouch: viewport.isMobile,
          deviceScaleFactor: viewport.deviceScaleFactor,
        })
        try {
          const page = await context.newPage()
          const response = await page.goto(server.url + pagePath, { waitUntil: 'load' })
          assert.equal(response?.status(), 200, `${pagePath}: status`)
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${viewport.name}.png`), fullPage: true })
          const widths = await page.evaluate(() => {
            // The widest elements, to say what overflows when something does.
            const wide = [...document.querySelectorAll('body *')]
              .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 5)
              .map(
                (element) =>
                  `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} (right edge ${Math.round(element.getBoundingClientRect().right)}px)`,
              )
            return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide }
          })
          assert.ok(
            widths.scrollWidth <= widths.innerWidth,
            `${pagePath}: scrolls horizontally at ${viewport.width}px (scrollWidth ${widths.scrollWidth} > innerWidth ${widths.innerWidth}); overflowing: ${widths.wide.join(', ')}`,
          )
          const facts = await pageFacts(page, language)
          assert.ok(facts.mainNavigation.found, `${pagePath}: no main navigation`)
          assert.ok(facts.mainNavigation.visible, `${pagePath}: the main navigation is not visible at ${viewport.width}px`)
          assert.deepEqual(facts.mainNavigation.hidden, [], `${pagePath}: main navigation links hidden at ${viewport.width}px`)
        } finally {
          await context.close()
        }
      })
    }
  })
}

describe('on paper', () => {
  for (const language of LANGUAGES) {
    it(`${TEMPLATES.strategicPlan[language]}: prints the organisation, the page address and the date, not the header`, {
      timeout: 60_000,
    }, async () => {
      const context = await browser.newContext()
      try {
        const page = await context.newPage()
        await page.goto(server.url + TEMPLATES.strategicPlan[language], { waitUntil: 'load' })
        await page.emulateMedia({ media: 'print' })
        const printed = await page.evaluate(() => ({
          // biome-ignore lint/performance/useDomNodeTextContent: what is rendered under print media is the point, hidden parts excluded
          text: document.body.innerText,
          headerShown: getComputedStyle(document.querySelector('.site-header')!).display !== 'none',
        }))
        const organisation = {
          nl: 'Gewestelijke Overheidsdienst Brussel',
          fr: 'Service public régional de Bruxelles',
          en: 'Brussels Regional Public Service',
        }[language]
        const source = printed.text.split('\n').find((line) => line.includes(server.url)) ?? ''
        assert.ok(source.includes(organisation), `the printed source line names the organisation: ${source}`)
        assert.ok(source.includes(server.url + TEMPLATES.strategicPlan[language]), `and the page's address: ${source}`)
        assert.match(source, /\d{4}/, 'and a date')
        assert.equal(printed.headerShown, false)
        await page.emulateMedia({ media: 'screen' })
        assert.equal(await page.locator('.print-source').isVisible(), false, 'not on screen')
        await page.pdf({ path: path.join(SCREENSHOTS, `print-${language}.pdf`) })
      } finally {
        await context.close()
      }
    })
  }
})
