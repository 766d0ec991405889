/** What the browser tests of the back office's sign-in share: the app's code, axe on a screen, a browser in one admin language. */
import assert from 'node:assert/strict'
import { Secret, TOTP } from 'otpauth'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import type { Locale } from '@/site/routes'
import { formatViolations, runAxe } from './axe'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server'

const PASSWORD = 'another-long-test-password'

/** One account per admin language, each of a role that must use a second factor (the first admin's in English). */
export const SIGN_IN_ACCOUNTS: Record<Locale, { email: string; password: string; roles?: string[] }> = {
  en: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  fr: { email: 'suivi@belfort.test', password: PASSWORD, roles: ['follow-up'] },
  nl: { email: 'behandelaar@belfort.test', password: PASSWORD, roles: ['contact-handler'] },
}

/** The code an authenticator app would show, computed here from the secret the screen showed. */
export function appCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at })
}

/** Fails with axe's findings on the page, or on the parts `include` names less those `exclude` names. */
export async function checkAxe(page: Page, where: string, include: string[] = [], exclude: string[] = []): Promise<void> {
  const violations = await runAxe(page, { include, exclude })
  assert.equal(violations.length, 0, formatViolations(violations, where))
}

/** A fresh browser whose admin speaks `language`. */
export async function adminContextIn(browser: Browser, serverUrl: string, language: Locale): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: language, viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: language, url: serverUrl }])
  return context
}

/** A browser in `language` signed in through the admin's form, as a person does (for roles without a second step). */
export async function signedInThroughForm(
  browser: Browser,
  serverUrl: string,
  language: Locale,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await adminContextIn(browser, serverUrl, language)
  const page = await context.newPage()
  await page.goto(`${serverUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.press('#field-password', 'Enter')
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  return { context, page }
}

/** Creates accounts through the API with the signed-in page's session, as the admin's own screen would. */
export async function createAccounts(
  page: Page,
  serverUrl: string,
  accounts: readonly { email: string; password: string; roles?: readonly string[] }[],
): Promise<void> {
  for (const { email, password, roles } of accounts) {
    const created = await page.request.post(`${serverUrl}/api/users`, { data: { email, password, roles }, headers: { Origin: serverUrl } })
    assert.equal(created.status(), 201, await created.text())
  }
}

/**
 * Clicks a button of an edit screen until what it starts has begun (`began`, given how long to wait:
 * a request sent, a message shown), three times at most. Payload enables a save button between two
 * of the form's state round trips; on a loaded machine a click can land as the next one starts and
 * go unanswered, and a person would click again. What began is answered.
 */
export async function clickUntil<T>(page: Page, button: string, began: (timeout: number) => Promise<T>): Promise<T> {
  for (let click = 1; ; click++) {
    const beginning = began(click === 3 ? 30_000 : 10_000)
    // An unanswered click's waiter fails later; that is the answer read below, not an unhandled rejection.
    beginning.catch(() => undefined)
    await page.click(button)
    try {
      return await beginning
    } catch (error) {
      if (click === 3) throw error
    }
  }
}

/**
 * Opens a popup menu of an edit screen (`opener`) and clicks one of its items, three tries at most.
 * The form re-renders as its state comes back from the server; a re-render closes an open popup, and
 * on a loaded machine that can happen between the opening and the click. A person opens it again.
 */
export async function chooseFromPopup(page: Page, opener: string, item: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // The opener toggles: it is clicked only while the popup is closed.
    if (!(await page.locator(item).isVisible())) await page.locator(opener).first().click()
    try {
      // A click that times out waiting for the item to be visible and stable was never made: trying again cannot choose twice.
      await page.locator(item).click({ timeout: attempt === 3 ? 30_000 : 5_000 })
      return
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
}

/**
 * Clicks a save button of an edit screen and waits for the server to answer the save: the form
 * itself stays on screen throughout, so waiting for a field proves nothing on a slow machine.
 */
export async function saveAndWait(page: Page, button: string, collection: string): Promise<void> {
  // A new document is posted to the collection, a change to the document's own address.
  const isOf = (pathname: string) => pathname === `/api/${collection}` || pathname.startsWith(`/api/${collection}/`)
  const request = await clickUntil(page, button, (timeout) =>
    page.waitForRequest((sent) => sent.method() !== 'GET' && isOf(new URL(sent.url()).pathname), { timeout }),
  )
  const response = await request.response()
  assert.ok(response?.ok(), `saving ${collection}: ${response?.status()}`)
}

/**
 * Types into a field of an edit screen and makes sure it stayed typed: on a busy machine an answer
 * the form asked for before the typing (its state from the server) can arrive after it and put the
 * stored value back, and a save would then store the old one. Looks again a moment later, and types
 * again if it went.
 */
export async function fillAndKeep(field: Locator, value: string, leave?: { press: string; shows: string }): Promise<void> {
  // A field that rewrites what was typed once it is left (a date read and shown in words) is checked for what it shows then.
  const shows = leave?.shows ?? value
  let seen = ''
  for (let attempt = 1; attempt <= 3; attempt++) {
    await field.fill(value)
    if (leave) await field.press(leave.press)
    await new Promise((resolve) => setTimeout(resolve, 750))
    seen = await field.inputValue()
    if (seen === shows) return
  }
  assert.fail(`the field kept losing what was typed into it: typed ${value}, expected ${shows}, shown ${seen}`)
}
