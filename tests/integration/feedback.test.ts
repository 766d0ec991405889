/**
 * "Is this page useful?" on a real database (SQLite, then PostgreSQL): answers stored per page and
 * language for the page's administration, comments masked, every kind of bad input refused with a
 * localized page and its status and nothing stored, a flood answered 429, who reads what, and the
 * dashboard's pages with the most "no".
 */
import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { PassThrough } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload } from 'payload'
import type { User } from '@/payload-types'
import { collectAttention } from '@/back-office/dashboard/collect'
import { attentionProviders } from '@/back-office/dashboard/providers'
import { challengeOptions } from '@/contact/settings'
import { createChallenge, solveChallenge } from '@/contact/spam/challenge'
import { type FeedbackReceiver, feedbackReceiver } from '@/feedback/http/receive'
import { MASKED_EMAIL, MASKED_PHONE } from '@/feedback/mask'
import { feedbackMessages } from '@/feedback/messages'
import type { Locale } from '@/site/routes'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
const administrations: Record<'a' | 'b', number> = { a: 0, b: 0 }
let handlerA: User
let editor: User
/** The page of administration A, which A owns; the home page, which no administration owns. */
const PAGE_A = '/fr/administrations/administration-a'
const PAGE_B = '/fr/administrations/administration-b'
const HOME = '/nl/'

let addresses = 0
/** A form POST as the server receives it, from an address of its own unless one is named. */
function post(
  body: Record<string, string> | string,
  address = `192.0.2.${++addresses}`,
  type = 'application/x-www-form-urlencoded',
): IncomingMessage {
  const text = typeof body === 'string' ? body : new URLSearchParams(body).toString()
  const req = new PassThrough() as unknown as IncomingMessage & PassThrough
  Object.assign(req, {
    method: 'POST',
    headers: { 'content-type': type, 'content-length': String(Buffer.byteLength(text)) },
    socket: { remoteAddress: address },
  })
  req.end(text)
  return req
}

let receiver: FeedbackReceiver
const send = (kind: 'answer' | 'comment', locale: Locale, req: IncomingMessage, using = receiver) =>
  using[kind]({ payload, req, locale, path: `/${locale}/feedback`, origin: 'http://belfort.test' })

const count = async () => (await payload.count({ collection: 'page-feedback', overrideAccess: true })).totalDocs

/** The ticket in a "no"'s redirect to the comment form. */
function ticketOf(location: string | undefined): string {
  assert.ok(location, 'a redirect')
  const ticket = new URL(location, 'http://belfort.test').searchParams.get('ticket')
  assert.ok(ticket, `a ticket in ${location}`)
  return ticket
}

/** A comment form's fields with a solved challenge, as a browser with JavaScript would send them. */
function solved(): Record<string, string> {
  const challenge = createChallenge(challengeOptions())
  return { challenge: challenge.token, solution: String(solveChallenge(challenge)) }
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, '’')

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    for (const locale of ['nl', 'fr', 'en'] as const)
      await payload.updateGlobal({ slug: 'site-settings', locale, data: { organisationName: 'GOB', shortName: 'GOB' } })
    for (const key of ['a', 'b'] as const) {
      const created = await payload.create({
        collection: 'administrations',
        locale: 'fr',
        data: { name: `Administration ${key.toUpperCase()}`, summary: 'Résumé', slug: `administration-${key}` },
      })
      administrations[key] = created.id
    }
    const user = (email: string, roles: User['roles'], handles: number[] = []) =>
      payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email, password: 'a-long-test-password', roles, administrations: handles },
      })
    handlerA = await user('handler-a@example.test', ['contact-handler'], [administrations.a])
    editor = await user('editor@example.test', ['editor'])
    receiver = feedbackReceiver({ postsPerWindow: 1000, trustProxy: false })
  },
  { timeout: 120_000 },
)

after(async () => {
  await instance?.close()
})

describe('storing an answer', () => {
  it('stores a "yes" per page and language for the page’s administration, and thanks the visitor', async () => {
    const view = await send('answer', 'fr', post({ page: PAGE_A, answer: 'yes', website: '' }))
    assert.equal(view.status, 303)
    assert.equal(view.private, true)
    assert.equal(view.location, `/fr/avis/merci?${new URLSearchParams({ page: PAGE_A })}`)
    const rows = await payload.find({ collection: 'page-feedback', where: { path: { equals: PAGE_A } }, overrideAccess: true, depth: 0 })
    assert.equal(rows.totalDocs, 1)
    const [row] = rows.docs
    assert.equal(row?.answer, 'yes')
    assert.equal(row?.language, 'fr')
    assert.equal(row?.administration, administrations.a)
    assert.equal(row?.comment ?? null, null)
  })

  it('stores feedback on a page no administration owns without one (editors read it)', async () => {
    const view = await send('answer', 'nl', post({ page: HOME, answer: 'yes' }))
    assert.equal(view.status, 303)
    const rows = await payload.find({ collection: 'page-feedback', where: { path: { equals: HOME } }, overrideAccess: true, depth: 0 })
    assert.equal(rows.docs[0]?.administration ?? null, null)
    assert.equal(rows.docs[0]?.language, 'nl')
  })

  it('stores a "no" at once, then adds the comment with email addresses and phone numbers masked, once', async () => {
    const view = await send('answer', 'fr', post({ page: PAGE_B, answer: 'no' }))
    assert.equal(view.status, 303)
    assert.match(view.location ?? '', /^\/fr\/avis\/commentaire\?ticket=/)
    const ticket = ticketOf(view.location)
    const id = Number(ticket.split('.')[0])
    const stored = await payload.findByID({ collection: 'page-feedback', id, overrideAccess: true, depth: 0 })
    assert.equal(stored.answer, 'no')
    assert.equal(stored.administration, administrations.b)

    const comment = 'Je cherchais le formulaire. Écrivez-moi à jean.dupont@example.be ou au 0470 12 34 56.'
    const added = await send('comment', 'fr', post({ ticket, comment, website: '', ...solved() }))
    assert.equal(added.status, 303, text(added.html))
    assert.equal(added.location, `/fr/avis/merci?${new URLSearchParams({ page: PAGE_B })}`)
    const after = await payload.findByID({ collection: 'page-feedback', id, overrideAccess: true, depth: 0 })
    assert.equal(after.comment, `Je cherchais le formulaire. Écrivez-moi à ${MASKED_EMAIL} ou au ${MASKED_PHONE}.`)

    const again = await send('comment', 'fr', post({ ticket, comment: 'Encore', ...solved() }))
    assert.equal(again.status, 409)
    assert.ok(text(again.html).includes(feedbackMessages.fr.feedbackErrorDone))
    assert.equal((await payload.findByID({ collection: 'page-feedback', id, overrideAccess: true, depth: 0 })).comment, after.comment)
  })

  it('a "no" without a comment is kept as it is', async () => {
    const ticket = ticketOf((await send('answer', 'en', post({ page: '/en/', answer: 'no' }))).location)
    const view = await send('comment', 'en', post({ ticket, comment: '   ' }))
    assert.equal(view.status, 303)
    const row = await payload.findByID({ collection: 'page-feedback', id: Number(ticket.split('.')[0]), overrideAccess: true, depth: 0 })
    assert.equal(row.comment ?? null, null)
  })
})

describe('bad input: a localized page with its status, and nothing stored', () => {
  const answers: [string, Locale, Record<string, string> | string, number, string][] = [
    ['no answer', 'nl', { page: HOME }, 422, feedbackMessages.nl.feedbackErrorAnswer],
    ['an answer that is neither', 'fr', { page: PAGE_A, answer: 'peut-être' }, 422, feedbackMessages.fr.feedbackErrorAnswer],
    ['a page of another site', 'en', { page: 'https://elsewhere.example/en/', answer: 'yes' }, 422, feedbackMessages.en.feedbackErrorPage],
    ['no page', 'nl', { answer: 'yes' }, 422, feedbackMessages.nl.feedbackErrorPage],
    ['the honeypot filled in', 'fr', { page: PAGE_A, answer: 'yes', website: 'http://spam.example' }, 422, 'Laissez vide le champ'],
    ['a body that is not a form', 'en', '{"answer":"yes"}', 400, feedbackMessages.en.feedbackErrorUnreadable],
  ]
  for (const [what, locale, body, status, says] of answers) {
    it(`an answer with ${what}: ${status}`, async () => {
      const before = await count()
      const view = await send('answer', locale, post(body, undefined, typeof body === 'string' ? 'text/plain' : undefined))
      assert.equal(view.status, status)
      assert.equal(view.private, true, 'never cached')
      assert.match(view.html, new RegExp(`<html lang="${locale}"`))
      assert.ok(text(view.html).includes(says), `${says} in: ${text(view.html).slice(0, 2000)}`)
      assert.equal(await count(), before)
    })
  }

  it('a comment that is too long, spam, or without its spam check: 422 with the form again, the comment not added', async () => {
    const ticket = ticketOf((await send('answer', 'nl', post({ page: HOME, answer: 'no' }))).location)
    const id = Number(ticket.split('.')[0])
    const tooLong = 'x'.repeat(501)
    const cases: [Record<string, string>, string][] = [
      [{ ticket, comment: tooLong, ...solved() }, 'Uw opmerking mag hoogstens 500 tekens lang zijn.'],
      [{ ticket, comment: 'Koop nu', website: 'spam', ...solved() }, 'Laat het veld “Laat dit veld leeg” leeg.'],
      [{ ticket, comment: 'Zonder controle' }, 'De controle tegen spam is mislukt of verlopen.'],
      [
        { ticket, comment: 'Te snel', challenge: createChallenge(challengeOptions()).token, solution: '' },
        'Het formulier werd te snel verstuurd.',
      ],
    ]
    for (const [fields, says] of cases) {
      const view = await send('comment', 'nl', post(fields))
      assert.equal(view.status, 422, says)
      assert.ok(text(view.html).includes(says), `${says} in: ${text(view.html).slice(0, 1500)}`)
      assert.ok(view.html.includes('name="ticket"'), 'the form again')
    }
    assert.ok(
      text((await send('comment', 'nl', post({ ticket, comment: tooLong, ...solved() }))).html).includes(tooLong),
      'the text kept to fix',
    )
    assert.equal((await payload.findByID({ collection: 'page-feedback', id, overrideAccess: true, depth: 0 })).comment ?? null, null)
  })

  it('a comment with a forged ticket: 404', async () => {
    const before = await count()
    const view = await send('comment', 'fr', post({ ticket: `1.${'A'.repeat(43)}`, comment: 'Bonjour', ...solved() }))
    assert.equal(view.status, 404)
    assert.ok(text(view.html).includes(feedbackMessages.fr.feedbackErrorLink))
    assert.equal(await count(), before)
  })

  it('a flood from one address: 429 with Retry-After, in the visitor’s language, the last answer not stored', async () => {
    const limited = feedbackReceiver({ postsPerWindow: 3, trustProxy: false })
    for (let i = 0; i < 3; i++)
      assert.equal((await send('answer', 'nl', post({ page: HOME, answer: 'yes' }, '198.51.100.7'), limited)).status, 303)
    const before = await count()
    const view = await send('answer', 'fr', post({ page: PAGE_A, answer: 'yes' }, '198.51.100.7'), limited)
    assert.equal(view.status, 429)
    assert.ok(Number(view.headers?.['Retry-After']) > 0)
    assert.ok(text(view.html).includes(feedbackMessages.fr.feedbackTooManyTitle))
    assert.equal(await count(), before)
    // Another address is not held back by this one.
    assert.equal((await send('answer', 'nl', post({ page: HOME, answer: 'yes' }, '198.51.100.8'), limited)).status, 303)
  })
})

describe('who reads page feedback', () => {
  it('a contact handler reads their administration’s pages only; an editor reads all; nobody writes through the API', async () => {
    const asHandler = await payload.find({
      collection: 'page-feedback',
      user: handlerA,
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    assert.ok(asHandler.docs.length > 0)
    assert.ok(asHandler.docs.every((row) => row.administration === administrations.a))
    const asEditor = await payload.find({ collection: 'page-feedback', user: editor, overrideAccess: false, pagination: false, depth: 0 })
    assert.equal(asEditor.totalDocs, await count())
    const row = asHandler.docs[0]!
    await assert.rejects(
      payload.update({ collection: 'page-feedback', id: row.id, user: handlerA, overrideAccess: false, data: { comment: 'rewritten' } }),
    )
    await assert.rejects(
      payload.update({ collection: 'page-feedback', id: row.id, user: editor, overrideAccess: false, data: { comment: 'rewritten' } }),
    )
    await assert.rejects(
      payload.create({ collection: 'page-feedback', overrideAccess: false, data: { path: '/nl/', language: 'nl', answer: 'yes' } }),
    )
  })

  it('the dashboard lists the pages with the most "no" to whoever reads their feedback', async () => {
    for (let i = 0; i < 3; i++) await send('answer', 'fr', post({ page: PAGE_A, answer: 'no' }))
    const countsFor = async (who: User) => {
      const req = await createLocalReq({ user: { ...who, collection: 'users' } }, payload)
      const { groups } = await collectAttention(req, attentionProviders)
      return groups.find((group) => group.group === 'feedback')?.counts ?? []
    }
    const forHandler = await countsFor(handlerA)
    assert.deepEqual(
      forHandler.map((c) => [c.label.fr, c.count]),
      [[`Le plus souvent « pas utile » (30 jours) : ${PAGE_A}`, 3]],
    )
    assert.match(forHandler[0]?.href ?? '', /^\/admin\/collections\/page-feedback\?where/)
    const forEditor = await countsFor(editor)
    assert.equal(forEditor[0]?.label.nl, `Vaakst “niet nuttig” (30 dagen): ${PAGE_A}`, 'the most "no" first')
    assert.ok(forEditor.some((c) => c.label.en.endsWith(PAGE_B)))
  })
})
