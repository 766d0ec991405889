/**
 * The logo through the back office, as an administrator sets it: in Dutch, removing it (the header
 * falls back to the organisation's name) and choosing it again from the media with a name of its
 * own; in French, the name is required with a logo and then shown. What the public header shows
 * is read from the page each time.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { checkAxe, clickUntil, fillAndKeep, saveAndWait, signedInThroughForm } from '../support/admin-browser'
import { launchBrowser } from '../support/chromium'
import { serverForThisFile } from '../support/for-this-file'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/server'

const server = serverForThisFile({ env: { STAFF_2FA: 'optional' } })
let browser: Browser

before(
  async () => {
    browser = await launchBrowser()
    await server.started()
  },
  { timeout: 180_000 },
)
after(() => browser?.close())

/** The public header's link home, as HTML. */
async function brandOf(path: string): Promise<string> {
  const html = await (await fetch(server.url + path)).text()
  return /<a class="brand__home"[^>]*>([\s\S]*?)<\/a>/.exec(html)?.[1] ?? ''
}

async function openSettings(page: Page, locale: 'nl' | 'fr'): Promise<void> {
  await page.goto(`${server.url}/admin/globals/site-settings?locale=${locale}`)
  await page.locator('#field-identity__logoName').waitFor()
}

/** Saves the settings and waits for the server's answer (a click on a busy machine can go unanswered). */
async function save(page: Page): Promise<void> {
  await saveAndWait(page, '#action-save', 'globals/site-settings')
}

describe('the logo through the admin', () => {
  it('in Dutch: removed, the header shows the name; chosen from the media with a name, the header shows it', {
    timeout: 180_000,
  }, async () => {
    const { context, page } = await signedInThroughForm(browser, server.url, 'nl', ADMIN_EMAIL, ADMIN_PASSWORD)
    try {
      await openSettings(page, 'nl')
      await checkAxe(page, 'the logo’s name in the site settings (nl)', ['#field-identity__logoName'])
      const logoField = page.locator('.field-type.upload').filter({ has: page.getByText('Logo (SVG)') })
      await logoField.locator('button[class*="__remove"]').click()
      await save(page)
      await page.locator('[data-sonner-toast][data-type="success"]').first().waitFor()
      assert.match(await brandOf('/nl/'), /<span class="brand__name">Gewestelijke Overheidsdienst Brussel<\/span>/)

      await logoField.getByRole('button', { name: 'Kies uit bestaande' }).click()
      await page.locator('.list-drawer').getByText('gob-sprb-mark.svg').first().click()
      await page.locator('#field-identity__logoName').fill('GOB — naar de startpagina')
      await save(page)
      await page.locator('[data-sonner-toast][data-type="success"]').first().waitFor()
      assert.match(
        await brandOf('/nl/'),
        /<img class="brand__logo" src="\/api\/media\/file\/gob-sprb-mark\.svg" alt="GOB — naar de startpagina"/,
      )
    } finally {
      await context.close()
    }
  })

  it('in French: a logo without a name is refused, with the reason; with one, the header shows it', { timeout: 180_000 }, async () => {
    const { context, page } = await signedInThroughForm(browser, server.url, 'fr', ADMIN_EMAIL, ADMIN_PASSWORD)
    try {
      await openSettings(page, 'fr')
      const name = page.locator('#field-identity__logoName')
      await fillAndKeep(name, '')
      // Refused in the browser, before any request: what the click starts is the reason shown.
      await clickUntil(page, '#action-save', (timeout) =>
        page.getByText('Donnez au logo un nom accessible dans cette langue').first().waitFor({ timeout }),
      )
      await checkAxe(page, 'the logo’s name with its error (fr)', ['#field-identity__logoName'])
      await fillAndKeep(name, 'SPRB — vers la page d’accueil')
      await save(page)
      await page.locator('[data-sonner-toast][data-type="success"]').first().waitFor()
      assert.match(await brandOf('/fr/'), /alt="SPRB — vers la page d’accueil"/)
    } finally {
      await context.close()
    }
  })
})
