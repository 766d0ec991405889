/**
 * On a phone and on a desktop: no horizontal scrolling and a visible main navigation (opened first
 * where it is folded behind "Menu"); the header's menu on one line at 1280 px, a compact phone
 * header, the logo; what paper gets. Screenshots go to test-results/ for people to look at.
 */
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { documentWidths } from '../support/checks'
import { launchBrowser } from '../support/chromium'
import { ROOT, startTestServer, type Belfort } from '../support/server'
import { LANGUAGES, TEMPLATES, definePageHelpers, pageFacts, type Language } from '../support/site'

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
          const widths = await documentWidths(page)
          assert.ok(
            widths.scrollWidth <= widths.innerWidth,
            `${pagePath}: scrolls horizontally at ${viewport.width}px (scrollWidth ${widths.scrollWidth} > innerWidth ${widths.innerWidth}); overflowing: ${widths.wide.join(', ')}`,
          )
          // Where space is short the menu is folded behind "Menu": a visitor opens it first.
          const toggle = page.locator('.site-header summary')
          if (await toggle.isVisible()) await toggle.click()
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

const ORGANISATION: Record<Language, string> = {
  nl: 'Gewestelijke Overheidsdienst Brussel',
  fr: 'Service public régional de Bruxelles',
  en: 'Brussels Regional Public Service',
}

/** The seeded logo's accessible name (src/seed/logo.ts). */
const LOGO_NAME: Record<Language, string> = {
  nl: 'Gewestelijke Overheidsdienst Brussel — startpagina',
  fr: 'Service public régional de Bruxelles — accueil',
  en: 'Brussels Regional Public Service — home',
}

/** The services item, which makes the menu nine items long. */
const SERVICES: Record<Language, string> = { nl: 'Diensten', fr: 'Services', en: 'Services' }

describe('header', () => {
  for (const language of LANGUAGES) {
    const home = TEMPLATES.home[language]
    it(`${home}: at 1280 px the main menu with nine items is one line, and the logo leads home under its name`, {
      timeout: 60_000,
    }, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      try {
        const page = await context.newPage()
        await page.goto(server.url + home, { waitUntil: 'load' })
        await definePageHelpers(page)
        const { tops, needed, room, labels } = await page.evaluate(() => {
          const list = document.querySelector('.site-header nav:not(.languages) ul')
          if (!list?.lastElementChild) return { tops: [], needed: 0, room: 0, labels: [] }
          const items = [...list.querySelectorAll('li')]
          return {
            tops: items.map((li) => Math.round(li.getBoundingClientRect().top)),
            // What one line needs and has, to say by how much it misses.
            needed: Math.round(
              items.reduce((sum, li) => sum + li.getBoundingClientRect().width, 0) +
                (items.length - 1) * parseFloat(getComputedStyle(list).columnGap),
            ),
            room: Math.round(list.getBoundingClientRect().width),
            labels: [...list.querySelectorAll('a')].map((a) => (a.textContent ?? '').trim()),
          }
        })
        assert.ok(labels.includes(SERVICES[language]), `the menu has ${SERVICES[language]}: ${labels.join(', ')}`)
        assert.ok(tops.length >= 9, `expected at least nine menu items, found ${tops.length}`)
        await page.screenshot({ path: path.join(SCREENSHOTS, `header-${language}-1280.png`) })
        assert.equal(new Set(tops).size, 1, `the menu takes ${new Set(tops).size} lines at 1280 px: it needs ${needed} px, has ${room} px`)

        const logoLink = page.getByRole('link', { name: LOGO_NAME[language], exact: true })
        assert.equal(await logoLink.count(), 1, `one link named "${LOGO_NAME[language]}"`)
        assert.equal(await logoLink.getAttribute('href'), home)
        const logo = logoLink.locator('img')
        assert.equal(await logo.getAttribute('alt'), LOGO_NAME[language], 'the logo image carries the name')
        assert.ok(await logo.isVisible(), 'the logo is shown')
        assert.ok(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the logo file loads')
      } finally {
        await context.close()
      }
    })

    it(`${home}: on a phone (390×844) the header takes under a quarter of the screen and its menu opens without JavaScript`, {
      timeout: 60_000,
    }, async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
        javaScriptEnabled: false,
      })
      try {
        const page = await context.newPage()
        await page.goto(server.url + home, { waitUntil: 'load' })
        const header = await page.locator('.site-header').boundingBox()
        assert.ok(header, 'a header')
        assert.ok(header.height <= 844 * 0.25, `the header is ${Math.round(header.height)} px high, over a quarter of 844 px`)
        await page.screenshot({ path: path.join(SCREENSHOTS, `header-${language}-phone.png`) })
        const missions = page.locator(`.site-header a[href="${TEMPLATES.missions[language]}"]`)
        assert.equal(await missions.isVisible(), false, 'the menu is folded at first')
        const toggle = page.locator('.site-header summary')
        assert.equal((await toggle.textContent())?.trim(), 'Menu')
        await toggle.click()
        assert.ok(await missions.isVisible(), 'the menu opens and shows its links')
        const facts = await pageFacts(page, language)
        assert.deepEqual(facts.mainNavigation.hidden, [], 'every menu link is shown once opened')
        await page.screenshot({ path: path.join(SCREENSHOTS, `header-${language}-phone-open.png`) })
      } finally {
        await context.close()
      }
    })
  }
})

describe('on paper', () => {
  it(`${TEMPLATES.strategicPlan.nl}: a page rendered one day and printed another prints the day of printing`, {
    timeout: 60_000,
  }, async () => {
    const context = await browser.newContext()
    try {
      // The browser's clock a year on, as a page kept in the cache since it was rendered.
      const later = new Date(Date.now() + 365 * 24 * 3600_000)
      await context.clock.setFixedTime(later)
      const page = await context.newPage()
      await page.goto(server.url + TEMPLATES.strategicPlan.nl, { waitUntil: 'load' })
      await page.emulateMedia({ media: 'print' })
      const day = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(later)
      const source = ((await page.locator('.print-source').textContent()) ?? '').replace(/\s+/g, ' ').trim()
      assert.ok(source.endsWith(`stand op ${day}`), `the printout's date is the day of printing (${day}): ${source}`)
    } finally {
      await context.close()
    }
  })

  for (const language of LANGUAGES) {
    it(`${TEMPLATES.strategicPlan[language]}: prints the logo, the organisation, the page address and the date, not the menu`, {
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
          menuShown: document.querySelector('.site-header nav:not(.languages)')!.checkVisibility(),
          searchShown: document.querySelector('.site-header form')!.checkVisibility(),
        }))
        const source = printed.text.split('\n').find((line) => line.includes(server.url)) ?? ''
        assert.ok(source.includes(ORGANISATION[language]), `the printed source line names the organisation: ${source}`)
        assert.ok(source.includes(server.url + TEMPLATES.strategicPlan[language]), `and the page's address: ${source}`)
        const today = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-BE`, {
          dateStyle: 'long',
          timeZone: 'Europe/Brussels',
        }).format(new Date())
        assert.ok(source.includes(today), `and today's date (${today}): ${source}`)
        const logo = page.getByRole('img', { name: LOGO_NAME[language], exact: true })
        assert.ok(await logo.isVisible(), 'the logo is printed, with its name')
        assert.equal(printed.menuShown, false, 'the menu is not printed')
        assert.equal(printed.searchShown, false, 'the search form is not printed')
        await page.screenshot({ path: path.join(SCREENSHOTS, `print-${language}.png`), fullPage: true })
        await page.emulateMedia({ media: 'screen' })
        assert.equal(await page.locator('.print-source').isVisible(), false, 'not on screen')
        await page.pdf({ path: path.join(SCREENSHOTS, `print-${language}.pdf`) })
      } finally {
        await context.close()
      }
    })
  }
})
