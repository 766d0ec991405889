/**
 * "Follow by email" end to end, in Chromium with and without JavaScript, in nl, fr and en: the
 * "Follow by email" link on a document opens the form with the document chosen → subscribe → the
 * confirmation email read from the test SMTP server, with its one-click unsubscribe headers →
 * confirm (the link's GET shows a button; its POST confirms) → the manage page → one-click
 * unsubscribe by POST, as a mail client sends it → the manage link is gone. Axe on every follow page
 * in the runs with JavaScript. In the back office, an editor sees how many follow what (nl, fr, axe),
 * and no address.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { checkAxe, signedInThroughForm } from '../support/admin-browser'
import { formatViolations, runAxe } from '../support/axe'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import type { AdminApi } from '../support/for-this-file'
import { TestMailServer } from '../support/mail-server'
import { type Belfort, startTestServer } from '../support/server'
import { LANGUAGES } from '../support/site'

const DOCUMENT = {
  nl: '/nl/documenten/go4brussels-2030',
  fr: '/fr/documents/go4brussels-2030',
  en: '/en/documents/go4brussels-2030',
} as const
const FOLLOW = { nl: '/nl/volgen', fr: '/fr/suivre', en: '/en/follow' } as const
const PART = {
  sent: { nl: 'verstuurd', fr: 'envoye', en: 'sent' },
  confirm: { nl: 'bevestigen', fr: 'confirmer', en: 'confirm' },
  unsubscribe: { nl: 'uitschrijven', fr: 'desabonner', en: 'unsubscribe' },
  manage: { nl: 'beheren', fr: 'gerer', en: 'manage' },
} as const
const SAYS = {
  link: { nl: 'Volgen via e-mail', fr: 'Suivre par e-mail', en: 'Follow by email' },
  chosen: { nl: 'Document: ', fr: 'Document : ', en: 'Document: ' },
  sent: { nl: 'Kijk in uw mailbox', fr: 'Consultez votre boîte e-mail', en: 'Check your inbox' },
  mail: { nl: 'Goeddag,', fr: 'Bonjour,', en: 'Hello,' },
  confirmed: { nl: 'Uw abonnement is bevestigd', fr: 'Votre abonnement est confirmé', en: 'Your subscription is confirmed' },
  gone: { nl: 'Dit abonnement bestaat niet meer', fr: 'Cet abonnement n’existe plus', en: 'This subscription no longer exists' },
} as const

let server: Belfort
let browser: Browser
let mail: TestMailServer
let withScript: BrowserContext
let withoutScript: BrowserContext

before(
  async () => {
    mail = await TestMailServer.onFreePort()
    await mail.start()
    ;[server, browser] = await Promise.all([
      startTestServer({
        env: { SMTP_URL: mail.url, CONTACT_CHALLENGE_WAIT_SECONDS: '1', CONTACT_RATE_LIMIT: '90', STAFF_2FA: 'optional' },
      }),
      launchBrowser(),
    ])
    withScript = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    withoutScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
  },
  { timeout: 480_000 },
)

after(async () => {
  await withScript?.close().catch(() => undefined)
  await withoutScript?.close().catch(() => undefined)
  await browser?.close().catch(() => undefined)
  await server?.stop()
  await mail?.stop()
})

async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page)
  assert.equal(violations.length, 0, formatViolations(violations, where))
}

/** A link of the email, on the test server (the email's origin is SERVER_URL, the same server). */
function linkIn(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)
  assert.ok(found, `${pattern} in:\n${text}`)
  const url = new URL(found[1]!)
  return server.url + url.pathname + url.search
}

for (const language of LANGUAGES) {
  for (const script of [false, true]) {
    describe(`Follow by email ${script ? 'with' : 'without'} JavaScript, in ${language}`, () => {
      it(`subscribe → confirmation email → confirm → manage → one-click unsubscribe${script ? '; axe passes' : ''}`, {
        timeout: 120_000,
      }, async () => {
        const address = `follow.${language}.${script ? 'script' : 'plain'}@example.be`
        const page = await (script ? withScript : withoutScript).newPage()
        try {
          // The link on a followable page: plain HTML, the document chosen in the form it opens.
          await page.goto(server.url + DOCUMENT[language])
          const link = page.locator('[data-follow-link] a')
          assert.equal((await link.textContent())?.trim(), SAYS.link[language])
          await Promise.all([page.waitForURL((url) => url.pathname === FOLLOW[language]), link.click()])
          const shownAt = Date.now()
          const chosen = await page.locator('#follow-subject option:checked').textContent()
          assert.ok(chosen?.startsWith(SAYS.chosen[language]), `the document is chosen: ${chosen}`)
          if (script) await assertAccessible(page, `${language} follow form`)
          await page.check('#follow-frequency-weekly')
          await page.fill('#follow-email', address)
          // Without a solved spam check the server takes the form only once it has been open a second.
          await page.waitForTimeout(Math.max(0, 1100 - (Date.now() - shownAt)))
          await Promise.all([
            page.waitForURL((url) => url.pathname === `${FOLLOW[language]}/${PART.sent[language]}`),
            page.click('#follow-send'),
          ])
          assert.ok((await page.textContent('main'))?.includes(SAYS.sent[language]))
          if (script) await assertAccessible(page, `${language} check your inbox`)

          const email = await mailTo(address)
          assert.ok(email.includes(SAYS.mail[language]), 'in the subscriber’s language')
          assert.match(email, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/)
          const oneClick = linkIn(email, /List-Unsubscribe: <([^>]+)>/)
          assert.ok(oneClick.includes(`/${PART.unsubscribe[language]}?token=`), oneClick)
          const confirm = linkIn(email, new RegExp(`(https?://\\S+/${PART.confirm[language]}\\?token=[A-Za-z0-9._%-]+)`))

          // A GET (a mail scanner following the link) only shows the button.
          await page.goto(confirm)
          if (script) await assertAccessible(page, `${language} confirm page`)
          await Promise.all([page.waitForLoadState('load'), page.click('[data-follow-action="confirm"] button')])
          assert.ok((await page.textContent('main'))?.includes(SAYS.confirmed[language]))
          const manage = page.locator(`main a[href*="/${PART.manage[language]}?token="]`)
          await Promise.all([page.waitForURL((url) => url.pathname.endsWith(`/${PART.manage[language]}`)), manage.click()])
          const rows = page.locator('[data-follow-subscriptions] tbody tr')
          assert.equal(await rows.count(), 1)
          assert.match((await rows.first().getAttribute('data-subject')) ?? '', /^document:\d+$/)
          assert.equal(await rows.first().locator('select').inputValue(), 'weekly')
          if (script) await assertAccessible(page, `${language} manage page`)

          // What a mail client sends for the List-Unsubscribe-Post header: no sign-in, no script.
          const response = await fetch(oneClick, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: 'List-Unsubscribe=One-Click',
          })
          assert.equal(response.status, 200)
          await response.text()
          const after = await page.reload()
          assert.equal(after?.status(), 410, 'the address went with its last subscription')
          assert.ok((await page.textContent('main'))?.includes(SAYS.gone[language]))
        } finally {
          await page.close()
        }
      })
    })
  }
}

const NEWS_SECTION = { nl: '/nl/nieuws', fr: '/fr/actualites' } as const
const ALERT = { nl: 'Nieuw: ', fr: 'Nouveau : ' } as const

/** How many emails this address has received so far. */
const countTo = (address: string) => mail.received.filter((received) => received.to.includes(address)).length

/**
 * The first email to this address that contains `text`, unfolded, once it has arrived (the outbox
 * sends in the background). By content, not by count: an alert about something else published
 * meanwhile on the same server may come in between.
 */
async function mailTo(address: string, text = ''): Promise<string> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    const found = mail.received
      .filter((received) => received.to.includes(address))
      .map((received) => received.text.replace(/\r?\n[ \t]+/g, ' '))
      .find((unfolded) => unfolded.includes(text))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  assert.fail(`no email to ${address}${text ? ` with “${text}”` : ''}`)
}

/** How many emails the outbox holds for this address, sent or waiting. */
async function queuedTo(api: AdminApi, address: string): Promise<number> {
  const answer = await api(`/api/email-outbox?where[to][equals]=${encodeURIComponent(address)}&limit=1&depth=0`)
  assert.equal(answer.status, 200, await answer.clone().text())
  return ((await answer.json()) as { totalDocs: number }).totalDocs
}

/**
 * Waits until the alert job has handled the newest recorded change: it writes the change's mark in
 * the transaction that queues the change's emails, so from then on what it would send is in the
 * outbox (instead of waiting a few of its ten-second rounds and hoping it ran).
 */
async function alertJobCaughtUp(api: AdminApi): Promise<void> {
  const newest = (await (await api('/api/content-changes?sort=-id&limit=1&depth=0')).json()) as { docs: { id: number }[] }
  const change = newest.docs[0]?.id
  assert.ok(change, 'the publication was recorded as a change')
  const deadline = Date.now() + 90_000
  for (;;) {
    const marks = await api(`/api/follow-alerted-changes?where[change][equals]=${change}&limit=1&depth=0`)
    if (((await marks.json()) as { totalDocs: number }).totalDocs > 0) return
    assert.ok(Date.now() < deadline, `the alert job did not handle change ${change} within 90 s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** A news item published by an editor in one language, through the API. */
async function publishNews(language: 'nl' | 'fr', title: string): Promise<void> {
  const api = await adminSession(server.url)
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const created = await api(`/api/news?locale=${language}&draft=true`, {
    method: 'POST',
    body: JSON.stringify({ title, summary: title, slug, _status: 'draft' }),
  })
  assert.equal(created.status, 201, await created.clone().text())
  const { doc } = (await created.json()) as { doc: { id: number } }
  const published = await api(`/api/news/${doc.id}?locale=${language}&publishSpecificLocale=${language}`, {
    method: 'PATCH',
    body: JSON.stringify({ _status: 'published' }),
  })
  assert.equal(published.status, 200, await published.text())
}

for (const [language, script] of [
  ['nl', true],
  ['fr', false],
] as const) {
  describe(`Email alerts in ${language}, ${script ? 'with' : 'without'} JavaScript`, () => {
    it('subscribe to all news → confirm → a publication sends an alert → one-click unsubscribe → nothing more', {
      timeout: 240_000,
    }, async () => {
      const address = `alert.${language}@example.be`
      const page = await (script ? withScript : withoutScript).newPage()
      try {
        await page.goto(server.url + FOLLOW[language])
        const shownAt = Date.now()
        await page.check('#follow-frequency-immediately')
        await page.fill('#follow-email', address)
        await page.waitForTimeout(Math.max(0, 1100 - (Date.now() - shownAt)))
        await Promise.all([page.waitForURL((url) => url.pathname.endsWith(`/${PART.sent[language]}`)), page.click('#follow-send')])
        const confirm = linkIn(
          await mailTo(address, `/${PART.confirm[language]}?token=`),
          new RegExp(`(https?://\\S+/${PART.confirm[language]}\\?token=[A-Za-z0-9._%-]+)`),
        )
        await page.goto(confirm)
        await Promise.all([page.waitForLoadState('load'), page.click('[data-follow-action="confirm"] button')])
        assert.ok((await page.textContent('main'))?.includes(SAYS.confirmed[language]))

        const title = `Alert ${language} ${Date.now()}`
        await publishNews(language, title)
        const alert = await mailTo(address, `${ALERT[language]}${title}`)
        assert.ok(alert.includes(`${ALERT[language]}${title}`), alert)
        assert.ok(alert.includes(`${NEWS_SECTION[language]}/`), 'links to the news item')
        assert.match(alert, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/)
        const oneClick = linkIn(alert, /List-Unsubscribe: <([^>]+)>/)

        const response = await fetch(oneClick, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        })
        assert.equal(response.status, 200)
        await response.text()
        const received = countTo(address)
        const admin = await adminSession(server.url)
        const queued = await queuedTo(admin, address)
        await publishNews(language, `${title} bis`)
        await alertJobCaughtUp(admin)
        assert.equal(await queuedTo(admin, address), queued, 'no alert queued after unsubscribing')
        assert.equal(countTo(address), received, 'nothing more after unsubscribing')
      } finally {
        await page.close()
      }
    })
  })
}

const EDITOR = { email: 'redactie@follow.test', password: 'a-long-enough-test-password-for-follow' }
const FIGURES = {
  nl: { heading: 'Abonnementen per onderwerp', subject: 'Al het nieuws' },
  fr: { heading: 'Abonnements par sujet', subject: 'Toutes les actualités' },
} as const

describe('Follow by email in the back office', () => {
  before(
    async () => {
      const api = await adminSession(server.url)
      const created = await api('/api/users', { method: 'POST', body: JSON.stringify({ ...EDITOR, roles: ['editor'] }) })
      assert.equal(created.status, 201, await created.text())
      // One unconfirmed subscription to count, made through the public form without a script.
      const page = await withoutScript.newPage()
      try {
        await page.goto(server.url + FOLLOW.nl)
        const shownAt = Date.now()
        await page.fill('#follow-email', 'counted@example.be')
        await page.waitForTimeout(Math.max(0, 1100 - (Date.now() - shownAt)))
        await Promise.all([page.waitForURL((url) => url.pathname.endsWith(`/${PART.sent.nl}`)), page.click('#follow-send')])
      } finally {
        await page.close()
      }
    },
    { timeout: 120_000 },
  )

  for (const language of ['nl', 'fr'] as const) {
    it(`shows an editor how many follow each subject and no address (${language}); axe passes`, { timeout: 120_000 }, async () => {
      const editor = await signedInThroughForm(browser, server.url, language, EDITOR.email, EDITOR.password)
      try {
        const { page } = editor
        await page.goto(`${server.url}/admin/collections/follow-subscriptions`)
        const figures = page.locator('[data-follow-figures]')
        await figures.waitFor()
        assert.ok((await page.textContent('#follow-figures'))?.includes(FIGURES[language].heading))
        const row = figures.locator('tr[data-follow-subject="all-news"]')
        assert.ok((await row.textContent())?.includes(FIGURES[language].subject))
        assert.doesNotMatch((await page.textContent('body')) ?? '', /counted@example\.be/)
        await checkAxe(page, `subscriptions list (${language})`, ['[data-follow-figures]', '#follow-figures'])
        const subscribers = await page.request.get(`${server.url}/api/follow-subscribers?depth=0`)
        assert.equal(subscribers.status(), 403, 'addresses are for administrators only')
      } finally {
        await editor.context.close()
      }
    })
  }
})
