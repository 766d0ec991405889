/**
 * The back office in the staff member's language (issue 14, item 2): signed in through the sign-in
 * screen as an admin (Dutch), an editor (French) and a translator (Dutch), the screens an editor
 * uses — lists and edit screens of pages, news, documents and media, the accounts and one's own
 * account, a versions list, an open date picker, the toast after a save — show no English word, no
 * raw value (role slugs, `[object Object]`), no 12-hour time and no English or ordinal date; axe
 * checks each (see checkScreen for Payload's own screens). Dates read "23 november 2026 13:51" in Brussels time; a typed Belgian date is accepted;
 * a save shows one toast.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it, type TestContext } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Locale } from '@/site/routes'
import { sayMoment } from '@/back-office/language/english-dates'
import { checkAxe, fillAndKeep } from '../support/admin-browser'
import { formatViolations, runAxe } from '../support/axe'
import { findOnScreen, formatFindings } from '../support/admin-language'
import { launchBrowser } from '../support/chromium'
import { adminSession, submitContact } from '../support/contact'
import { type AdminApi, serverForThisFile } from '../support/for-this-file'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/server'

const server = serverForThisFile()
let api: AdminApi
let browser: Browser

const PASSWORD = 'a-long-password-for-the-language-test'
const PEOPLE = {
  admin: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, language: 'nl' },
  editor: { email: 'redactrice@belfort.test', password: PASSWORD, roles: ['editor'], language: 'fr' },
  translator: { email: 'vertaler@belfort.test', password: PASSWORD, roles: ['translator'], language: 'nl' },
} as const satisfies Record<string, { email: string; password: string; roles?: string[]; language: Locale }>

/** Each person's account id, for the locks below. */
const userIds: Partial<Record<keyof typeof PEOPLE, number | string>> = {}

/** Ids of the demo content the screens open. */
const ids: Record<'pages' | 'news' | 'documents' | 'media', string> = { pages: '', news: '', documents: '', media: '' }

async function firstId(collection: string): Promise<string> {
  const response = await api(`/api/${collection}?limit=1&depth=0&sort=id&draft=true`)
  const body = (await response.json()) as { docs: { id: number | string }[] }
  assert.ok(body.docs[0], `the demo content has ${collection}`)
  return String(body.docs[0].id)
}

/** The demo content has no image: one, with its alternative text in each language. */
async function addAnImage(): Promise<void> {
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), 'belfort.png')
  form.append('_payload', JSON.stringify({ alt: 'Het Belfort' }))
  const created = await api('/api/media?locale=nl', { method: 'POST', body: form })
  assert.equal(created.status, 201, await created.text())
}

before(
  async () => {
    browser = await launchBrowser()
    // The admin's REST session, for finding the demo content and creating the accounts (not what is tested).
    api = await adminSession((await server.started()).url)
    await addAnImage()
    // A message through the contact form, so the inbox and the outbox have a row to say in words.
    const sent = await submitContact((await server.started()).url, { lang: 'nl' })
    assert.equal(sent.status, 303, sent.body.slice(0, 500))
    for (const person of Object.values(PEOPLE)) {
      if (!('roles' in person)) continue
      const created = await api('/api/users', {
        method: 'POST',
        body: JSON.stringify({ email: person.email, password: person.password, roles: person.roles }),
      })
      assert.equal(created.status, 201, await created.text())
    }
    for (const collection of Object.keys(ids) as (keyof typeof ids)[]) ids[collection] = await firstId(collection)
    for (const [who, person] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)[keyof typeof PEOPLE]][]) {
      const found = (await (await api(`/api/users?where[email][equals]=${encodeURIComponent(person.email)}&depth=0`)).json()) as {
        docs: { id: number | string }[]
      }
      assert.ok(found.docs[0], `${who} has an account`)
      userIds[who] = found.docs[0].id
    }
  },
  { timeout: 180_000 },
)
after(() => browser?.close())

/**
 * Payload's own screens still have axe findings of their own (lists holding more than list items,
 * names that leave out the visible text, small targets, nested controls…), which are not about language: each screen's are listed
 * in the test's output and the test is marked TODO, so they stay in view without failing the run.
 * `BELFORT_ADMIN_AXE=strict` makes them fail it.
 */
const STRICT_AXE = process.env.BELFORT_ADMIN_AXE === 'strict'

/**
 * The findings Belfort has put right in Payload's screens (src/app/(payload)/custom.css for the
 * contrast, back-office/language/unnamed-controls.ts for the names): these fail the test always.
 */
const FIXED_AXE_RULES = new Set(['color-contrast', 'label', 'button-name', 'select-name', 'aria-input-field-name'])

/** Every English word or raw value on the screen fails the test, with what and where; then axe (see above). */
async function checkScreen(t: TestContext, page: Page, screen: string): Promise<void> {
  const findings = await findOnScreen(page)
  assert.equal(findings.length, 0, formatFindings(findings, screen))
  const violations = await runAxe(page)
  if (violations.length === 0) return
  const fixed = violations.filter((violation) => FIXED_AXE_RULES.has(violation.id))
  if (fixed.length > 0) assert.fail(formatViolations(fixed, screen))
  if (STRICT_AXE) assert.fail(formatViolations(violations, screen))
  t.diagnostic(formatViolations(violations, screen))
  t.todo(`axe: ${violations.length} finding(s) in Payload's own screen`)
}

/** Opens an admin path and waits until Payload has drawn it (no loading shimmer left). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}/admin${path}`)
  await page.waitForSelector('.template-default')
  await page.waitForLoadState('networkidle')
  await page
    .locator('.shimmer-effect')
    .first()
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => undefined)
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.press('#field-password', 'Enter')
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
}

/** The document locks a person holds (payload-locked-documents), by id. */
async function locksOf(who: keyof typeof PEOPLE): Promise<(number | string)[]> {
  const response = await api(`/api/payload-locked-documents?where[user.value][equals]=${userIds[who]}&depth=0&limit=100`)
  const body = (await response.json()) as { docs: { id: number | string }[] }
  return body.docs.map((lock) => lock.id)
}

/**
 * Lets go of the documents a person still holds when they leave. Payload releases a lock when its
 * holder saves or leaves the document with unsaved changes; after a mere look (opening the date
 * picker) it keeps it for five minutes, and going to another address or closing the browser is no
 * leave it sees. The next person in this file would then meet that lock's dialog in front of the
 * screen their test is about; the dialog has a test of its own ('shows the document-locked dialog').
 */
async function releaseLocks(who: keyof typeof PEOPLE): Promise<void> {
  for (const id of await locksOf(who)) {
    const deleted = await api(`/api/payload-locked-documents/${id}`, { method: 'DELETE' })
    assert.equal(deleted.status, 200, await deleted.text())
  }
}

/** The success toasts on screen once a save has settled. */
async function toastsAfterSave(page: Page): Promise<string[]> {
  await page.locator('[data-sonner-toast][data-type="success"]').first().waitFor()
  // A second toast for the same save comes after the redirect or the form's own one: give it time.
  await page.waitForTimeout(2500)
  return page.locator('[data-sonner-toast][data-type="success"]').allTextContents()
}

for (const [who, person] of Object.entries(PEOPLE)) {
  const language = person.language
  describe(`the admin of ${who === 'translator' ? 'a translator' : `an ${who}`} in ${language}`, () => {
    let context: BrowserContext
    let page: Page

    before(
      async () => {
        // Belgian staff work in Brussels time; the admin draws dates in the browser's zone.
        context = await browser.newContext({ locale: language, timezoneId: 'Europe/Brussels', viewport: { width: 1280, height: 900 } })
        await context.addCookies([{ name: 'payload-lng', value: language, url: server.url }])
        page = await context.newPage()
        await signIn(page, person.email, person.password)
      },
      { timeout: 120_000 },
    )
    after(async () => {
      await context?.close()
      await releaseLocks(who as keyof typeof PEOPLE)
    })

    it(`shows the "needs my attention" dashboard in ${language} only`, async (t) => {
      await open(page, '')
      await page.locator('.attention-dashboard, [data-attention]').first().waitFor()
      await checkScreen(t, page, `the dashboard (${who}, ${language})`)
    })

    for (const collection of ['pages', 'news', 'documents', 'media'] as const) {
      it(`shows the ${collection} list in ${language} only`, async (t) => {
        await open(page, `/collections/${collection}`)
        await checkScreen(t, page, `the ${collection} list (${who}, ${language})`)
      })

      it(`shows a ${collection} edit screen in ${language} only`, async (t) => {
        await open(page, `/collections/${collection}/${ids[collection]}`)
        await checkScreen(t, page, `a ${collection} edit screen (${who}, ${language})`)
      })
    }

    it(`shows a versions list in ${language} only, with 24-hour dates`, async (t) => {
      await open(page, `/collections/pages/${ids.pages}/versions`)
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
      const text = await page.locator('.template-default').innerText()
      assert.match(text, /\b\d{1,2} [\p{Ll}]+ \d{4} \d{2}:\d{2}\b/u, 'a version’s date reads “23 november 2026 13:51”')
      await checkScreen(t, page, `the versions list (${who}, ${language})`)
    })

    it(`shows one's own account in ${language}, roles in words`, async (t) => {
      await open(page, '/account')
      const duties = await page.locator('.role-duties li').allInnerTexts()
      assert.equal(duties.length, 7, 'each role with what it may do')
      assert.match(duties.join('\n'), language === 'nl' ? /Vertaler: vertaalt/ : /Traducteur\s: traduit/)
      // The list of roles is Belfort's own: axe must find nothing in it.
      await checkAxe(page, `the roles' duties (${who}, ${language})`, ['.role-duties'])
      await checkScreen(t, page, `the account screen (${who}, ${language})`)
    })

    it(`shows the document-locked dialog in ${language}, with a 24-hour Brussels date`, async (t) => {
      // Someone else is editing the news item: the lock as Payload records it when they type (setup, not what is tested).
      const holder = who === 'admin' ? 'editor' : 'admin'
      const created = await api('/api/payload-locked-documents', {
        method: 'POST',
        body: JSON.stringify({
          document: { relationTo: 'news', value: Number(ids.news) },
          user: { relationTo: 'users', value: userIds[holder] },
        }),
      })
      const answer = await created.text()
      assert.equal(created.status, 201, answer)
      const lock = (JSON.parse(answer) as { doc: { id: number | string; updatedAt: string } }).doc
      try {
        await open(page, `/collections/news/${ids.news}`)
        const since = page.locator('#document-locked .document-locked__content p:last-child strong')
        await since.waitFor()
        const expected = sayMoment(new Date(lock.updatedAt), language)
        assert.match(expected, /^\d{1,2} \p{Ll}+ \d{4} \d{2}:\d{2}$/u, 'written as “30 november 2026 13:51”')
        // The date is put in the admin's language as the dialog appears: give that a moment, then check the screen.
        await since
          .filter({ hasText: expected })
          .waitFor({ timeout: 5000 })
          .catch(() => undefined)
        await checkScreen(t, page, `the document-locked dialog (${who}, ${language})`)
        assert.equal(await since.textContent(), expected, 'the dialog says since when in the admin’s language, Brussels time')
        // As the person would: back to where they came from, leaving the document to its editor.
        await page.locator('#document-locked-go-back').click()
      } finally {
        const deleted = await api(`/api/payload-locked-documents/${lock.id}`, { method: 'DELETE' })
        assert.equal(deleted.status, 200, await deleted.text())
      }
    })

    if (who === 'admin') {
      it('shows the accounts with their roles in words', async (t) => {
        await open(page, '/collections/users')
        const roles = await page.locator('.cell-roles').allInnerTexts()
        assert.ok(
          roles.some((cell) => /Redacteur/.test(cell)) && roles.some((cell) => /Vertaler/.test(cell)),
          `roles in words: ${roles.join(' | ')}`,
        )
        await checkScreen(t, page, `the users list (${who}, ${language})`)
      })

      it('shows the inbox and the outbox in words', async (t) => {
        for (const collection of ['contact-messages', 'email-outbox']) {
          await open(page, `/collections/${collection}`)
          await checkScreen(t, page, `the ${collection} list (${who}, ${language})`)
        }
      })
    }

    if (who !== 'translator') {
      it(`takes a typed Belgian date in ${language}, keeps the day and shows one toast for the save`, async (t) => {
        await open(page, `/collections/documents/${ids.documents}`)
        const input = page.locator('#field-date input')
        // The form asks the server for its state once it has loaded, and that answer can overwrite what was
        // typed before it came (the stored date came back on a busy machine, even after the network was
        // idle): fillAndKeep types again if it went. Each date is read as a Belgian one and shown without a time.
        await page.waitForLoadState('networkidle')
        const month = language === 'nl' ? 'november' : 'novembre'
        await fillAndKeep(input, '29-11-2026', { press: 'Tab', shows: `29 ${month} 2026` })
        await fillAndKeep(input, '03/02/2021', { press: 'Tab', shows: `3 ${language === 'nl' ? 'februari' : 'février'} 2021` })
        await page.locator('#action-save-draft').click()
        const toasts = await toastsAfterSave(page)
        assert.equal(toasts.length, 1, `one toast per save: ${toasts.join(' | ')}`)
        const saved = (await (await api(`/api/documents/${ids.documents}?depth=0&draft=true`)).json()) as { date: string }
        assert.equal(saved.date, '2021-02-03T00:00:00.000Z', 'a day is kept as that day, whatever the zone')
        await checkScreen(t, page, `the toast after a save (${who}, ${language})`)
      })

      it(`opens a date picker in ${language} only`, async (t) => {
        await open(page, `/collections/documents/${ids.documents}`)
        await page.locator('#field-date input').click()
        await page.locator('.react-datepicker').waitFor()
        await checkScreen(t, page, `an open date picker (${who}, ${language})`)
      })

      it(`shows one toast when a new item is created (${language})`, async (t) => {
        await open(page, '/collections/themes/create')
        await page.fill('#field-name', `Nieuw thema ${language} ${Date.now()}`)
        if (await page.locator('#field-slug').isEditable()) await page.fill('#field-slug', `nieuw-thema-${language}-${Date.now()}`)
        await page.locator('#action-save').click()
        await page.waitForURL(/\/collections\/themes\/\d+/)
        const toasts = await toastsAfterSave(page)
        assert.equal(toasts.length, 1, `one toast per save: ${toasts.join(' | ')}`)
        await checkScreen(t, page, `the toast after creating (${who}, ${language})`)
      })
    }
  })
}
