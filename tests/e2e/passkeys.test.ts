/**
 * Passkeys in Chromium, answered by Chrome's own virtual authenticator (the DevTools protocol's
 * WebAuthn domain: CTAP2, internal, with resident keys and user verification), in the admin's
 * three languages: set up the app code as tests/e2e/second-factor.test.ts does, add a passkey from
 * the account screen (after a missing name), sign out, sign in with the password and then the
 * passkey (after a try on a device without it), find the session listed with the passkey as its
 * second step, remove the passkey. axe checks every new screen part, with its errors. WebAuthn needs a secure context: the server is at localhost.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'
import { accountMessages } from '@/accounts/messages'
import type { Locale } from '@/site/routes'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { launchBrowser } from '../support/chromium'
import { type Belfort, startTestServer } from '../support/server'
import { adminContextIn, appCode, checkAxe, createAccounts, SIGN_IN_ACCOUNTS } from '../support/admin-browser'

let server: Belfort
let browser: Browser
const accounts = SIGN_IN_ACCOUNTS

before(async () => {
  ;[server, browser] = await Promise.all([startTestServer({ hostname: 'localhost', env: { STAFF_2FA: 'required' } }), launchBrowser()])
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

const contextIn = (language: Locale): Promise<BrowserContext> => adminContextIn(browser, server.url, language)

/** Chrome's virtual authenticator for this page, answering every prompt at once as a person would. */
async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable', { enableUI: false })
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  return { cdp, authenticatorId }
}

async function signInWithPassword(page: Page, language: Locale): Promise<void> {
  await page.goto(`${server.url}/admin/collections/users`)
  await page.waitForURL(/\/admin\/login/)
  await page.fill('#field-email', accounts[language].email)
  await page.fill('#field-password', accounts[language].password)
  await page.press('#field-password', 'Enter')
  await page.waitForURL(/\/admin\/second-factor/)
  await page.waitForSelector('.second-factor__form input[name="code"]')
  assert.equal(await page.getAttribute('html', 'lang'), language)
}

async function expectBackOffice(page: Page): Promise<void> {
  await page.waitForURL(/\/admin\/collections\/users$/)
  await page.waitForSelector('.template-default')
}

async function signOut(context: BrowserContext, language: Locale): Promise<void> {
  await context.clearCookies()
  await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
}

async function openAccount(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin/account`, { waitUntil: 'networkidle' })
  await page.locator('.passkey-list').waitFor()
}

const NAMES: Record<Locale, string> = { en: 'Work laptop', fr: 'Portable bureau', nl: 'Laptop werk' }

for (const language of ['en', 'fr', 'nl'] as const) {
  describe(`passkeys in ${language}`, () => {
    let context: BrowserContext
    let page: Page
    let cdp: CDPSession
    let authenticatorId: string
    const text = accountMessages[language]
    const name = NAMES[language]

    before(async () => {
      context = await contextIn(language)
      page = await context.newPage()
      ;({ cdp, authenticatorId } = await virtualAuthenticator(page))
    })
    after(() => context?.close())

    it('sets up the app code, as before', async () => {
      await signInWithPassword(page, language)
      const secret = ((await page.textContent('.second-factor__secret')) ?? '').replace(/\s/g, '')
      await page.fill('input[name="code"]', appCode(secret))
      await page.press('input[name="code"]', 'Enter')
      await page.locator('.second-factor__codes li').first().waitFor()
      await page.getByRole('button', { name: text.continue }).click()
      await expectBackOffice(page)
      if (language === 'en') await createAccounts(page, server.url, [accounts.fr, accounts.nl])
    })

    it('adds a passkey from the account screen, after a missing name', async () => {
      await openAccount(page)
      const list = page.locator('.passkey-list')
      assert.equal((await list.locator('h2').textContent())?.trim(), text.passkeysTitle)
      await list.getByText(text.passkeysNone).waitFor()
      await checkAxe(page, `passkeys on the account screen (${language})`, ['.passkey-list'])

      await list.getByRole('button', { name: text.passkeyAdd }).click()
      await list.getByRole('alert').filter({ hasText: text.passkeyNameRequired }).waitFor()
      assert.equal(await list.getByLabel(text.passkeyName).getAttribute('aria-invalid'), 'true')
      await checkAxe(page, `passkeys with a missing name (${language})`, ['.passkey-list'])

      await list.getByLabel(text.passkeyName).fill(name)
      // Enter adds the passkey; it does not save the account form around it.
      await list.getByLabel(text.passkeyName).press('Enter')
      await list
        .getByRole('status')
        .filter({ hasText: fillPlaceholders(text.passkeyAdded, { name }) })
        .waitFor()
      const rows = list.locator('tbody tr')
      assert.equal(await rows.count(), 1)
      assert.equal((await rows.first().locator('td').first().textContent())?.trim(), name)
      assert.equal((await rows.first().locator('td').nth(2).textContent())?.trim(), text.passkeyNeverUsed)
      await checkAxe(page, `passkeys with one added (${language})`, ['.passkey-list'])
      const { credentials } = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })) as { credentials: unknown[] }
      assert.equal(credentials.length, 1)
    })

    it('signs in with the password, then the passkey instead of a code', async () => {
      await signOut(context, language)
      await signInWithPassword(page, language)
      const button = page.getByRole('button', { name: text.passkeyUse })
      await button.waitFor()
      // The code stays on offer, under its heading.
      assert.equal((await page.locator('.second-factor__or').textContent())?.trim(), text.passkeyOrCode)
      assert.ok(await page.locator('.second-factor__form input[name="code"]').isVisible())
      await checkAxe(page, `code screen with a passkey (${language})`)

      // Without the passkey on this device, the browser gives nothing back: a focused, localized error.
      const { credentials } = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })) as { credentials: object[] }
      await cdp.send('WebAuthn.clearCredentials', { authenticatorId })
      await button.press('Enter')
      const summary = page.locator('.second-factor__passkey .second-factor__error-summary')
      await summary.waitFor()
      assert.ok(((await summary.textContent()) ?? '').includes(text.passkeyCancelled), String(await summary.textContent()))
      assert.equal(await summary.evaluate((element) => element === document.activeElement), true, 'the error summary has the focus')
      await checkAxe(page, `code screen with a passkey error (${language})`)

      await cdp.send('WebAuthn.addCredential', { authenticatorId, credential: credentials[0] as never })
      await button.press('Enter')
      await expectBackOffice(page)
    })

    it('lists the session with the passkey as its second step, and the passkey as used', async () => {
      await openAccount(page)
      const current = page.locator('.session-list tbody tr').filter({ hasText: text.sessionCurrent })
      await current.waitFor()
      assert.equal((await current.locator('td').nth(3).textContent())?.trim(), text.methodPasskey)
      const row = page.locator('.passkey-list tbody tr')
      await row.waitFor()
      assert.notEqual((await row.locator('td').nth(2).textContent())?.trim(), text.passkeyNeverUsed)
    })

    it('removes the passkey, after a confirmation, and the second step offers codes only again', async () => {
      const list = page.locator('.passkey-list')
      await list.getByRole('button', { name: fillPlaceholders(text.passkeyRemoveLabel, { name }) }).click()
      await list.getByText(fillPlaceholders(text.passkeyRemoveConfirm, { name })).waitFor()
      await checkAxe(page, `passkey removal's confirmation (${language})`, ['.passkey-list'])
      await list.locator('.passkey-list__confirm').getByRole('button', { name: text.passkeyRemove }).click()
      await list
        .getByRole('status')
        .filter({ hasText: fillPlaceholders(text.passkeyRemoved, { name }) })
        .waitFor()
      await list.getByText(text.passkeysNone).waitFor()
      await signOut(context, language)
      await signInWithPassword(page, language)
      assert.equal(await page.getByRole('button', { name: text.passkeyUse }).count(), 0)
    })
  })
}
