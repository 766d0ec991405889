/**
 * The contact form end to end: in Chromium with and without JavaScript, in three languages, axe on
 * the form's error state and the confirmation; every class of bad input over HTTP; the emails
 * written in development mode; markup typed by a visitor staying text in the admin.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { formatViolations, runAxe } from '../support/axe'
import { launchBrowser } from '../support/chromium'
import {
  adminSession,
  decodeQuotedPrintable,
  FILES,
  fetchForm,
  referenceOf,
  storedReferences,
  submitContact,
  validFields,
} from '../support/contact'
import { leaks } from '../support/http'
import { ROOT, startTestServer, type Belfort } from '../support/server'
import { LANGUAGES, type Language } from '../support/site'

const SENT = { nl: '/nl/contact/verzonden', fr: '/fr/contact/envoye', en: '/en/contact/sent' } as const
const REFERENCE = /^GOB-\d{4}-\d{6}$/
/** The first line of each language's error summary heading and some field errors, to check the language. */
const SUMMARY = { nl: 'Er is een probleem', fr: 'Il y a un problème', en: 'There is a problem' } as const
const NAME_MISSING = { nl: 'Vul uw naam in', fr: 'Indiquez votre nom', en: 'Enter your name' } as const
/** The file picker in the page's language, and what it says before and after two files are chosen. */
const PICKER = {
  nl: { button: 'Bestanden kiezen', none: 'Geen bestand gekozen', two: '2 bestanden gekozen: a.pdf, b.pdf' },
  fr: { button: 'Choisir des fichiers', none: 'Aucun fichier choisi', two: '2 fichiers choisis : a.pdf, b.pdf' },
  en: { button: 'Choose files', none: 'No file chosen', two: '2 files chosen: a.pdf, b.pdf' },
} as const
/** The answer time the demo's site settings promise (10 working days), on the confirmation. */
const ANSWER_TIME = {
  nl: 'U krijgt een antwoord binnen 10 werkdagen.',
  fr: 'Vous recevrez une réponse dans un délai de 10 jours ouvrables.',
  en: 'You will get an answer within 10 working days.',
} as const

let server: Belfort
let browser: Browser
let withScript: BrowserContext
let withoutScript: BrowserContext
let api: Awaited<ReturnType<typeof adminSession>>

before(
  async () => {
    ;[server, browser] = await Promise.all([
      startTestServer({ env: { CONTACT_CHALLENGE_WAIT_SECONDS: '1', CONTACT_RATE_LIMIT: '90', CONTACT_CHALLENGE_MAX_NUMBER: '20000' } }),
      launchBrowser(),
    ])
    withScript = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    withoutScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    api = await adminSession(server.url)
  },
  { timeout: 180_000 },
)

after(async () => {
  await withScript?.close().catch(() => undefined)
  await withoutScript?.close().catch(() => undefined)
  await browser?.close().catch(() => undefined)
  await server?.stop()
})

async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page)
  assert.equal(violations.length, 0, formatViolations(violations, where))
}

async function fillValid(page: Page, language: Language, name = 'Anna Peeters'): Promise<void> {
  await page.selectOption('#topic', { index: 1 })
  await page.fill('#name', name)
  await page.fill('#email', 'anna@example.be')
  await page.fill('#message', 'Ik wil graag weten wanneer de renovatiepremie opent.')
  await page.check(`#language-${language}`)
  await page.check('#consent')
}

/** Summary links that point at a field on the page, each. */
async function summaryTargets(page: Page): Promise<{ href: string; exists: boolean }[]> {
  return page.evaluate(
    `[...document.querySelectorAll('#error-summary a')].map((a) => ({ href: a.getAttribute('href'), exists: Boolean(document.querySelector(a.getAttribute('href'))) }))`,
  )
}

async function messageCount(): Promise<number> {
  return (await storedReferences(api)).length
}

for (const language of LANGUAGES) {
  describe(`contact form with JavaScript, in ${language}`, () => {
    it('checks in the browser first: the same errors, summarised, without sending anything; axe passes', { timeout: 60_000 }, async () => {
      const page = await withScript.newPage()
      try {
        const posts: string[] = []
        page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()))
        await page.goto(`${server.url}/${language}/contact`)
        await page.click('#send')
        await page.waitForSelector('#error-summary')
        assert.deepEqual(posts, [], 'nothing was posted')
        const summary = await page.textContent('#error-summary')
        assert.ok(summary?.includes(SUMMARY[language]), `summary in ${language}: ${summary}`)
        assert.ok(summary?.includes(NAME_MISSING[language]), `the name error in ${language}: ${summary}`)
        assert.ok(
          (await summaryTargets(page)).every((target) => target.exists),
          'every summary link leads to its field',
        )
        assert.equal(
          await page.evaluate('document.activeElement && document.activeElement.id'),
          'error-summary',
          'focus moves to the summary',
        )
        await assertAccessible(page, `${language} client-side error state`)
      } finally {
        await page.close()
      }
    })

    it('places each error where the server places it, and unmarks a field once it is fixed', { timeout: 60_000 }, async () => {
      // Each erroneous field's parts in order ("label hint error-message input"), as the page shows them.
      const layout = (page: Page) =>
        page.evaluate(`Object.fromEntries([...document.querySelectorAll('form.contact-form .field--error')].map((field) => [
          field.querySelector('input, select, textarea')?.name,
          [...field.children].map((child) => child.matches('.error-message') ? 'error' : child.matches('.hint') ? 'hint' : child.tagName.toLowerCase() + (child.className ? '.' + child.className : '')).join(' '),
        ]))`) as Promise<Record<string, string>>
      // aria-describedby ids that point at nothing, and controls still marked invalid.
      const dangling = (page: Page) =>
        page.evaluate(`[...document.querySelectorAll('form.contact-form [aria-describedby]')].flatMap((element) =>
          element.getAttribute('aria-describedby').split(' ').filter((id) => id && !document.getElementById(id)).map((id) => (element.id || element.tagName) + ' → ' + id))`) as Promise<
          string[]
        >
      const served = await withoutScript.newPage()
      const checked = await withScript.newPage()
      try {
        await served.goto(`${server.url}/${language}/contact`)
        await served.click('#send')
        await served.waitForSelector('#error-summary')
        await checked.goto(`${server.url}/${language}/contact`)
        await checked.click('#send')
        await checked.waitForSelector('#error-summary')
        const [byServer, byBrowser] = await Promise.all([layout(served), layout(checked)])
        for (const name of ['name', 'email', 'message', 'consent']) {
          assert.ok(byBrowser[name], `${name} is marked in the browser`)
          assert.equal(byBrowser[name], byServer[name], `${name}: the browser places its error as the server does`)
        }
        // Fixed in the browser: the name is no longer marked, and nothing points at a removed note.
        await checked.fill('#name', 'Anna Peeters')
        await checked.click('#send')
        await checked.waitForSelector('#error-summary')
        assert.equal(await checked.getAttribute('#name', 'aria-invalid'), null, 'the fixed field is no longer invalid')
        assert.deepEqual(await dangling(checked), [])
        assert.equal(await checked.getAttribute('#email', 'aria-invalid'), 'true', 'the others still are')
      } finally {
        await served.close()
        await checked.close()
      }
    })

    it('shows the server’s error state for a file that is not what its name says; axe passes', { timeout: 60_000 }, async () => {
      const page = await withScript.newPage()
      try {
        await page.goto(`${server.url}/${language}/contact`)
        await fillValid(page, language)
        await page.setInputFiles('#attachments', {
          name: 'invoice.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(await FILES.png()),
        })
        const [response] = await Promise.all([page.waitForNavigation(), page.click('#send')])
        assert.equal(response?.status(), 422)
        const summary = (await page.textContent('#error-summary')) ?? ''
        assert.ok(summary.includes('invoice.pdf'), summary)
        assert.equal(await page.inputValue('#name'), 'Anna Peeters', 'values are kept')
        assert.ok(await page.isChecked('#consent'), 'the consent box stays ticked')
        await assertAccessible(page, `${language} server error state`)
      } finally {
        await page.close()
      }
    })

    it('sends a message once the spam check is solved and confirms it with a reference; axe passes', { timeout: 60_000 }, async () => {
      const page = await withScript.newPage()
      try {
        await page.goto(`${server.url}/${language}/contact`)
        await fillValid(page, language)
        await page.setInputFiles('#attachments', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(FILES.pdf()) })
        await Promise.all([page.waitForURL((url) => url.pathname === SENT[language]), page.click('#send')])
        const reference = (await page.textContent('.reference'))?.trim() ?? ''
        assert.match(reference, REFERENCE)
        assert.ok((await storedReferences(api)).includes(reference), `${reference} is stored`)
        assert.ok(((await page.textContent('main')) ?? '').includes(ANSWER_TIME[language]), 'the confirmation promises the answer time')
        await assertAccessible(page, `${language} confirmation`)
      } finally {
        await page.close()
      }
    })

    it('offers a file picker in the page’s language that opens the browser’s file chooser and names the files chosen', {
      timeout: 60_000,
    }, async () => {
      const page = await withScript.newPage()
      try {
        await page.goto(`${server.url}/${language}/contact`)
        assert.equal((await page.textContent('.file-picker__button'))?.trim(), PICKER[language].button)
        assert.equal((await page.textContent('#attachments-status'))?.trim(), PICKER[language].none)
        // The real input lies exactly over the visible, translated button, so a click on the one reaches the other.
        const [button, input] = await Promise.all([
          page.locator('.file-picker__button').boundingBox(),
          page.locator('#attachments').boundingBox(),
        ])
        const covers =
          input !== null &&
          button !== null &&
          input.x <= button.x + 0.5 &&
          input.y <= button.y + 0.5 &&
          input.x + input.width >= button.x + button.width - 0.5 &&
          input.y + input.height >= button.y + button.height - 0.5
        assert.ok(covers, `the input ${JSON.stringify(input)} covers the button ${JSON.stringify(button)}`)
        assert.equal(await page.evaluate(`getComputedStyle(document.getElementById('attachments')).opacity`), '0')
        const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15_000 }), page.locator('#attachments').click()])
        await chooser.setFiles([
          { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from(FILES.pdf()) },
          { name: 'b.pdf', mimeType: 'application/pdf', buffer: Buffer.from(FILES.pdf()) },
        ])
        assert.equal((await page.textContent('#attachments-status'))?.trim(), PICKER[language].two)
        // The keyboard reaches the same input, and its focus shows on the button.
        await page.mouse.move(0, 0)
        await page.focus('#message')
        await page.keyboard.press('Tab')
        assert.equal(await page.evaluate('document.activeElement.id'), 'attachments')
        assert.equal(
          await page.evaluate(`getComputedStyle(document.querySelector('.file-picker__button')).backgroundColor`),
          'rgb(255, 221, 0)',
        )
      } finally {
        await page.close()
      }
    })

    it('keeps the consent box at least 24 px square next to its long label, on a wide and a narrow screen', {
      timeout: 60_000,
    }, async () => {
      const page = await withScript.newPage()
      try {
        await page.goto(`${server.url}/${language}/contact`)
        for (const width of [1280, 320]) {
          await page.setViewportSize({ width, height: 900 })
          const box = (await page.locator('#consent').boundingBox())!
          assert.ok(box.width >= 24 && box.height >= 24, `${width} px: the consent box is ${box.width}×${box.height}`)
        }
      } finally {
        await page.close()
      }
    })
  })

  describe(`contact form without JavaScript, in ${language}`, () => {
    it('shows the browser’s own file input where no script can say which files were chosen', { timeout: 60_000 }, async () => {
      const page = await withoutScript.newPage()
      try {
        await page.goto(`${server.url}/${language}/contact`)
        assert.equal(await page.evaluate(`getComputedStyle(document.getElementById('attachments')).opacity`), '1')
        assert.equal(await page.locator('.file-picker__button').isVisible(), false)
      } finally {
        await page.close()
      }
    })

    it('validates on the server, keeps the values, then sends after the short wait', { timeout: 60_000 }, async () => {
      const page = await withoutScript.newPage()
      try {
        await page.goto(`${server.url}/${language}/contact`)
        const [empty] = await Promise.all([page.waitForNavigation(), page.click('#send')])
        assert.equal(empty?.status(), 422)
        const summary = (await page.textContent('#error-summary')) ?? ''
        assert.ok(summary.includes(SUMMARY[language]) && summary.includes(NAME_MISSING[language]), summary)
        const targets = await summaryTargets(page)
        assert.ok(targets.length >= 4, `one entry per missing field: ${JSON.stringify(targets)}`)
        assert.ok(
          targets.every((target) => target.exists),
          'every summary link leads to its field',
        )
        assert.equal(await page.getAttribute('#name', 'aria-invalid'), 'true')

        await page.fill('#name', 'Jan <b>Janssens</b>')
        const [partial] = await Promise.all([page.waitForNavigation(), page.click('#send')])
        assert.equal(partial?.status(), 422)
        assert.equal(await page.inputValue('#name'), 'Jan <b>Janssens</b>', 'the name is kept, as text')

        await fillValid(page, language, 'Jan Janssens')
        await page.waitForTimeout(1100)
        await Promise.all([page.waitForURL((url) => url.pathname === SENT[language]), page.click('#send')])
        assert.match((await page.textContent('.reference'))?.trim() ?? '', REFERENCE)
        assert.equal(!!(await page.textContent('h1'))?.trim().length, true)
      } finally {
        await page.close()
      }
    })
  })
}

describe('bad input to the contact form', () => {
  it('names each missing or invalid field in the visitor’s language and stores nothing', async () => {
    const before = await messageCount()
    const form = await fetchForm(server.url, 'fr')
    const result = await submitContact(server.url, {
      lang: 'fr',
      form,
      fields: { topic: '999999', name: '', email: 'pas-une-adresse', phone: 'appelez-moi', message: '', consent: '' },
    })
    assert.equal(result.status, 422)
    for (const text of [
      'Choisissez un sujet',
      'Indiquez votre nom',
      'Indiquez une adresse e-mail comme',
      'Indiquez un numéro de téléphone',
      'Écrivez votre message',
      'Cochez la case',
    ]) {
      assert.ok(result.body.includes(text), `expected “${text}”`)
    }
    // The browser's title says there is a problem; the breadcrumb still names the page alone.
    assert.match(result.body, /<title>Il y a un problème : /)
    const current = /<li aria-current="page">([^<]*)<\/li>/.exec(result.body)?.[1] ?? ''
    assert.doesNotMatch(current, /problème/, current)
    assert.deepEqual(leaks(result.body, ROOT), [])
    assert.equal(await messageCount(), before)
  })

  it('refuses overlong text', async () => {
    const result = await submitContact(server.url, { fields: { message: 'x'.repeat(5001), name: 'y'.repeat(201) } })
    assert.equal(result.status, 422)
    assert.ok(result.body.includes('Your message must be 5,000 characters or fewer'), 'message length')
    assert.ok(result.body.includes('Your name must be 200 characters or fewer'), 'name length')
  })

  it('keeps markup typed into fields as text on the page', async () => {
    const result = await submitContact(server.url, { fields: { name: '<script>alert(1)</script>', email: '' } })
    assert.equal(result.status, 422)
    assert.ok(!result.body.includes('<script>alert(1)</script>'), 'the script tag is not in the page as markup')
    assert.ok(result.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'it is there as text')
  })

  it('refuses a file whose content is not what its extension says, and a type we do not take', async () => {
    const before = await messageCount()
    const disguised = await submitContact(server.url, {
      files: [{ name: 'report.pdf', bytes: new TextEncoder().encode('MZ this is an executable') }],
    })
    assert.equal(disguised.status, 422)
    assert.ok(disguised.body.includes('The attachment “report.pdf” is not what its name says'))
    const wrongType = await submitContact(server.url, { files: [{ name: 'notes.docx', bytes: new Uint8Array([80, 75, 3, 4]) }] })
    assert.equal(wrongType.status, 422)
    assert.ok(wrongType.body.includes('An attachment must be a PDF, PNG, JPEG or WebP file'))
    assert.equal(await messageCount(), before)
    assert.deepEqual(
      readdirSync(path.join(server.dataDir, 'contact-attachments')).filter((name) => name.includes('report')),
      [],
      'no file kept',
    )
  })

  it('answers 413 for a file that is too large and for too many files, with a way back', async () => {
    const before = await messageCount()
    const big = await submitContact(server.url, { files: [{ name: 'big.pdf', bytes: new Uint8Array(5 * 1024 * 1024 + 10) }] })
    assert.equal(big.status, 413)
    assert.ok(big.body.includes('Message too large') && big.body.includes('href="/en/contact"'))
    const pdf = FILES.pdf()
    const many = await submitContact(server.url, { files: [1, 2, 3, 4].map((n) => ({ name: `${n}.pdf`, bytes: pdf })) })
    assert.equal(many.status, 413)
    assert.equal(await messageCount(), before)
  })

  it('refuses a missing, forged or replayed spam check, and a form sent too quickly without one', async () => {
    const missing = await submitContact(server.url, { fields: { challenge: '', solution: '' } })
    assert.equal(missing.status, 422)
    assert.ok(missing.body.includes('The spam check failed or has expired'))
    const forged = await submitContact(server.url, { fields: { challenge: 'eyJzYWx0IjoiYSJ9.Zm9yZ2Vk' } })
    assert.equal(forged.status, 422)
    const tooFast = await submitContact(server.url, { unsolved: true })
    assert.equal(tooFast.status, 422)
    assert.ok(tooFast.body.includes('The form was sent too quickly'))

    const form = await fetchForm(server.url)
    const first = await submitContact(server.url, { form })
    assert.equal(first.status, 303)
    const before = await messageCount()
    const replay = await submitContact(server.url, { form })
    assert.equal(replay.status, 409)
    assert.ok(replay.body.includes('This form has already been sent'))
    assert.equal(await messageCount(), before, 'the replay stored nothing')
  })

  it('refuses a filled-in trap field and a broken body', async () => {
    const trapped = await submitContact(server.url, { fields: { website: 'http://spam.example' } })
    assert.equal(trapped.status, 422)
    const broken = await fetch(`${server.url}/en/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=zz' },
      body: '--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\nAnna',
    })
    assert.equal(broken.status, 400)
    const json = await fetch(`${server.url}/en/contact`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    assert.equal(json.status, 400)
  })

  it('shows a confirmation only to whoever has the signed link', async () => {
    const result = await submitContact(server.url, { lang: 'nl' })
    assert.equal(result.status, 303)
    const reference = referenceOf(result.location)!
    assert.match(reference, REFERENCE)
    const shown = await fetch(server.url + result.location)
    assert.equal(shown.status, 200)
    assert.ok((await shown.text()).includes(reference))
    assert.equal(shown.headers.get('cache-control'), 'private, no-store')
    const guessed = await fetch(
      `${server.url}${SENT.nl}?ref=${reference.replace(/\d$/, (d) => String((Number(d) + 1) % 10))}&sig=${new URL(result.location!, server.url).searchParams.get('sig')}`,
    )
    assert.equal(guessed.status, 404)
  })
})

describe('emails in development mode', () => {
  it('writes the acknowledgement in the visitor’s language and the administration’s notification to DATA_DIR/mail', {
    timeout: 40_000,
  }, async () => {
    const form = await fetchForm(server.url, 'en')
    // An address of its own: an address gets only a few acknowledgements a day, and other tests write as anna@.
    const result = await submitContact(server.url, {
      form,
      fields: validFields(form, { language: 'fr', name: 'Camille Dubois', email: 'camille.mail@example.be' }),
    })
    const reference = referenceOf(result.location)!
    const dir = path.join(server.dataDir, 'mail')
    const deadline = Date.now() + 30_000
    let decoded: string[] = []
    while (Date.now() < deadline) {
      decoded = readdirSync(dir)
        .map((name) => decodeQuotedPrintable(readFileSync(path.join(dir, name), 'utf8')))
        .filter((text) => text.includes(reference))
      if (decoded.length >= 2) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const acknowledgement = decoded.find((text) => text.includes('To: camille.mail@example.be'))
    const notification = decoded.find((text) => text.includes('@gob.example'))
    assert.ok(acknowledgement?.includes('Nous avons bien reçu votre message'), 'the acknowledgement is in French, to the visitor')
    assert.ok(!acknowledgement?.includes('When does the renovation grant open?'), 'without a copy of the message')
    assert.ok(!acknowledgement?.includes('Camille Dubois'), 'without the name the visitor typed')
    assert.ok(notification?.includes(`/admin/collections/contact-messages/`), 'the notification links to the inbox')
    assert.ok(!notification?.includes('When does the renovation grant open?'), 'the notification does not carry the message itself')
  })
})

describe('the inbox', () => {
  it('shows what a visitor typed as text, never running it', { timeout: 60_000 }, async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    const result = await submitContact(server.url, { fields: { name: hostile, message: `Hello ${hostile}` } })
    assert.equal(result.status, 303)
    const reference = referenceOf(result.location)!
    const found = (await (await api(`/api/contact-messages?where[reference][equals]=${reference}&depth=0`)).json()) as {
      docs: { id: number; name: string }[]
    }
    assert.equal(found.docs[0]?.name, hostile, 'stored exactly as typed')
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ email: 'admin@belfort.test', password: 'correct-horse-battery-staple-test' }),
    })
    const token = (login.headers.get('set-cookie') ?? '').match(/payload-token=([^;]+)/)?.[1]
    assert.ok(token)
    const context = await browser.newContext()
    try {
      await context.addCookies([{ name: 'payload-token', value: token, url: server.url }])
      const page = await context.newPage()
      let dialogs = 0
      page.on('dialog', async (dialog) => {
        dialogs++
        await dialog.dismiss()
      })
      await page.goto(`${server.url}/admin/collections/contact-messages/${found.docs[0]!.id}`, { waitUntil: 'networkidle' })
      await page.waitForSelector('#field-name')
      assert.equal(await page.inputValue('#field-name'), hostile, 'the name field shows the markup as text')
      await page.goto(`${server.url}/admin/collections/contact-messages`, { waitUntil: 'networkidle' })
      assert.ok(await page.locator('[data-contact-figures]').isVisible(), 'the figures table is above the inbox')
      assert.equal(await page.evaluate('window.__pwned'), undefined, 'nothing the visitor typed ran')
      assert.equal(dialogs, 0)
    } finally {
      await context.close()
    }
  })
})

describe('flood from one address', () => {
  it('answers 429 with Retry-After and a localized page once an address sends too many', { timeout: 120_000 }, async () => {
    let last: Response | undefined
    for (let i = 0; i < 95; i++) {
      last = await fetch(`${server.url}/nl/contact`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'name=flood',
      })
      if (last.status === 429) break
      await last.arrayBuffer()
    }
    assert.equal(last?.status, 429)
    assert.ok(Number(last!.headers.get('retry-after')) > 0)
    assert.ok((await last!.text()).includes('Te veel berichten'))
  })
})

/** "Is this page useful?" (src/feedback): its thanks and its comment form, in each language. */
const FEEDBACK = {
  nl: { thanks: 'Bedankt voor uw feedback', comment: 'Help ons deze pagina te verbeteren', back: 'Terug naar de pagina' },
  fr: { thanks: 'Merci pour votre avis', comment: 'Aidez-nous à améliorer cette page', back: 'Retour à la page' },
  en: { thanks: 'Thank you for your feedback', comment: 'Help us improve this page', back: 'Back to the page' },
} as const
/** Where each language lists its services. */
const SERVICES = { nl: '/nl/diensten', fr: '/fr/services', en: '/en/services' } as const

interface FeedbackRow {
  path: string
  language: string
  answer: string
  comment?: string | null
  administration?: number | null
}

async function latestFeedback(pagePath: string): Promise<FeedbackRow | undefined> {
  const response = await api(`/api/page-feedback?where[path][equals]=${encodeURIComponent(pagePath)}&sort=-createdAt&limit=1&depth=0`)
  return ((await response.json()) as { docs: FeedbackRow[] }).docs[0]
}

/** A service that names the administration responsible for it: its page, and that administration. */
async function ownedService(language: Language): Promise<{ path: string; administration: number }> {
  const response = await api(`/api/services?where[administration][exists]=true&sort=id&limit=1&locale=${language}&depth=0`)
  const body = await response.text()
  const service = (JSON.parse(body) as { docs?: { slug: string; administration: number }[] }).docs?.[0]
  assert.ok(service, `a service with its administration: ${response.status} ${body.slice(0, 300)}`)
  return { path: `${SERVICES[language]}/${service.slug}`, administration: service.administration }
}

for (const language of LANGUAGES) {
  for (const script of [false, true]) {
    describe(`"Is this page useful?" ${script ? 'with' : 'without'} JavaScript, in ${language}`, () => {
      it(`yes → thanks; no → a comment, masked → thanks; stored for the page’s administration${script ? '; axe passes' : ''}`, {
        timeout: 90_000,
      }, async () => {
        const service = await ownedService(language)
        const page = await (script ? withScript : withoutScript).newPage()
        try {
          const opened = await page.goto(server.url + service.path)
          assert.equal(opened?.status(), 200)
          assert.match(opened?.headers()['cache-control'] ?? '', /^public/, 'the page with the form stays cacheable')
          assert.equal(opened?.headers()['set-cookie'], undefined, 'no cookie')

          await Promise.all([
            page.waitForURL((url) => url.pathname.startsWith(`/${language}/`) && url.search.includes('page=')),
            page.click('form[data-page-feedback] button[value="yes"]'),
          ])
          assert.equal((await page.textContent('h1'))?.trim(), FEEDBACK[language].thanks)
          assert.equal(await page.locator('form[data-page-feedback]').count(), 0, 'the thanks does not ask again')
          if (script) await assertAccessible(page, `${language} feedback thanks`)
          const yes = await latestFeedback(service.path)
          assert.equal(yes?.answer, 'yes')
          assert.equal(yes?.language, language)
          assert.equal(yes?.administration, service.administration, 'routed to the service’s administration')

          await Promise.all([
            page.waitForURL((url) => url.pathname === service.path),
            page.click(`main a:text-is("${FEEDBACK[language].back}")`),
          ])
          await Promise.all([page.waitForSelector('#feedback-comment'), page.click('form[data-page-feedback] button[value="no"]')])
          const shownAt = Date.now()
          assert.equal((await page.textContent('h1'))?.trim(), FEEDBACK[language].comment)
          const no = await latestFeedback(service.path)
          assert.equal(no?.answer, 'no', 'the “no” is kept before any comment')
          if (script) await assertAccessible(page, `${language} feedback comment form`)

          await page.fill('#feedback-comment', 'Ik zocht het aanvraagformulier. Bel me op 0470 12 34 56 of mail anna@example.be')
          // Without a solved spam check the server takes a form only once it has been open a second (CONTACT_CHALLENGE_WAIT_SECONDS).
          await page.waitForTimeout(Math.max(0, 1100 - (Date.now() - shownAt)))
          await Promise.all([
            page.waitForURL((url) => url.search.includes('page=')),
            page.click('form.feedback-comment button[type="submit"]'),
          ])
          assert.equal((await page.textContent('h1'))?.trim(), FEEDBACK[language].thanks)
          const commented = await latestFeedback(service.path)
          assert.equal(commented?.comment, 'Ik zocht het aanvraagformulier. Bel me op [phone] of mail [e-mail]')
        } finally {
          await page.close()
        }
      })
    })
  }
}

describe('bad input to "Is this page useful?"', () => {
  it('a comment that is too long shows the form again with the error, keeps the text, and adds nothing; axe passes', {
    timeout: 60_000,
  }, async () => {
    // With JavaScript for axe; the comment form has no script, so a browser without one gets the same.
    const service = await ownedService('fr')
    const page = await withScript.newPage()
    try {
      await page.goto(server.url + service.path)
      await Promise.all([page.waitForSelector('#feedback-comment'), page.click('form[data-page-feedback] button[value="no"]')])
      const long = 'a'.repeat(501)
      await page.fill('#feedback-comment', long)
      await page.waitForTimeout(1100)
      const [answer] = await Promise.all([page.waitForNavigation(), page.click('form.feedback-comment button[type="submit"]')])
      assert.equal(answer?.status(), 422)
      assert.ok((await page.textContent('#error-summary'))?.includes('Votre commentaire ne peut pas dépasser 500 caractères.'))
      assert.equal(await page.inputValue('#feedback-comment'), long)
      assert.equal(await page.getAttribute('#feedback-comment', 'aria-invalid'), 'true')
      await assertAccessible(page, 'fr feedback comment error')
      assert.equal((await latestFeedback(service.path))?.comment ?? null, null)
    } finally {
      await page.close()
    }
  })

  it('an answer without yes or no, or about another site: 422 in the visitor’s language, nothing stored', async () => {
    const count = async () => ((await (await api('/api/page-feedback?limit=1&depth=0')).json()) as { totalDocs: number }).totalDocs
    const before = await count()
    for (const [lang, body, says] of [
      ['nl', `page=${encodeURIComponent(SERVICES.nl)}`, 'Kies “Ja” of “Nee”.'],
      ['en', 'page=https%3A%2F%2Felsewhere.example%2Fen%2F&answer=yes', 'This feedback is not about a page of this website.'],
    ] as const) {
      const response = await fetch(`${server.url}/${lang}/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      })
      assert.equal(response.status, 422)
      assert.match(response.headers.get('cache-control') ?? '', /no-store/)
      assert.ok((await response.text()).includes(says), says)
    }
    assert.equal(await count(), before)
  })
})

/** A seeded document whose PDFs are not marked accessible, and its "other format" form in each language. */
const DOCUMENT = {
  nl: '/nl/documenten/go4brussels-2030',
  fr: '/fr/documents/go4brussels-2030',
  en: '/en/documents/go4brussels-2030',
} as const
const FORMAT_FORM = {
  nl: `${DOCUMENT.nl}/ander-formaat`,
  fr: `${DOCUMENT.fr}/autre-format`,
  en: `${DOCUMENT.en}/other-format`,
} as const

for (const language of LANGUAGES) {
  for (const script of [false, true]) {
    describe(`"Request this document in another format" ${script ? 'with' : 'without'} JavaScript, in ${language}`, () => {
      it(`from beside a PDF to the inbox, the answer time promised before and after${script ? '; axe passes' : ''}`, {
        timeout: 90_000,
      }, async () => {
        const page = await (script ? withScript : withoutScript).newPage()
        try {
          await page.goto(server.url + DOCUMENT[language])
          const links = page.locator(`main a[href="${FORMAT_FORM[language]}"]`)
          assert.ok((await links.count()) >= 2, 'beside each PDF and in the “not accessible” notice')
          await Promise.all([page.waitForSelector('#format-word'), page.locator('.files__other-format').first().click()])
          const shownAt = Date.now()
          assert.ok((await page.textContent('main'))?.includes(ANSWER_TIME[language]), 'the answer time, before sending')
          if (script) await assertAccessible(page, `${language} format request form`)
          await page.check('#format-word')
          await page.fill('#email', `format.${language}.${script}@example.be`)
          // Without a solved spam check the server takes a form only once it has been open a second (CONTACT_CHALLENGE_WAIT_SECONDS).
          await page.waitForTimeout(Math.max(0, 1100 - (Date.now() - shownAt)))
          await Promise.all([page.waitForURL((url) => url.pathname === SENT[language]), page.click('#send')])
          assert.ok((await page.textContent('main'))?.includes(ANSWER_TIME[language]), 'the answer time, on the confirmation')
          const reference = (await page.textContent('.reference'))?.trim() ?? ''
          assert.match(reference, REFERENCE)
          const found = (await (await api(`/api/contact-messages?where[reference][equals]=${reference}&depth=0`)).json()) as {
            docs: { message: string; email: string; language: string; administration: number }[]
          }
          const message = found.docs[0]
          assert.equal(message?.email, `format.${language}.${script}@example.be`)
          assert.equal(message?.language, language)
          assert.ok(message?.message.includes(`${server.url}${DOCUMENT[language]}`), `the document linked: ${message?.message}`)
          assert.ok(message?.administration, 'in an administration’s inbox')
        } finally {
          await page.close()
        }
      })
    })
  }
}

describe('bad input to "Request this document in another format"', () => {
  it('names the missing format and address in the visitor’s language with 422, keeps what was typed, stores nothing; axe passes', {
    timeout: 60_000,
  }, async () => {
    const before = await messageCount()
    const page = await withScript.newPage()
    try {
      await page.goto(server.url + FORMAT_FORM.fr)
      await page.fill('#details', 'En braille')
      const [answer] = await Promise.all([page.waitForNavigation(), page.click('#send')])
      assert.equal(answer?.status(), 422)
      const summary = (await page.textContent('#error-summary')) ?? ''
      assert.ok(summary.includes('Choisissez un format') && summary.includes('Indiquez votre adresse e-mail'), summary)
      assert.equal(await page.inputValue('#details'), 'En braille')
      await assertAccessible(page, 'fr format request errors')
    } finally {
      await page.close()
    }
    assert.equal(await messageCount(), before)
  })
})
