/**
 * Scheduling and versions through the admin in Chromium, in Dutch and French, as an editor would:
 * a note typed with a draft save, the "Planning" panel's dialog (publish and the edited language
 * preselected, Brussels time), the scheduled publication shown on the edit screen and in the news
 * list, the item live once its time has come (the jobs run every ten seconds), the email to whoever
 * scheduled it, and the versions list with each save's author and note. Then a save from another
 * address than SERVER_URL's, answered with the address to use. axe checks the dialog and the list.
 * Then change notes (src/changes): a major publish refused until it has a note in each language it
 * publishes, and Unpublish asking why in its own dialog, the old address answering 410.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { apiMessages } from '@/api/messages'
import { noteFieldOf } from '@/changes/fields'
import { changeProblems, changesMessages, unpublishMessages } from '@/changes/messages'
import { instantToBrusselsWallTime } from '@/back-office/scheduling/brussels-time'
import { describeScheduled } from '@/back-office/scheduling/describe'
import { schedulingMessages } from '@/back-office/scheduling/messages'
import { versionMessages } from '@/back-office/versions/messages'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import type { Locale } from '@/site/routes'
import { adminContextIn, checkAxe, clickUntil, fillAndKeep, saveAndWait } from '../support/admin-browser'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import { TestMailServer } from '../support/mail-server'
import { type Belfort, startTestServer } from '../support/server'

const PASSWORD = 'another-long-test-password'
const EDITORS = {
  nl: { email: 'redacteur-nl@belfort.test', name: 'Els Peeters' },
  fr: { email: 'redacteur-fr@belfort.test', name: 'Claire Dubois' },
} as const

let server: Belfort
let browser: Browser
let mail: TestMailServer
let admin: Awaited<ReturnType<typeof adminSession>>

before(
  async () => {
    mail = await TestMailServer.onFreePort()
    await mail.start()
    ;[server, browser] = await Promise.all([startTestServer({ env: { STAFF_2FA: 'optional', SMTP_URL: mail.url } }), launchBrowser()])
    admin = await adminSession(server.url)
    for (const { email, name } of Object.values(EDITORS)) {
      const created = await admin('/api/users', {
        method: 'POST',
        body: JSON.stringify({ email, name, password: PASSWORD, roles: ['editor'] }),
      })
      assert.equal(created.status, 201, await created.text())
    }
  },
  { timeout: 240_000 },
)
after(async () => {
  await browser?.close()
  await server?.stop()
  await mail?.stop()
})

/** A never-published draft news item with a title in Dutch and French. */
async function draftNews(title: string): Promise<number> {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const created = await admin('/api/news?locale=nl', {
    method: 'POST',
    body: JSON.stringify({ title, summary: title, slug, _status: 'draft' }),
  })
  assert.equal(created.status, 201, await created.clone().text())
  const { doc } = (await created.json()) as { doc: { id: number } }
  const french = await admin(`/api/news/${doc.id}?locale=fr&draft=true`, {
    method: 'PATCH',
    body: JSON.stringify({ title, summary: title, slug: `${slug}-fr`, _status: 'draft' }),
  })
  assert.equal(french.status, 200, await french.text())
  return doc.id
}

async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.press('#field-password', 'Enter')
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
}

/** The first whole minute at least 20 s from now: the dialog takes minutes, and the job must wait for it. */
function soon(): Date {
  return new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim()

it('logs the origin it accepts signed-in changes from at start', () => {
  const origin = new URL(server.url).origin.replaceAll('.', '\\.')
  assert.match(server.output(), new RegExp(`accepts signed-in changes from ${origin} only`))
})

describe('scheduling a publication and reading the versions, through the admin', { concurrency: true }, () => {
  for (const language of ['nl', 'fr'] as const satisfies Locale[]) {
    it(`schedules, shows it, publishes it on time and tells the scheduler (${language})`, { timeout: 240_000 }, async () => {
      const messages = schedulingMessages[language]
      const editor = EDITORS[language]
      const title = `Scheduled ${language} ${Date.now()}`
      const id = await draftNews(title)
      const context = await adminContextIn(browser, server.url, language)
      const page = await context.newPage()
      try {
        await signIn(page, server.url, editor.email)
        await page.goto(`${server.url}/admin/collections/news/${id}?locale=${language}`)
        const panel = page.locator('[data-schedule-panel]')
        await panel.getByText(messages.nothingScheduled).waitFor()

        // A note with the save, kept with its version.
        const note = `Typo in the summary fixed (${language})`
        await fillAndKeep(page.locator('#field-versionNote'), note)
        const saved = await clickUntil(page, '#action-save-draft', (timeout) =>
          page.waitForResponse((response) => response.url().includes(`/api/news/${id}`) && response.request().method() !== 'GET', {
            timeout,
          }),
        )
        assert.equal(saved.status(), 200)

        // The dialog opens on publish, in the language being edited, in Brussels time.
        await panel.getByRole('button', { name: messages.scheduleButton }).click()
        const dialog = page.locator('dialog.belfort-schedule-dialog[open]')
        await dialog.waitFor()
        assert.equal(await dialog.locator('input[name="schedule-type"][value="publish"]').isChecked(), true, 'publish is preselected')
        assert.equal(await dialog.locator('select[name="schedule-locale"]').inputValue(), language, 'the edited language is preselected')
        assert.match(squash(await dialog.textContent()), /Europe\/Brussels/)
        await checkAxe(page, `the schedule dialog (${language})`, ['dialog.belfort-schedule-dialog'])

        const at = soon()
        await dialog.locator('input[name="schedule-time"]').fill(instantToBrusselsWallTime(at))
        await dialog.getByRole('button', { name: messages.save, exact: true }).click()
        await dialog.waitFor({ state: 'hidden' })
        const what = describeScheduled({ type: 'publish', locale: language, at: at.toISOString() }, language)
        const entry = panel.locator('[data-scheduled-entry]')
        await entry.waitFor()
        const shown = squash(await entry.textContent())
        assert.ok(shown.toLowerCase().includes(what.toLowerCase()), `${shown} says ${what}`)
        assert.ok(shown.includes(editor.name), `${shown} names who scheduled it`)

        // The list says it too.
        await page.goto(`${server.url}/admin/collections/news?locale=${language}`)
        const cell = page.locator('tr', { hasText: title }).locator('[data-scheduled-cell]')
        assert.equal(squash(await cell.textContent()), what)

        // Live once its time has come, in that language.
        await until(
          'the scheduled publication',
          async () => {
            const response = await fetch(`${server.url}/api/news?where[id][equals]=${id}&locale=${language}&depth=0`)
            const { docs } = (await response.json()) as { docs: unknown[] }
            return docs.length === 1 ? true : undefined
          },
          at.getTime() - Date.now() + 60_000,
        )
        const email = await until(
          'the email to the scheduler',
          // Queued in the outbox by the publication, sent by the delivery job's next run (every ten seconds).
          async () => mail.received.find((received) => received.to.includes(editor.email) && received.text.includes(title)),
          60_000,
        )
        assert.ok(email.text.includes(language === 'nl' ? 'Wat u had gepland, is gebeurd' : 'Ce que vous aviez planifi'), email.text)

        // The versions list: who saved each version, and the note of the save that had one.
        await page.goto(`${server.url}/admin/collections/news/${id}/versions?locale=${language}`)
        const table = page.locator('[data-versions-table]')
        await table.waitFor()
        assert.equal(squash(await table.locator('th').first().textContent()), versionMessages[language].when)
        // The note is on the save it was written with (and on its publication, when one language is published from that draft).
        const withNote = await table.locator('[data-version-row]', { hasText: note }).locator('[data-version-author]').allTextContents()
        assert.ok(withNote.length >= 1, 'the save with a note is listed with it')
        assert.deepEqual(new Set(withNote.map((author) => author.trim())), new Set([editor.name]))
        const authors = await table.locator('[data-version-author]').allTextContents()
        assert.ok(
          authors.filter((author) => author.trim() === editor.name).length >= 2,
          `the save and the scheduled publication: ${authors}`,
        )
        await checkAxe(page, `the versions list (${language})`, ['.belfort-versions'])
      } finally {
        await context.close()
      }
    })
  }
})

describe('a save from another address than SERVER_URL', () => {
  for (const language of ['nl', 'fr'] as const satisfies Locale[]) {
    it(`says which address to use (${language})`, { timeout: 120_000 }, async () => {
      const id = await draftNews(`Wrong host ${language} ${Date.now()}`)
      // The test server's SERVER_URL is on 127.0.0.1; the same server at localhost is another origin.
      const accepted = new URL(server.url).origin
      const elsewhere = accepted.replace('127.0.0.1', 'localhost')
      const context = await adminContextIn(browser, elsewhere, language)
      const page = await context.newPage()
      try {
        await signIn(page, elsewhere, EDITORS[language].email)
        await page.goto(`${elsewhere}/admin/collections/news/${id}?locale=${language}`)
        await page.fill('#field-versionNote', 'from the wrong address')
        await page.click('#action-save-draft')
        const toast = page.locator('[data-sonner-toast]').first()
        await toast.waitFor({ timeout: 15_000 })
        // The admin shows the message as it was written: the words, then the address to use.
        const expected = fillPlaceholders(apiMessages[language].foreignOrigin, { origin: accepted })
        await until(
          'the refusal naming the address',
          async () => (squash(await toast.textContent()) === expected ? true : undefined),
          10_000,
        ).catch(async (error: Error) => assert.fail(`${error.message}; the toast says: ${squash(await toast.textContent())}`))
      } finally {
        await context.close()
      }
    })
  }
})

/** A page published in Dutch and French through the API, as the admin publishes it. */
async function publishedPage(title: string): Promise<{ id: number; slugs: Record<'nl' | 'fr', string> }> {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const slugs = { nl: slug, fr: `${slug}-fr` }
  const created = await admin('/api/pages?locale=nl&draft=true', {
    method: 'POST',
    body: JSON.stringify({ title, slug: slugs.nl, _status: 'draft' }),
  })
  assert.equal(created.status, 201, await created.clone().text())
  const { doc } = (await created.json()) as { doc: { id: number } }
  const french = await admin(`/api/pages/${doc.id}?locale=fr&draft=true`, {
    method: 'PATCH',
    body: JSON.stringify({ title: `${title} (fr)`, slug: slugs.fr, _status: 'draft' }),
  })
  assert.equal(french.status, 200, await french.text())
  const published = await admin(`/api/pages/${doc.id}?locale=nl`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })
  assert.equal(published.status, 200, await published.text())
  return { id: doc.id, slugs }
}

describe('change notes and unpublishing, through the admin', { concurrency: true }, () => {
  for (const language of ['nl', 'fr'] as const satisfies Locale[]) {
    it(`asks a note per language for a major change, and a reason to unpublish (${language})`, { timeout: 240_000 }, async () => {
      const other = language === 'nl' ? 'fr' : 'nl'
      const { id, slugs } = await publishedPage(`Notes ${language} ${Date.now()}`)
      const context = await adminContextIn(browser, server.url, language)
      const page = await context.newPage()
      try {
        await signIn(page, server.url, EDITORS[language].email)
        await page.goto(`${server.url}/admin/collections/pages/${id}?locale=${language}`)

        // Major, with a note in the edited language only: refused, the missing language named.
        // (A late answer of the form's state can undo what was typed on a busy machine: fillAndKeep.)
        await page.locator('[id^="field-changeKind-major"]').check({ force: true })
        await fillAndKeep(page.locator(`#field-${noteFieldOf(language)}`), `Note ${language}`)
        const refused = await clickUntil(page, '#action-save', (timeout) =>
          page.waitForResponse((r) => r.request().method() !== 'GET' && new URL(r.url()).pathname === `/api/pages/${id}`, { timeout }),
        )
        assert.equal(refused.status(), 400)
        const missing = changeProblems[language].noteMissing.replace('{language}', changeProblems[language][other])
        const answer = await refused.text()
        await page
          .getByText(missing)
          .first()
          .waitFor({ state: 'attached' })
          .catch((error: Error) => assert.fail(`${error.message}\nthe server answered: ${answer}`))

        // With the other language's note too, it goes out, and each language shows its own note.
        await fillAndKeep(page.locator(`#field-${noteFieldOf(other)}`), `Note ${other}`)
        await saveAndWait(page, '#action-save', 'pages')
        const shown = await (await fetch(`${server.url}/${language}/${slugs[language]}`)).text()
        assert.ok(shown.includes(changesMessages[language].changesAllUpdates) && shown.includes(`Note ${language}`), 'the note on the page')
        assert.ok(!shown.includes(`Note ${other}`), 'only the page’s language’s note')

        // Unpublish: the dialog asks why; without a reason the server refuses and the dialog says so.
        const words = unpublishMessages[language]
        await page.click('.doc-controls__dots')
        await page.click('#action-unpublish')
        const dialog = page.locator('[data-unpublish-dialog]')
        await dialog.waitFor()
        await checkAxe(page, `the unpublish dialog (${language})`, ['[data-unpublish-dialog]'])
        const noReason = page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/pages/${id}`)
        await dialog.locator('button[type="submit"]').click()
        assert.equal((await noReason).status(), 400)
        await dialog.getByRole('alert').getByText(changeProblems[language].reasonMissing).waitFor()
        await dialog.locator('input[name="unpublish-reason"][value="replaced"]').check()
        const replacement = `/${language}/${language === 'nl' ? 'over-ons' : 'a-propos'}`
        await dialog.locator('input[name="unpublish-replacement"]').fill(replacement)
        const unpublished = page.waitForResponse(
          (r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/pages/${id}`,
        )
        await dialog.locator('button[type="submit"]').click()
        assert.equal((await unpublished).status(), 200)
        await dialog.waitFor({ state: 'hidden' })
        await page.getByText(words.done).first().waitFor()

        const gone = await fetch(`${server.url}/${language}/${slugs[language]}`)
        assert.equal(gone.status, 410)
        assert.ok((await gone.text()).includes(`href="${replacement}"`), 'the replacement linked')
      } finally {
        await context.close()
      }
    })
  }
})
