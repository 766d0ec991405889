/**
 * The second factor in Chromium, in the admin's three languages (the `payload-lng` preference the
 * admin's language switch sets): set-up from the QR screen's secret with a wrong code first, the
 * recovery codes, then a sign-in with a recovery code and one with a code the test computes
 * itself, each after a wrong code. axe checks every screen, with and without its error.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { accountMessages } from '@/accounts/messages'
import type { Locale } from '@/site/routes'
import { launchBrowser } from '../support/chromium'
import { type Belfort, startTestServer } from '../support/server'
import { adminContextIn, appCode, checkAxe, createAccounts, SIGN_IN_ACCOUNTS } from '../support/admin-browser'

let server: Belfort
let browser: Browser
const accounts = SIGN_IN_ACCOUNTS

before(async () => {
  ;[server, browser] = await Promise.all([startTestServer({ env: { STAFF_2FA: 'required' } }), launchBrowser()])
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

const contextIn = (language: Locale): Promise<BrowserContext> => adminContextIn(browser, server.url, language)

/** Signs in with the password from a deep link and lands on the second-factor screen. */
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

/** Types a code and sends it with the keyboard; a wrong one must give a focused error summary tied to the field. */
const STEP_MS = 30_000
/** The newest time step whose code each secret has used: the server takes a step's code once only. */
const usedSteps = new Map<string, number>()

/**
 * The app's code of a step this secret has not used yet: the current step's, else the next one's
 * (which the server also accepts), waiting for the clock when both are spent (two sign-ins within
 * one step would otherwise send the same code and be refused as a replay).
 */
async function freshAppCode(secret: string): Promise<string> {
  for (;;) {
    const now = Date.now()
    const used = usedSteps.get(secret) ?? -1
    for (const at of [now, now + STEP_MS]) {
      const step = Math.floor(at / STEP_MS)
      if (step > used) {
        usedSteps.set(secret, step)
        return appCode(secret, at)
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function typeCode(page: Page, code: string): Promise<void> {
  await page.fill('input[name="code"]', code)
  await page.press('input[name="code"]', 'Enter')
}

async function expectError(page: Page, language: Locale, where: string): Promise<void> {
  const summary = page.locator('.second-factor__error-summary')
  await summary.waitFor()
  assert.equal(await summary.evaluate((element) => element === document.activeElement), true, 'the error summary has the focus')
  assert.match((await summary.textContent()) ?? '', new RegExp(accountMessages[language].errorSummaryTitle))
  assert.equal(await page.getAttribute('input[name="code"]', 'aria-invalid'), 'true')
  await checkAxe(page, `${where} with an error (${language})`)
}

async function expectBackOffice(page: Page): Promise<void> {
  await page.waitForURL(/\/admin\/collections\/users$/)
  await page.waitForSelector('.template-default')
}

async function signOut(context: BrowserContext, language: Locale): Promise<void> {
  await context.clearCookies()
  await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
}

/** The factors set up below, for the admin's own later sign-in. */
const secrets: Partial<Record<Locale, string>> = {}

for (const language of ['en', 'fr', 'nl'] as const) {
  describe(`second factor in ${language}`, () => {
    let context: BrowserContext
    let page: Page
    let secret: string
    let recoveryCodes: string[]
    const text = accountMessages[language]

    before(async () => {
      context = await contextIn(language)
      page = await context.newPage()
    })
    after(() => context?.close())

    it('sets the factor up from the QR screen, after a wrong code, and shows the recovery codes once', async () => {
      await signInWithPassword(page, language)
      assert.equal((await page.textContent('h1'))?.trim(), text.enrolTitle)
      assert.equal(await page.locator('svg.second-factor__qr[role="img"] title').textContent(), text.enrolQrTitle)
      await checkAxe(page, `set-up screen (${language})`)
      secret = ((await page.textContent('.second-factor__secret')) ?? '').replace(/\s/g, '')
      assert.match(secret, /^[A-Z2-7]{32}$/)
      secrets[language] = secret

      await typeCode(page, '000000')
      await expectError(page, language, 'set-up screen')

      await typeCode(page, await freshAppCode(secret))
      const codes = page.locator('.second-factor__codes li')
      await codes.first().waitFor()
      recoveryCodes = (await codes.allTextContents()).map((code) => code.trim())
      assert.equal(recoveryCodes.length, 10)
      assert.equal(await page.locator('.second-factor__recovery h2').evaluate((element) => element === document.activeElement), true)
      await checkAxe(page, `recovery codes (${language})`)
      await page.getByRole('button', { name: text.continue }).press('Enter')
      await expectBackOffice(page)
    })

    if (language === 'en') {
      it('lets the admin create the other languages’ accounts', async () => {
        await createAccounts(page, server.url, [accounts.fr, accounts.nl])
      })
    }

    it('signs in with a recovery code, after a wrong code', async () => {
      await signOut(context, language)
      await signInWithPassword(page, language)
      assert.equal((await page.textContent('h1'))?.trim(), text.verifyTitle)
      await checkAxe(page, `code screen (${language})`)
      await typeCode(page, '123456')
      await expectError(page, language, 'code screen')
      await typeCode(page, recoveryCodes[0]!)
      await expectBackOffice(page)
    })

    it('signs in with the code the app shows, and not twice with the same recovery code', async () => {
      await signOut(context, language)
      await signInWithPassword(page, language)
      await typeCode(page, recoveryCodes[0]!)
      await expectError(page, language, 'code screen, recovery code used')
      // The set-up used this step's code: the app's next one.
      await typeCode(page, await freshAppCode(secret))
      await expectBackOffice(page)
    })
  })
}

describe('an admin’s view of another account', () => {
  let context: BrowserContext
  let page: Page
  const text = accountMessages.en

  before(async () => {
    context = await contextIn('en')
    page = await context.newPage()
  })
  after(() => context?.close())

  it('lists its sessions, ends one, and resets its factor', async () => {
    await signInWithPassword(page, 'en')
    // The English account's codes were used just above: one of a step not used yet.
    await typeCode(page, await freshAppCode(secrets.en!))
    await expectBackOffice(page)
    const found = await page.evaluate(async (email) => {
      const response = await fetch(`/api/users?where[email][equals]=${encodeURIComponent(email)}`, { credentials: 'include' })
      return ((await response.json()) as { docs: { id: number }[] }).docs[0]?.id
    }, accounts.nl.email)
    assert.ok(found)
    await page.goto(`${server.url}/admin/collections/users/${found}`)
    const rows = page.locator('.session-list tbody tr')
    await rows.first().waitFor()
    const before = await rows.count()
    assert.ok(before >= 1)
    await checkAxe(page, 'session list and second factor (en)', ['.session-list', '.second-factor-field'])
    await rows.first().getByRole('button', { name: text.sessionEndButton }).press('Enter')
    await page.getByRole('status').filter({ hasText: text.sessionEnded }).waitFor()
    await page.waitForFunction((count) => document.querySelectorAll('.session-list tbody tr').length === count, before - 1)

    await page.getByRole('button', { name: text.factorReset }).click()
    await page.locator('.second-factor-field__confirm').getByRole('button', { name: text.factorReset }).click()
    await page.getByRole('status').filter({ hasText: text.factorResetDone }).waitFor()
    await checkAxe(page, 'second factor after a reset (en)', ['.second-factor-field'])
  })
})
