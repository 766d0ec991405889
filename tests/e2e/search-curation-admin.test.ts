/**
 * What editors keep for the site search, through the admin as an editor works, in Dutch and French:
 * a synonym group and a best bet, typed and chosen on their screens, then their effect on the public
 * results page. A best bet without a query is refused with a message naming the field. What people
 * searched for shows in the editor's report (in their language), where one click opens a best bet or
 * a synonym group filled with the query; a query with personal data is not there. axe checks the
 * screens (Payload's select widgets aside, as in the other admin tests).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { searchCurationMessages } from '@/search/messages'
import { queryReportMessages } from '@/search/queries/messages'
import { sectionPath } from '@/site/routes'
import { checkAxe, clickUntil, saveAndWait, signedInThroughForm } from '../support/admin-browser'
import { quietNetwork } from '../support/admin-screens'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import { serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile({ env: { STAFF_2FA: 'optional' } })
let browser: Browser
const PASSWORD = 'a-long-enough-test-password-for-search'
const EDITOR = 'redactie@search-curation.test'

/** Payload's react-select widgets fail axe on any screen that has them (see slugs-and-previews.test.ts); the rest is checked. */
const PAYLOAD_SELECTS = ['.react-select']

const CASES = {
  nl: {
    acronym: 'BGHM',
    group: 'BGHM, Huisvesting',
    administration: 'Brussel Huisvesting',
    query: 'energiepremie voor woningen',
    language: 'Nederlands',
    none: 'Geen resultaten',
    missing: 'fietsenstalling aan het station',
    personal: 'premie jan.peeters@voorbeeld.be',
  },
  fr: {
    acronym: 'SLRB',
    group: 'SLRB, Logement',
    administration: 'Bruxelles Logement',
    query: 'prime énergie logement',
    language: 'Français',
    none: 'Aucun résultat',
    missing: 'parking vélos à la gare',
    personal: 'prime appeler 0470 12 34 56',
  },
} as const

before(
  async () => {
    browser = await launchBrowser()
    const api = await adminSession((await server.started()).url)
    const created = await api('/api/users', {
      method: 'POST',
      body: JSON.stringify({ email: EDITOR, password: PASSWORD, roles: ['editor'] }),
    })
    assert.equal(created.status, 201, await created.text())
  },
  { timeout: 600_000 },
)
after(() => browser?.close())

async function choose(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** The public results page for `q`, as a visitor opens it. */
async function results(language: 'nl' | 'fr', q: string): Promise<Page> {
  const visitor = await browser.newPage()
  await visitor.goto(`${server.url}${sectionPath('search', language)}?q=${encodeURIComponent(q)}`)
  return visitor
}

for (const language of ['nl', 'fr'] as const) {
  const c = CASES[language]
  const text = searchCurationMessages[language]
  describe(`search curation in the admin (${language})`, () => {
    let editor: { context: BrowserContext; page: Page }
    before(async () => {
      editor = await signedInThroughForm(browser, server.url, language, EDITOR, PASSWORD)
    })
    after(() => editor?.context.close())

    it('adds a synonym group, and the acronym then finds the administration on the public site', { timeout: 120_000 }, async () => {
      const before = await results(language, c.acronym)
      assert.match((await before.locator('main').textContent()) ?? '', new RegExp(c.none))
      await before.close()

      const { page } = editor
      await page.goto(`${server.url}/admin/collections/search-synonyms/create`)
      await page.locator('#field-terms').waitFor()
      await checkAxe(page, `synonym group screen (${language})`)
      await page.locator('#field-terms').click()
      await page.keyboard.type(c.group)
      await saveAndWait(page, '#action-save', 'search-synonyms')
      await page.waitForURL(/\/admin\/collections\/search-synonyms\/\d+/)

      const after = await results(language, c.acronym)
      assert.ok((await after.locator('.search-results li', { hasText: c.administration }).count()) > 0, 'the group applies at once')
      await after.close()
    })

    it('refuses a best bet without a query, naming the field, then saves one that comes first on the results page', {
      timeout: 120_000,
    }, async () => {
      const { page } = editor
      // The items to choose from are named in the content language the URL sets (Dutch here, for both screens).
      await page.goto(`${server.url}/admin/collections/search-best-bets/create?locale=nl`)
      await page.locator('#field-query').waitFor()
      const quiet = quietNetwork(page)
      await choose(page, 'results', 'Brussel Huisvesting')
      // The choice sends the form's state to the server; a save clicked before its answer was lost
      // once on a loaded machine (no error shown, nothing sent).
      await quiet()
      await clickUntil(page, '#action-save', (timeout) => page.getByText(text.bestBetQueryEmpty).first().waitFor({ timeout }))
      assert.match(page.url(), /\/create/, 'nothing was saved')
      await checkAxe(page, `best bet screen with an error (${language})`, [], PAYLOAD_SELECTS)

      await page.locator('#field-query').click()
      await page.keyboard.type(c.query)
      if (language !== 'nl') await choose(page, 'language', c.language)
      await saveAndWait(page, '#action-save', 'search-best-bets')
      await page.waitForURL(/\/admin\/collections\/search-best-bets\/\d+/)

      const visitor = await results(language, c.query)
      const first = visitor.locator('.search-results li').first()
      const firstText = (await first.textContent()) ?? ''
      assert.ok(firstText.includes(c.administration) && firstText.includes(text.searchRecommended), `first: ${firstText}`)
      assert.equal(await visitor.locator('.search-results li', { hasText: c.administration }).count(), 1, 'shown once')
      await visitor.close()
    })

    it('shows what people searched for, without results first, and opens a best bet or a synonym group filled with it', {
      timeout: 120_000,
    }, async () => {
      const report = queryReportMessages[language]
      for (const q of [c.missing, c.missing, c.personal]) await (await results(language, q)).close()
      const { page } = editor
      await page.goto(`${server.url}/admin/collections/search-query-counts`)
      await page.getByRole('heading', { level: 1, name: report.heading }).waitFor()
      await checkAxe(page, `search query report (${language})`)
      const zero = page.locator('[data-query-report="zero"]')
      const row = zero.locator('tr', { hasText: c.missing })
      assert.match((await row.textContent()) ?? '', /2\s*2/, 'searched twice, found nothing twice')
      const shown = (await page.locator('main').textContent()) ?? ''
      assert.ok(
        !shown.includes('peeters') && !shown.includes('0470') && !shown.includes('voorbeeld'),
        'a query with personal data is not counted',
      )
      assert.ok(shown.includes(report.lead), 'the report says what is kept, in the staff member’s language')

      await row.getByRole('link', { name: new RegExp(`^${report.addBestBet}`) }).click()
      await page.waitForURL(/\/admin\/collections\/search-best-bets\/create/)
      await page.locator('#field-query').waitFor()
      assert.equal(await page.locator('#field-query').inputValue(), c.missing)
      // The language select shows its value once the widget has rendered.
      await page.locator('#field-language .rs__single-value', { hasText: c.language }).waitFor()

      await page.goBack()
      await page
        .locator('[data-query-report="zero"] tr', { hasText: c.missing })
        .getByRole('link', { name: new RegExp(`^${report.addSynonym}`) })
        .click()
      await page.waitForURL(/\/admin\/collections\/search-synonyms\/create/)
      await page.locator('#field-terms').waitFor()
      assert.equal(await page.locator('#field-terms').inputValue(), c.missing)
    })
  })
}
