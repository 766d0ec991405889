/**
 * The translation workflow in Chromium, through the admin as people use it: a translator whose
 * admin speaks French opens a Dutch news item (it opens in French, her working language), writes the
 * French with the Dutch shown under each field, finds the shared fields read-only and no publish
 * control, and marks the French ready for review; an editor whose admin speaks Dutch follows the
 * emailed link, finds the item among those ready, and publishes the French only; then the Dutch
 * changes and the French shows as outdated, in the list and to the translator. axe on the screens.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Locale } from '@/site/routes'
import { checkAxe, chooseFromPopup, signedInThroughForm } from '../support/admin-browser'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import { type Belfort, startTestServer } from '../support/server'

let server: Belfort
let admin: Awaited<ReturnType<typeof adminSession>>
let browser: Browser

const PASSWORD = 'a-long-test-password-for-translation'
const TRANSLATOR = 'vertaalster@belfort.test'
const EDITOR = 'redacteur@belfort.test'
const DUTCH = { title: 'Nieuwe premie voor groendaken', summary: 'Vanaf maart vraagt u de premie online aan.' }
const FRENCH = { title: 'Nouvelle prime pour toitures vertes', summary: 'À partir de mars, demandez la prime en ligne.' }

let id: number

before(
  async () => {
    ;[server, browser] = await Promise.all([startTestServer({ env: { STAFF_2FA: 'optional' } }), launchBrowser()])
    admin = await adminSession(server.url)
    for (const [email, roles, workingLanguage] of [
      [TRANSLATOR, ['translator'], 'fr'],
      [EDITOR, ['editor'], 'nl'],
    ] as const) {
      const made = await admin('/api/users', {
        method: 'POST',
        body: JSON.stringify({ email, password: PASSWORD, roles, workingLanguage, language: workingLanguage }),
      })
      assert.equal(made.status, 201, await made.text())
    }
    const created = await admin('/api/news?locale=nl', {
      method: 'POST',
      body: JSON.stringify({ ...DUTCH, slug: 'nieuwe-premie-groendaken', publishedAt: '2026-11-02T09:00:00.000Z', _status: 'published' }),
    })
    const body = await created.text()
    assert.equal(created.status, 201, body)
    id = (JSON.parse(body) as { doc: { id: number } }).doc.id
  },
  { timeout: 600_000 },
)
after(async () => {
  await browser?.close()
  await server?.stop()
})

const signedIn = (language: Locale, email: string) => signedInThroughForm(browser, server.url, language, email, PASSWORD)

/** Opens the item as from a link without a language, and waits for the language it opens in. */
async function openItem(page: Page, locale: Locale): Promise<void> {
  await page.goto(`${server.url}/admin/collections/news/${id}`)
  await page.waitForURL((url) => url.searchParams.get('locale') === locale)
  await page.waitForSelector('#field-title')
  await page.waitForSelector('[data-source-text="title"] dl')
  await takeOverIfLocked(page)
}

/** What the workflow adds to the edit screen: the other languages under the fields, the languages' states. */
const WORKFLOW_PARTS = ['[data-source-text]', '[data-translation-states]']

/** Takes the item over when someone else still has it open, as Payload asks a person to. */
async function takeOverIfLocked(page: Page): Promise<void> {
  const takeOver = page.locator('#document-locked-take-over')
  // The lock is noticed a moment after the form shows: wait a little for it.
  const locked = await takeOver
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => true)
    .catch(() => false)
  if (locked) await takeOver.click()
  await page.locator('#document-locked').waitFor({ state: 'hidden' })
}

const stateIn = (page: Page, language: Locale, state: string) => page.locator(`[data-language-state="${language}:${state}"]`).first()

describe('translation workflow', () => {
  let translator: { context: BrowserContext; page: Page }
  let editor: { context: BrowserContext; page: Page }
  let link: string

  after(async () => {
    await translator?.context.close()
    await editor?.context.close()
  })

  it('a translator writes French with the Dutch shown under each field, shared fields read-only and no publish control', {
    timeout: 180_000,
  }, async () => {
    translator = await signedIn('fr', TRANSLATOR)
    const { page } = translator
    await openItem(page, 'fr')
    assert.match(
      (await page.locator('[data-source-text="title"] [data-language="nl"] dd').textContent()) ?? '',
      /Nieuwe premie voor groendaken/,
    )
    assert.match((await page.locator('[data-source-text="summary"] [data-language="nl"] dd').textContent()) ?? '', /online aan/)
    // Shared fields read-only, not editable and quietly put back.
    assert.equal(await page.isDisabled('#field-withdrawal__withdrawn'), true, 'the withdrawn box is read-only')
    assert.match(
      (await page.getAttribute('#field-themes', 'class')) ??
        (await page.locator('.field-type.relationship').first().getAttribute('class')) ??
        '',
      /read-only/,
    )
    // No publish control: saving a draft is what a translator does.
    assert.equal(await page.locator('#action-save').count(), 0, 'no publish button')
    assert.equal(await page.locator('#action-save-draft').count(), 1)
    // Payload's own edit screen has findings of its own; what this workflow adds must have none.
    await checkAxe(page, 'the translator’s edit screen (fr)', WORKFLOW_PARTS)

    await page.fill('#field-title', FRENCH.title)
    await page.fill('#field-summary', FRENCH.summary)
    await page.fill('#field-slug', 'nouvelle-prime-toitures-vertes')
    await page.locator('#field-readyForReview').check({ force: true })
    await page.click('#action-save-draft')
    await stateIn(page, 'fr', 'ready').waitFor({ timeout: 30_000 })
    assert.equal(await page.locator('.payload-toast-item.toast-error, .toast-error').count(), 0, 'no error on save')

    const saved = (await (await admin(`/api/news/${id}?locale=fr&draft=true&depth=0`)).json()) as Record<string, unknown>
    assert.equal(saved.title, FRENCH.title)
    assert.equal(saved.readyIn, 'fr')
    const outbox = (await (await admin(`/api/email-outbox?where[to][equals]=${EDITOR}&depth=0`)).json()) as {
      docs: { subject: string; text: string }[]
    }
    assert.equal(outbox.docs.length, 1, 'the editor is told by email')
    assert.match(outbox.docs[0]!.subject, /Klaar voor nalezing \(Frans\)/)
    link = outbox.docs[0]!.text.match(/https?:\/\/\S+/)?.[0] ?? ''
    assert.match(link, new RegExp(`/admin/collections/news/${id}\\?locale=fr$`))
  })

  it('an editor sees it among the translations ready for review and publishes the French only', { timeout: 180_000 }, async () => {
    editor = await signedIn('nl', EDITOR)
    const { page } = editor
    await page.goto(`${server.url}/admin/collections/news?locale=fr&where[readyIn][contains]=fr`)
    const row = page.locator('.table tbody tr', { hasText: FRENCH.title })
    await row.waitFor()
    assert.equal(await page.locator('.table tbody tr').count(), 1, 'only what is ready')
    assert.equal(await row.locator('[data-language-state="fr:ready"]').count(), 1)
    await checkAxe(page, 'the list of translations ready for review (nl)', ['[data-language-state]'])

    await page.goto(link)
    await page.waitForSelector('#field-title')
    await takeOverIfLocked(page)
    assert.equal(await page.inputValue('#field-title'), FRENCH.title)
    await chooseFromPopup(page, '#action-save-popup button', '#publish-locale')
    await stateIn(page, 'fr', 'live').waitFor({ timeout: 30_000 })

    const live = (await (await fetch(`${server.url}/api/news/${id}?locale=fr&depth=0&fallback-locale=none`)).json()) as Record<
      string,
      unknown
    >
    assert.equal(live.title, FRENCH.title, 'the French is online')
    const dutch = (await (await fetch(`${server.url}/api/news/${id}?locale=nl&depth=0`)).json()) as Record<string, unknown>
    assert.equal(dutch.title, DUTCH.title, 'the Dutch is as it was')
    const after = (await (await admin(`/api/news/${id}?locale=fr&draft=true&depth=0`)).json()) as Record<string, unknown>
    assert.equal(after.readyIn, null, 'no longer waiting for review')
  })

  it('a change to the Dutch marks the French outdated, in the list and to the translator', { timeout: 180_000 }, async () => {
    const { page } = editor
    await openItem(page, 'nl')
    await page.fill('#field-summary', 'Vanaf april vraagt u de premie online aan.')
    await page.click('#action-save-draft')
    await stateIn(page, 'fr', 'outdated').waitFor({ timeout: 30_000 })
    await page.goto(`${server.url}/admin/collections/news?locale=nl`)
    await page.locator('.table tbody tr', { hasText: DUTCH.title }).locator('[data-language-state="fr:outdated"]').waitFor()

    const own = translator.page
    await openItem(own, 'fr')
    await own.locator('[data-outdated-field="summary"]').waitFor()
    assert.equal(await own.locator('[data-outdated-field="title"]').count(), 0, 'only the field whose Dutch changed')
    assert.match((await own.locator('[data-outdated-notice]').textContent()) ?? '', /à mettre à jour/)
    await checkAxe(own, 'the translator’s edit screen with an outdated field (fr)', WORKFLOW_PARTS)
  })
})
