/**
 * Four eyes through the admin, as the people do it (issue 14, item 10): the admin asks a second
 * person's approval for pages in the site settings (Dutch); an editor (Dutch) finds no publish button
 * on a page and submits it for approval with a note; a second editor (French) finds it on her
 * dashboard, opens it from the list of requests, returns it with a comment (refused without one);
 * the first editor finds the return on his dashboard and in the panel, saves and submits anew; the
 * second approves, and the page is public. axe checks the panel and each dialog.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { checkAxe, fillAndKeep, signedInThroughForm } from '../support/admin-browser'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import { type AdminApi, serverForThisFile } from '../support/for-this-file'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/server'

const server = serverForThisFile({ env: { STAFF_2FA: 'optional' } })
let api: AdminApi
let browser: Browser
const PASSWORD = 'a-long-test-password-for-four-eyes'
const AUTHOR = { email: 'jan.auteur@belfort.test', name: 'Jan Auteur', language: 'nl' } as const
const APPROVER = { email: 'lea.relectrice@belfort.test', name: 'Léa Relectrice', language: 'fr' } as const
const TITLE = 'Premies voor renovatie in 2027'
const SLUG = 'premies-renovatie-2027'
let pageId: number

before(
  async () => {
    browser = await launchBrowser()
    // The admin's REST session, for the setup below and the checks of what was stored (not what is tested).
    api = await adminSession((await server.started()).url)
    for (const person of [AUTHOR, APPROVER]) {
      const created = await api('/api/users', {
        method: 'POST',
        body: JSON.stringify({
          email: person.email,
          name: person.name,
          password: PASSWORD,
          roles: ['editor'],
          language: person.language,
          workingLanguage: 'nl',
        }),
      })
      assert.equal(created.status, 201, await created.text())
    }
    // The draft the editor wrote (setup, not what is tested).
    const created = await api('/api/pages?locale=nl&draft=true', {
      method: 'POST',
      body: JSON.stringify({ title: TITLE, slug: SLUG, _status: 'draft' }),
    })
    const answer = await created.text()
    assert.equal(created.status, 201, answer)
    pageId = (JSON.parse(answer) as { doc: { id: number } }).doc.id
  },
  { timeout: 180_000 },
)
after(() => browser?.close())

/** The page's Dutch title: its latest draft's, or what is published. */
async function latestTitle(draft: boolean): Promise<string | undefined> {
  const answer = await api(`/api/pages/${pageId}?locale=nl&depth=0&draft=${draft}`)
  return ((await answer.json()) as { title?: string }).title
}

const textOf = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? ''

/** The subjects of the four-eyes emails queued for this address, oldest first. */
async function approvalEmailsTo(address: string): Promise<string[]> {
  const answer = await api(
    `/api/email-outbox?where[kind][equals]=approval&where[to][equals]=${encodeURIComponent(address)}&sort=createdAt&depth=0`,
  )
  return ((await answer.json()) as { docs: { subject: string }[] }).docs.map((email) => email.subject)
}

/** Someone leaving a document keeps Payload's lock on it for minutes: the next person here must not meet it. */
async function releaseLocks(): Promise<void> {
  const body = (await (await api('/api/payload-locked-documents?limit=100&depth=0')).json()) as { docs: { id: number }[] }
  for (const lock of body.docs) await api(`/api/payload-locked-documents/${lock.id}`, { method: 'DELETE' })
}

async function as(person: { email: string; language: 'nl' | 'fr' }): Promise<{ context: BrowserContext; page: Page }> {
  await releaseLocks()
  return signedInThroughForm(browser, server.url, person.language, person.email, PASSWORD)
}

async function openDashboard(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin`)
  await page.locator('.attention-dashboard').waitFor()
}

async function openPage(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin/collections/pages/${pageId}`)
  await page.locator('[data-approval-panel]').waitFor()
  await page.waitForLoadState('networkidle')
}

/** Clicks a step's button, checks its dialog with axe, writes `text` when given, confirms. */
async function takeStep(page: Page, step: 'submit' | 'return' | 'approve', where: string, text?: string): Promise<void> {
  await page.locator(`.belfort-approval__${step}`).click()
  const dialog = page.locator('dialog.belfort-approval-dialog[open]')
  await dialog.waitFor()
  await checkAxe(page, where, ['dialog.belfort-approval-dialog[open]'])
  if (text !== undefined) await dialog.locator('textarea').fill(text)
  await dialog.locator('.belfort-approval-dialog__confirm').click()
}

describe('four eyes through the admin', () => {
  it('the admin asks a second person’s approval for pages, in the site settings (nl)', { timeout: 120_000 }, async () => {
    const { context, page } = await signedInThroughForm(browser, server.url, 'nl', ADMIN_EMAIL, ADMIN_PASSWORD)
    try {
      await page.goto(`${server.url}/admin/globals/site-settings`)
      const field = page.locator('#field-approvalRequiredFor')
      await field.waitFor()
      await field.locator('.rs__control').click()
      await page.locator('.rs__option', { hasText: 'Pagina’s' }).click()
      await page.locator('#action-save').click()
      await page.locator('[data-sonner-toast][data-type="success"]').first().waitFor()
      const settings = (await (await api('/api/globals/site-settings?depth=0')).json()) as { approvalRequiredFor?: string[] }
      assert.deepEqual(settings.approvalRequiredFor, ['pages'])
    } finally {
      await context.close()
    }
  })

  it('an editor finds no publish button and submits the page for approval (nl)', { timeout: 120_000 }, async () => {
    const { context, page } = await as(AUTHOR)
    try {
      await openPage(page)
      assert.equal(await page.locator('#action-save').count(), 0, 'no publish button for what needs approval')
      const panel = page.locator('[data-approval-panel]')
      assert.match(await textOf(panel), /keurt een tweede persoon elke publicatie goed[\s\S]*Niet ter goedkeuring voorgelegd/)
      await checkAxe(page, 'the approval panel (nl)', ['[data-approval-panel]'])
      await takeStep(page, 'submit', 'the submit dialog (nl)', 'Graag nakijken voor vrijdag.')
      await panel.locator('[data-approval-open]').waitFor()
      assert.match(await textOf(panel), /Wacht op goedkeuring sinds \d{1,2} \p{Ll}+ \d{4} \d{2}:\d{2}, voorgelegd door Jan Auteur/u)
      assert.match(await textOf(panel), /Iemand anders moet het goedkeuren/)
      const stored = (await (await api(`/api/approval-requests?where[targetId][equals]=${pageId}&depth=0`)).json()) as {
        docs: { state: string; note: string }[]
      }
      assert.deepEqual(
        stored.docs.map(({ state, note }) => ({ state, note })),
        [{ state: 'submitted', note: 'Graag nakijken voor vrijdag.' }],
      )
      // The second editor is told by email, in the language she chose for back-office emails.
      assert.deepEqual(await approvalEmailsTo(APPROVER.email), [`À approuver : ${TITLE}`])
    } finally {
      await context.close()
    }
  })

  it('a second editor finds it on her dashboard and returns it with a comment, not without (fr)', { timeout: 120_000 }, async () => {
    const { context, page } = await as(APPROVER)
    try {
      await openDashboard(page)
      const count = page.locator('[data-attention="approval-waitingForMe"]')
      assert.equal(await count.count(), 1, await textOf(page.locator('.attention-dashboard')))
      assert.match(await textOf(count), /^1\s*En attente de mon approbation/)
      await count.locator('a').click()
      await page.locator('tbody a', { hasText: TITLE }).first().click()
      await page.locator('.belfort-approval__item a').click()
      await page.waitForURL(new RegExp(`/admin/collections/pages/${pageId}`))
      await page.locator('[data-approval-open]').waitFor()
      const panel = page.locator('[data-approval-panel]')
      assert.match(await textOf(panel), /soumis par Jan Auteur[\s\S]*Note : Graag nakijken voor vrijdag\./)
      await checkAxe(page, 'the approval panel (fr)', ['[data-approval-panel]'])

      await takeStep(page, 'return', 'the return dialog (fr)', '')
      const error = page.locator('dialog[open] .belfort-approval-dialog__error')
      await error.waitFor()
      assert.equal(await textOf(error), 'Écrivez ce qu’il faut changer.')
      await page.locator('dialog[open] textarea').fill('Il manque les montants des primes.')
      await page.locator('dialog[open] .belfort-approval-dialog__confirm').click()
      await panel.locator('[data-approval-last="returned"]').waitFor()
      assert.match(await textOf(panel), /Renvoyé par Léa Relectrice le .*: Il manque les montants des primes\./)
      assert.equal(await page.locator('dialog[open]').count(), 0, 'the dialog closed')
    } finally {
      await context.close()
    }
  })

  it('the editor sees the return, saves his change and submits anew (nl)', { timeout: 120_000 }, async () => {
    const { context, page } = await as(AUTHOR)
    try {
      await openDashboard(page)
      const count = page.locator('[data-attention="approval-returnedToMe"]')
      assert.equal(await count.count(), 1, await textOf(page.locator('.attention-dashboard')))
      assert.match(await textOf(count), /^1\s*Naar mij teruggestuurd/)
      await openPage(page)
      assert.match(
        await textOf(page.locator('[data-approval-last="returned"]')),
        /Teruggestuurd door Léa Relectrice .*Il manque les montants/,
      )
      await fillAndKeep(page.locator('#field-title'), `${TITLE} (tot 3.000 euro)`)
      await page.locator('#action-save-draft').click()
      await page.locator('[data-sonner-toast][data-type="success"]').first().waitFor()
      // What the approver will publish: the draft as stored, not as the form shows it.
      assert.equal(await latestTitle(true), `${TITLE} (tot 3.000 euro)`, 'the saved draft')
      await takeStep(page, 'submit', 'the submit dialog, again (nl)')
      await page.locator('[data-approval-open]').waitFor()
    } finally {
      await context.close()
    }
    const dashboard = await as(AUTHOR)
    try {
      await openDashboard(dashboard.page)
      assert.equal(await dashboard.page.locator('[data-attention="approval-returnedToMe"]').count(), 0, 'the return is dealt with')
    } finally {
      await dashboard.context.close()
    }
  })

  it('the second editor approves, and the page is public (fr)', { timeout: 120_000 }, async () => {
    const { context, page } = await as(APPROVER)
    try {
      await openPage(page)
      await page.locator('[data-approval-open]').waitFor()
      await takeStep(page, 'approve', 'the approve dialog (fr)')
      // Approving reloads the screen with the page published.
      await page.locator('[data-approval-last="approved"]').waitFor({ timeout: 30_000 })
      assert.match(await textOf(page.locator('[data-approval-panel]')), /Dernière approbation par Léa Relectrice/)
      assert.equal(await latestTitle(false), `${TITLE} (tot 3.000 euro)`, 'the published page, through the API')
      const published = await fetch(`${server.url}/nl/${SLUG}`)
      assert.equal(published.status, 200)
      assert.match(await published.text(), /tot 3\.000 euro/)
      assert.deepEqual(await approvalEmailsTo(AUTHOR.email), [
        `Teruggestuurd: ${TITLE}`,
        `Goedgekeurd en gepubliceerd: ${TITLE} (tot 3.000 euro)`,
      ])
    } finally {
      await context.close()
    }
  })
})
