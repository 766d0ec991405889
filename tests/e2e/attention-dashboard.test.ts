/**
 * The "needs my attention" dashboard through the admin in Chromium: an editor (in Dutch) and a
 * contact handler (in French) sign in and land on their own counts; a count opens the list of exactly
 * those items; a page past its review date is on the editor's dashboard and in the weekly email to
 * its owner; its "last reviewed" date is on the public page in three languages, with axe, and without
 * JavaScript. axe on the dashboard in both admin languages. Page feedback ("Is this page useful?"):
 * the pages with the most "no" on each one's dashboard, and the per-page figures and comments above the
 * feedback list, each person seeing their own pages only, with axe in both languages.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { dashboardMessages } from '@/back-office/dashboard/messages'
import { solveChallenge } from '@/contact/spam/challenge'
import { feedbackAdminMessages } from '@/feedback/messages'
import type { Locale } from '@/site/routes'
import { adminContextIn, checkAxe } from '../support/admin-browser'
import { checkPublicPage, urlProbe } from '../support/checks'
import { launchBrowser } from '../support/chromium'
import { adminSession, submitContact } from '../support/contact'
import { TestMailServer } from '../support/mail-server'
import { type Belfort, startTestServer } from '../support/server'
import { LANGUAGES, TEMPLATES } from '../support/site'

let server: Belfort
let browser: Browser
let mailServer: TestMailServer
let api: Awaited<ReturnType<typeof adminSession>>
const PASSWORD = 'a-long-dashboard-test-password'
const editor = { email: 'redacteur@belfort.test', language: 'nl' as const }
const handler = { email: 'gestionnaire@belfort.test', language: 'fr' as const }
const LAST_REVIEWED: Record<Locale, RegExp> = {
  nl: /Laatst herzien op 3 maart 2026/,
  fr: /Dernière révision le 3 mars 2026/,
  en: /Last reviewed on 3 March 2026/,
}
let aboutTitle = ''
let handled = 0
let handledReferences: string[] = []
/** The handler's administration's own page (its feedback is theirs) and the about page (the editors'). */
let handledPage = ''
const ABOUT = '/nl/over-ons'

/**
 * An answer through the public form, as a browser sends it; a comment after a "no" with the spam
 * check solved, as the browser's script would (the token carries its salt and target).
 */
async function sendFeedback(language: Locale, page: string, answer: 'yes' | 'no', comment?: string): Promise<void> {
  const post = (path: string, fields: Record<string, string>) =>
    fetch(server.url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    })
  const answered = await post(`/${language}/${language === 'fr' ? 'avis' : 'feedback'}`, { page, answer, website: '' })
  assert.equal(answered.status, 303, await answered.text())
  if (!comment) return
  const form = await (await fetch(server.url + answered.headers.get('location')!)).text()
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1] ?? ''
  const token = field('challenge')
  const challenge = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))
  const sent = await post(new URL(answered.headers.get('location')!, server.url).pathname, {
    ticket: field('ticket').replace(/&amp;/g, '&'),
    comment,
    challenge: token,
    solution: String(solveChallenge(challenge)),
    website: '',
  })
  assert.equal(sent.status, 303, await sent.text())
}

async function json<T>(response: Response): Promise<T> {
  assert.ok(response.ok, `${response.status} ${await response.clone().text()}`)
  return (await response.json()) as T
}

before(
  async () => {
    mailServer = await TestMailServer.onFreePort()
    await mailServer.start()
    ;[server, browser] = await Promise.all([
      // The weekly reminder every five seconds here, so the test need not wait for a Monday.
      startTestServer({
        env: { STAFF_2FA: 'optional', SMTP_URL: mailServer.url, REVIEW_REMINDER_CRON: '*/5 * * * * *', MAIL_RETRY_SECONDS: '1' },
      }),
      launchBrowser(),
    ])
    api = await adminSession(server.url)
    // Two messages from the public form; the handler handles the administration of the first.
    for (let i = 0; i < 2; i++) assert.equal((await submitContact(server.url, { lang: 'fr' })).status, 303)
    const messages = await json<{ docs: { reference: string; administration: number }[] }>(
      await api('/api/contact-messages?depth=0&limit=50&select[reference]=true&select[administration]=true'),
    )
    handled = messages.docs[0]!.administration
    handledReferences = messages.docs.filter((m) => m.administration === handled).map((m) => m.reference)
    const created = await json<{ doc: { id: number } }>(
      await api('/api/users', {
        method: 'POST',
        body: JSON.stringify({ email: editor.email, password: PASSWORD, roles: ['editor'], language: 'nl' }),
      }),
    )
    await api('/api/users', {
      method: 'POST',
      body: JSON.stringify({
        email: handler.email,
        password: PASSWORD,
        roles: ['contact-handler'],
        administrations: [handled],
        language: 'fr',
      }),
    }).then(json)
    // Feedback: two "no" (one with a comment) and a "yes" on the handler's administration's page; one "no" on the about page.
    const administration = await json<{ slug: string }>(await api(`/api/administrations/${handled}?locale=fr&depth=0`))
    handledPage = `/fr/administrations/${administration.slug}`
    await sendFeedback('fr', handledPage, 'no', 'Je cherchais les horaires. Appelez-moi au 0470 12 34 56.')
    await sendFeedback('fr', handledPage, 'no')
    await sendFeedback('fr', handledPage, 'yes')
    await sendFeedback('nl', ABOUT, 'no', 'Ik zocht het organigram')
    // The about page: the editor's, past its review date, last reviewed on 3 March 2026.
    const about = await json<{ docs: { id: number; title: string }[] }>(
      await api('/api/pages?where[slug][equals]=over-ons&locale=nl&depth=0'),
    )
    aboutTitle = about.docs[0]!.title
    await api(`/api/pages/${about.docs[0]!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ owner: created.doc.id, reviewBy: '2026-04-01T12:00:00.000Z', lastReviewedAt: '2026-03-03T12:00:00.000Z' }),
    }).then(json)
  },
  { timeout: 480_000 },
)
after(async () => {
  await browser?.close().catch(() => undefined)
  await server?.stop()
  await mailServer?.stop()
})

async function signIn(context: BrowserContext, email: string, language: Locale): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${server.url}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.press('#field-password', 'Enter')
  await page.waitForURL(/\/admin\/?$/)
  await page.waitForSelector('.attention-dashboard h1')
  assert.equal(await page.getAttribute('html', 'lang'), language)
  assert.equal((await page.textContent('.attention-dashboard h1'))?.trim(), dashboardMessages[language].title)
  return page
}

const countOn = async (page: Page, key: string): Promise<string | null> =>
  (await page.locator(`[data-attention="${key}"] [data-attention-count]`).textContent())?.trim() ?? null

/** Follows a count's link and answers the list's rows' text. */
async function openCount(page: Page, key: string): Promise<string[]> {
  await page.click(`[data-attention="${key}"] a`)
  await page.waitForURL(/\/admin\/collections\/[a-z-]+\?where/)
  // The list's own table (a div.table); the inbox's figures above it are a table.table of their own.
  await page.waitForSelector('div.table tbody tr, .collection-list__no-results')
  return page.locator('div.table tbody tr').allTextContents()
}

describe('the editor, in Dutch', () => {
  let context: BrowserContext
  let page: Page
  before(async () => {
    context = await adminContextIn(browser, server.url, editor.language)
    page = await signIn(context, editor.email, editor.language)
  })
  after(() => context?.close())

  it('sees their drafts and the page past its review date, each opening exactly those items', async () => {
    assert.equal(await countOn(page, 'my-drafts-pages'), '0')
    const draft = await page.request.post(`${server.url}/api/pages?draft=true&locale=nl`, {
      data: { title: 'Mijn ontwerp van een pagina', slug: 'mijn-ontwerp' },
      headers: { Origin: server.url },
    })
    assert.equal(draft.status(), 201, await draft.text())
    await page.reload()
    await page.waitForSelector('.attention-dashboard h1')
    assert.equal(await countOn(page, 'my-drafts-pages'), '1')
    assert.equal(await countOn(page, 'review-overdue-pages'), '1')
    // The dashboard itself; Payload's own header (its locale button's contrast) is not this screen's.
    await checkAxe(page, 'dashboard (nl)', ['.attention-dashboard'])

    const drafts = await openCount(page, 'my-drafts-pages')
    assert.equal(drafts.length, 1)
    assert.match(drafts[0]!, /Mijn ontwerp van een pagina/)
    await page.goBack()
    await page.waitForSelector('.attention-dashboard h1')
    const overdue = await openCount(page, 'review-overdue-pages')
    assert.equal(overdue.length, 1)
    assert.ok(overdue[0]!.includes(aboutTitle), `${overdue[0]} names ${aboutTitle}`)
  })

  it('gets the weekly email listing it, in Dutch', { timeout: 90_000 }, async () => {
    const deadline = Date.now() + 80_000
    while (!mailServer.received.some((mail) => mail.to.includes(editor.email)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    const mails = mailServer.received.filter((mail) => mail.to.includes(editor.email))
    assert.equal(mails.length, 1, 'one reminder')
    const text = mails[0]!.text
    assert.match(text, /Deze inhoud op de website staat op uw naam/)
    assert.ok(text.includes(`- ${aboutTitle} (Pagina’s, herzien tegen 1 april 2026)`), text)
    assert.match(text, /\/admin\/collections\/pages\/\d+/)
  })
})

/** The feedback list's figures: per page, its yes, its no and its comments, as the rows show them. */
async function feedbackFigures(page: Page): Promise<Record<string, { yes: string; no: string; text: string }>> {
  await page.waitForSelector('[data-feedback-figures]')
  const rows = page.locator('[data-feedback-figures] tbody tr')
  const figures: Record<string, { yes: string; no: string; text: string }> = {}
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    figures[(await row.getAttribute('data-feedback-page'))!] = {
      yes: (await row.locator('[data-feedback-yes]').textContent())?.trim() ?? '',
      no: (await row.locator('[data-feedback-no]').textContent())?.trim() ?? '',
      text: (await row.textContent()) ?? '',
    }
  }
  return figures
}

describe('page feedback, through the admin', () => {
  it('the editor (nl): the pages with the most “no” on the dashboard, each opening those answers; every page’s figures and comments', async () => {
    const context = await adminContextIn(browser, server.url, editor.language)
    try {
      const page = await signIn(context, editor.email, editor.language)
      assert.equal((await page.textContent('#attention-feedback'))?.trim(), dashboardMessages.nl.feedback)
      const keys = await page
        .locator('[data-attention^="feedback-no-"]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-attention')))
      assert.deepEqual(keys, [`feedback-no-${handledPage}`, `feedback-no-${ABOUT}`], 'the most “no” first')
      assert.equal(await countOn(page, `feedback-no-${handledPage}`), '2')
      assert.ok((await page.textContent(`[data-attention="feedback-no-${handledPage}"]`))?.includes('Vaakst “niet nuttig” (30 dagen)'))
      const rows = await openCount(page, `feedback-no-${handledPage}`)
      assert.equal(rows.length, 2, rows.join('\n'))
      assert.ok(rows.every((row) => row.includes(handledPage)))

      await page.goto(`${server.url}/admin/collections/page-feedback`)
      const figures = await feedbackFigures(page)
      assert.equal((await page.textContent('#feedback-figures'))?.trim(), feedbackAdminMessages.nl.heading)
      assert.deepEqual({ yes: figures[handledPage]?.yes, no: figures[handledPage]?.no }, { yes: '1', no: '2' })
      assert.ok(figures[handledPage]?.text.includes('Je cherchais les horaires. Appelez-moi au [phone].'), 'the comment, masked')
      assert.ok(figures[ABOUT]?.text.includes('Ik zocht het organigram'))
      await checkAxe(page, 'page feedback (nl)', ['[aria-labelledby="feedback-figures"]', 'div.table'])
    } finally {
      await context.close()
    }
  })

  it('the contact handler (fr): their administration’s page only, on the dashboard and in the figures', async () => {
    const context = await adminContextIn(browser, server.url, handler.language)
    try {
      const page = await signIn(context, handler.email, handler.language)
      assert.equal((await page.textContent('#attention-feedback'))?.trim(), dashboardMessages.fr.feedback)
      assert.equal(await countOn(page, `feedback-no-${handledPage}`), '2')
      assert.ok(
        (await page.textContent(`[data-attention="feedback-no-${handledPage}"]`))?.includes('Le plus souvent « pas utile » (30 jours)'),
      )
      assert.equal(await page.locator(`[data-attention="feedback-no-${ABOUT}"]`).count(), 0, 'not the editors’ page')
      await checkAxe(page, 'dashboard with feedback (fr)', ['.attention-dashboard'])

      await page.goto(`${server.url}/admin/collections/page-feedback`)
      const figures = await feedbackFigures(page)
      assert.equal((await page.textContent('#feedback-figures'))?.trim(), feedbackAdminMessages.fr.heading)
      assert.deepEqual(Object.keys(figures), [handledPage])
      assert.deepEqual({ yes: figures[handledPage]?.yes, no: figures[handledPage]?.no }, { yes: '1', no: '2' })
      await checkAxe(page, 'page feedback (fr)', ['[aria-labelledby="feedback-figures"]', 'div.table'])
    } finally {
      await context.close()
    }
  })
})

describe('the contact handler, in French', () => {
  let context: BrowserContext
  let page: Page
  before(async () => {
    context = await adminContextIn(browser, server.url, handler.language)
    page = await signIn(context, handler.email, handler.language)
  })
  after(() => context?.close())

  it('sees the unassigned messages of their administration, and the count opens exactly those', async () => {
    assert.equal(await countOn(page, `inbox-unassigned-${handled}`), String(handledReferences.length))
    assert.equal(await countOn(page, `inbox-mine-${handled}`), '0')
    assert.equal(await countOn(page, 'emails-failed'), '0')
    // Editors' counts are not theirs.
    assert.equal(await page.locator('[data-attention="review-overdue-pages"]').count(), 0)
    await checkAxe(page, 'dashboard (fr)', ['.attention-dashboard'])
    const rows = await openCount(page, `inbox-unassigned-${handled}`)
    assert.equal(rows.length, handledReferences.length, rows.join('\n'))
    for (const reference of handledReferences)
      assert.ok(
        rows.some((row) => row.includes(reference)),
        reference,
      )
  })
})

describe('“last reviewed” on the public page', () => {
  const probe = urlProbe()
  for (const language of LANGUAGES) {
    it(`in ${language}, with axe and without JavaScript`, { timeout: 60_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const problems = await checkPublicPage({
        context,
        serverUrl: server.url,
        path: TEMPLATES.about[language],
        template: 'about',
        language,
        probe,
      })
      assert.deepEqual(problems, [])
      await context.close()
      const withoutScript = await browser.newContext({ javaScriptEnabled: false })
      const page = await withoutScript.newPage()
      await page.goto(server.url + TEMPLATES.about[language])
      const line = page.locator('[data-last-reviewed] time')
      assert.match((await line.textContent()) ?? '', LAST_REVIEWED[language])
      assert.equal(await line.getAttribute('datetime'), '2026-03-03')
      await withoutScript.close()
    })
  }
})
