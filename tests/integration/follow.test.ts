/**
 * "Follow by email" on a real database (SQLite, then PostgreSQL): subscribe → the confirmation in the
 * outbox and over SMTP, with the one-click unsubscribe headers → confirm (a GET only shows the button)
 * → the manage page (frequency, download, remove) → one-click unsubscribe by POST; the same answer
 * whether or not an address is known; no duplicates; tokens forged or expired refused with their
 * status and nothing written; a flood answered 429; the retention of unconfirmed subscriptions and of
 * addresses that follow nothing; who reads what.
 */
import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { PassThrough } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import type { User } from '@/payload-types'
import { outboxSettled } from '@/contact/jobs'
import { deliverDueEmails } from '@/contact/mail/deliver'
import { challengeOptions, payloadSigningSecret } from '@/contact/settings'
import { createChallenge, solveChallenge } from '@/contact/spam/challenge'
import { type FollowReceiver, followReceiver } from '@/follow/http/receive'
import { applyFollowRetention } from '@/follow/retention'
import { signToken } from '@/follow/tokens'
import { ReadCache } from '@/server/read-cache'
import { renderPublic } from '@/site/router'
import type { Locale } from '@/site/routes'
import { TestMailServer } from '../support/mail-server'
import { startTestPayload, type TestPayload } from './payload-instance'

const ORIGIN = 'http://belfort.test'
let instance: TestPayload
let payload: Payload
let mailServer: TestMailServer
let receiver: FollowReceiver
let admin: User
let editor: User
let theme = 0
let draftPage = 0
let publishedPage = 0

let addresses = 0
/** A form POST as the server receives it, from an address of its own unless one is named. */
function post(body: Record<string, string> | string, address = `192.0.2.${++addresses}`): IncomingMessage {
  const text = typeof body === 'string' ? body : new URLSearchParams(body).toString()
  const req = new PassThrough() as unknown as IncomingMessage & PassThrough
  Object.assign(req, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(text)) },
    socket: { remoteAddress: address },
  })
  req.end(text)
  return req
}

/** The form's fields with a solved challenge, as a browser with JavaScript would send them. */
function solved(): Record<string, string> {
  const challenge = createChallenge(challengeOptions())
  return { challenge: challenge.token, solution: String(solveChallenge(challenge)), website: '' }
}

const FOLLOW: Record<Locale, string> = { nl: '/nl/volgen', fr: '/fr/suivre', en: '/en/follow' }

const subscribe = (locale: Locale, fields: Record<string, string>, using = receiver, address?: string) =>
  using.subscribe({
    payload,
    req: post({ ...solved(), ...fields }, address),
    locale,
    path: FOLLOW[locale],
    query: new URLSearchParams(),
    origin: ORIGIN,
  })

/** A POST to a link's address (its token in the query), as the page's button or a mail client's one-click sends it. */
function postLink(
  part: 'link' | 'confirm' | 'unsubscribe' | 'manage',
  locale: Locale,
  url: string,
  body: Record<string, string> | string = {},
) {
  const parsed = new URL(url, ORIGIN)
  return receiver.byPart[part]!({ payload, req: post(body), locale, path: parsed.pathname, query: parsed.searchParams, origin: ORIGIN })
}

/** A GET as a visitor (or a mail scanner) sends it; the server renders public pages through its read cache. */
function get(url: string, reader: Payload = payload) {
  const parsed = new URL(url, ORIGIN)
  const [locale, ...segments] = parsed.pathname.split('/').filter(Boolean)
  return renderPublic({
    payload: reader,
    locale: locale as Locale,
    segments,
    path: parsed.pathname,
    query: parsed.searchParams,
    origin: ORIGIN,
    draft: false,
  })
}

const subscriber = async (email: string) =>
  (await payload.find({ collection: 'follow-subscribers', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })).docs[0]

const subscriptionsOf = async (id: number) =>
  (await payload.find({ collection: 'follow-subscriptions', where: { subscriber: { equals: id } }, overrideAccess: true, depth: 0 })).docs

const outboxTo = async (email: string) =>
  (await payload.find({ collection: 'email-outbox', where: { to: { equals: email } }, sort: 'createdAt', overrideAccess: true, depth: 0 }))
    .docs

/** The link of this part in an email's text. */
function linkIn(text: string, part: string): string {
  const found = new RegExp(`${ORIGIN}/[a-z]{2}/[a-z]+/${part}\\?token=[A-Za-z0-9._%-]+`).exec(text)
  assert.ok(found, `a ${part} link in:\n${text}`)
  return found[0]
}

/** Sends what is due and waits for the mail to this address to arrive. */
async function mailTo(email: string, count = 1): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    await deliverDueEmails(payload, { fileDir: undefined, limit: 100 })
    const mine = mailServer.received.filter((mail) => mail.to.includes(email))
    if (mine.length >= count) return mine.map((mail) => mail.text)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  assert.fail(`no mail to ${email}`)
}

const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ')

before(
  async () => {
    mailServer = await TestMailServer.onFreePort()
    process.env.SMTP_URL = mailServer.url
    await mailServer.start()
    instance = await startTestPayload()
    payload = instance.payload
    for (const locale of ['nl', 'fr', 'en'] as const)
      await payload.updateGlobal({ slug: 'site-settings', locale, data: { organisationName: 'GOB', shortName: 'GOB' } })
    const created = await payload.create({ collection: 'themes', locale: 'nl', data: { name: 'Mobiliteit', slug: 'mobiliteit' } })
    theme = created.id
    await payload.update({ collection: 'themes', id: theme, locale: 'fr', data: { name: 'Mobilité', slug: 'mobilite' } })
    const draft = await payload.create({
      collection: 'pages',
      locale: 'nl',
      draft: true,
      data: { title: 'Concept', slug: 'concept', _status: 'draft' },
    })
    draftPage = draft.id
    const published = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Premies', slug: 'premies', _status: 'published' },
    })
    publishedPage = published.id
    const user = (email: string, roles: User['roles']) =>
      payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'a-long-test-password', roles } })
    admin = await user('admin@example.test', ['admin'])
    editor = await user('editor@example.test', ['editor'])
    receiver = followReceiver({ postsPerWindow: 1000, trustProxy: false })
  },
  { timeout: 120_000 },
)

after(async () => {
  // A subscribe starts the outbox in the background; the database must not close under it.
  await outboxSettled()
  await instance?.close()
  await mailServer?.stop()
})

describe('subscribe, confirm, manage, unsubscribe', () => {
  const email = 'anna.peeters@example.be'
  let confirmUrl = ''
  let unsubscribeUrl = ''
  let manageUrl = ''

  it('signs with the key a running Payload signs with, derived without one', () => {
    assert.equal(payloadSigningSecret(), payload.secret)
  })

  it('stores an unconfirmed subscription and sends the confirmation in the subscriber’s language, with one-click unsubscribe headers', async () => {
    const view = await subscribe('nl', { subject: `theme:${theme}`, frequency: 'daily', email: 'Anna.Peeters@Example.be' })
    assert.equal(view.status, 303)
    assert.equal(view.location, '/nl/volgen/verstuurd')
    const row = await subscriber(email)
    assert.ok(row, 'the address is kept in lower case')
    assert.equal(row.language, 'nl')
    const subscriptions = await subscriptionsOf(row.id)
    assert.deepEqual(
      subscriptions.map((s) => [s.subject, s.frequency, s.confirmedAt ?? null]),
      [[`theme:${theme}`, 'daily', null]],
    )
    const [queued] = await outboxTo(email)
    assert.equal(queued?.kind, 'follow-confirmation')
    assert.ok(queued?.listUnsubscribe, 'the outbox keeps the one-click address')
    const [raw] = await mailTo(email)
    const text = unfolded(raw!)
    assert.match(text, /Subject: =\?UTF-8\?Q\?Bevestig_uw_abonnement/)
    assert.match(text, /Goeddag,/)
    assert.match(text, /Thema: Mobiliteit/)
    assert.match(text, /List-Unsubscribe: <http:\/\/belfort\.test\/nl\/volgen\/uitschrijven\?token=/)
    assert.match(text, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/)
    confirmUrl = linkIn(text, 'bevestigen')
    unsubscribeUrl = linkIn(text, 'uitschrijven')
  })

  it('shows a button on the confirmation link’s GET, and confirms only on its POST', async () => {
    const page = await get(confirmUrl)
    assert.equal(page.status, 200)
    assert.equal(page.private, true)
    assert.match(page.html, /Abonnement bevestigen/)
    const row = await subscriber(email)
    assert.equal((await subscriptionsOf(row!.id))[0]?.confirmedAt ?? null, null, 'a GET confirms nothing')
    const view = await postLink('confirm', 'nl', confirmUrl)
    assert.equal(view.status, 200)
    assert.match(view.html, /Uw abonnement is bevestigd/)
    assert.ok((await subscriptionsOf(row!.id))[0]?.confirmedAt, 'confirmed')
    manageUrl = /href="([^"]*\/nl\/volgen\/beheren\?token=[^"]+)"/.exec(view.html)?.[1]?.replace(/&amp;/g, '&') ?? ''
    assert.ok(manageUrl, 'the confirmation page links to the manage page')
  })

  it('answers a repeated subscribe the same way, makes no duplicate, and mails the manage link instead', async () => {
    const view = await subscribe('nl', { subject: `theme:${theme}`, frequency: 'weekly', email })
    assert.equal(view.status, 303)
    assert.equal(view.location, '/nl/volgen/verstuurd')
    const row = await subscriber(email)
    const subscriptions = await subscriptionsOf(row!.id)
    assert.equal(subscriptions.length, 1)
    assert.equal(subscriptions[0]?.frequency, 'daily', 'a confirmed subscription is not changed from the form')
    assert.equal(
      (await payload.count({ collection: 'follow-subscribers', where: { email: { equals: email } }, overrideAccess: true })).totalDocs,
      1,
    )
    const mails = await mailTo(email, 2)
    assert.match(mails[1]!, /U volgt Thema: Mobiliteit al/)
    assert.match(mails[1]!, /beheren\?token=/)
  })

  it('lists the subscriptions on the manage page, changes a frequency, and downloads what is kept as JSON', async () => {
    const page = await get(manageUrl)
    assert.equal(page.status, 200)
    assert.equal(page.private, true)
    assert.match(page.html, /anna\.peeters@example\.be/)
    assert.match(page.html, /Thema: Mobiliteit/)
    const row = await subscriber(email)
    const [subscription] = await subscriptionsOf(row!.id)
    const changed = await postLink('manage', 'nl', manageUrl, {
      action: 'frequency',
      subscription: String(subscription!.id),
      frequency: 'weekly',
    })
    assert.equal(changed.status, 200)
    assert.match(changed.html, /Uw wijziging is opgeslagen/)
    assert.equal((await subscriptionsOf(row!.id))[0]?.frequency, 'weekly')
    const data = await get(manageUrl.replace('/beheren?', '/gegevens?'))
    assert.equal(data.status, 200)
    assert.match(data.contentType ?? '', /^application\/json/)
    const json = JSON.parse(data.html) as { email: string; language: string; subscriptions: { subject: string; frequency: string }[] }
    assert.equal(json.email, email)
    assert.equal(json.language, 'nl')
    assert.deepEqual(
      json.subscriptions.map((s) => [s.subject, s.frequency]),
      [[`theme:${theme}`, 'weekly']],
    )
  })

  it('refuses a change to another subscriber’s subscription and writes nothing', async () => {
    await subscribe('fr', { subject: 'all-news', frequency: 'immediately', email: 'other@example.be' })
    const other = await subscriber('other@example.be')
    const [theirs] = await subscriptionsOf(other!.id)
    const view = await postLink('manage', 'nl', manageUrl, { action: 'remove', subscription: String(theirs!.id) })
    assert.equal(view.status, 400)
    assert.equal((await subscriptionsOf(other!.id)).length, 1)
  })

  it('shows a button on the unsubscribe link’s GET, and unsubscribes on a one-click POST without sign-in; the address goes with its last subscription', async () => {
    const page = await get(unsubscribeUrl)
    assert.equal(page.status, 200)
    assert.match(page.html, /Uitschrijven/)
    assert.ok(await subscriber(email), 'a GET unsubscribes nothing')
    const view = await postLink('unsubscribe', 'nl', unsubscribeUrl, 'List-Unsubscribe=One-Click')
    assert.equal(view.status, 200)
    assert.match(view.html, /U bent uitgeschreven/)
    assert.equal(await subscriber(email), undefined, 'the address is deleted with its last subscription')
    const again = await postLink('unsubscribe', 'nl', unsubscribeUrl, 'List-Unsubscribe=One-Click')
    assert.equal(again.status, 200, 'unsubscribing twice is done, not an error')
    const manage = await get(manageUrl)
    assert.equal(manage.status, 410, 'the manage link of a deleted address is gone')
  })

  it('removes everything from the manage page', async () => {
    const address = 'all.of.it@example.be'
    await subscribe('en', { subject: 'all-news', frequency: 'immediately', email: address })
    await subscribe('en', { subject: `theme:${theme}`, frequency: 'weekly', email: address })
    const row = await subscriber(address)
    assert.equal((await subscriptionsOf(row!.id)).length, 2)
    const link = `${ORIGIN}/en/follow/manage?${new URLSearchParams({ token: signToken({ purpose: 'manage', id: row!.id, email: address, expiresAt: Date.now() + 60_000 }) })}`
    const view = await postLink('manage', 'en', link, { action: 'remove-all' })
    assert.equal(view.status, 200)
    assert.match(view.html, /You follow nothing any more/)
    assert.equal(await subscriber(address), undefined)
  })
})

describe('pages behind the links, read as the server reads public pages', () => {
  it('sees an unsubscribe at once, though public pages read through the read cache', async () => {
    const reader = new ReadCache(1000).wrap(payload)
    const address = 'cached@example.be'
    await subscribe('nl', { subject: 'all-news', frequency: 'daily', email: address })
    const row = await subscriber(address)
    const [subscription] = await subscriptionsOf(row!.id)
    const manage = `/nl/volgen/beheren?${new URLSearchParams({ token: signToken({ purpose: 'manage', id: row!.id, email: address, expiresAt: Date.now() + 60_000 }) })}`
    const unsubscribeLink = `/nl/volgen/uitschrijven?${new URLSearchParams({ token: signToken({ purpose: 'unsubscribe', id: subscription!.id, email: address }) })}`
    assert.equal((await get(manage, reader)).status, 200)
    assert.equal((await get(unsubscribeLink, reader)).status, 200)
    assert.equal((await postLink('unsubscribe', 'nl', unsubscribeLink, 'List-Unsubscribe=One-Click')).status, 200)
    assert.equal((await get(manage, reader)).status, 410)
    assert.doesNotMatch((await get(unsubscribeLink, reader)).html, /<form[^>]*data-follow-action="unsubscribe"/)
  })
})

describe('the same answer whoever the address is', () => {
  it('answers "send me my link" alike for a known and an unknown address, and mails only the known one', async () => {
    const known = 'known@example.be'
    await subscribe('fr', { subject: 'all-news', frequency: 'daily', email: known })
    const before = (await outboxTo(known)).length
    const forKnown = await receiver.byPart.link!({
      payload,
      req: post({ ...solved(), email: known }),
      locale: 'fr',
      path: '/fr/suivre/lien',
      query: new URLSearchParams(),
      origin: ORIGIN,
    })
    const forUnknown = await receiver.byPart.link!({
      payload,
      req: post({ ...solved(), email: 'nobody@example.be' }),
      locale: 'fr',
      path: '/fr/suivre/lien',
      query: new URLSearchParams(),
      origin: ORIGIN,
    })
    assert.equal(forKnown.status, 303)
    assert.deepEqual([forUnknown.status, forUnknown.location], [forKnown.status, forKnown.location])
    const emails = await outboxTo(known)
    assert.equal(emails.length, before + 1)
    assert.equal(emails.at(-1)?.kind, 'follow-link')
    assert.match(emails.at(-1)!.text, /Ce lien vous permet de consulter vos abonnements/)
    assert.equal((await outboxTo('nobody@example.be')).length, 0)
    assert.equal(await subscriber('nobody@example.be'), undefined, 'asking for a link stores nothing')
  })

  it('answers a subscribe with a new and with a known address alike', async () => {
    const known = await subscribe('en', { subject: 'all-news', frequency: 'daily', email: 'known@example.be' })
    const fresh = await subscribe('en', { subject: 'all-news', frequency: 'daily', email: 'fresh@example.be' })
    assert.deepEqual([known.status, known.location, known.html], [fresh.status, fresh.location, fresh.html])
  })

  it('makes one row of two subscribes sent at once', async () => {
    const address = 'twice@example.be'
    const views = await Promise.all([1, 2].map(() => subscribe('nl', { subject: 'all-news', frequency: 'daily', email: address })))
    assert.deepEqual(
      views.map((v) => v.status),
      [303, 303],
    )
    const row = await subscriber(address)
    assert.equal((await subscriptionsOf(row!.id)).length, 1)
  })
})

describe('bad input', () => {
  const count = async () => (await payload.count({ collection: 'follow-subscriptions', overrideAccess: true })).totalDocs

  it('refuses an invalid address with the form again, in the visitor’s language, and stores nothing', async () => {
    const before = await count()
    const view = await subscribe('fr', { subject: 'all-news', frequency: 'daily', email: 'not-an-address' })
    assert.equal(view.status, 422)
    assert.match(view.html, /Indiquez une adresse e-mail comme nom@exemple\.be/)
    assert.equal(await count(), before)
  })

  it('keeps the single page the visitor came to follow chosen when the form comes back with an error', async () => {
    const view = await subscribe('nl', { subject: `page:${publishedPage}`, frequency: 'daily', email: 'geen-adres' })
    assert.equal(view.status, 422)
    assert.match(view.html, new RegExp(`<option value="page:${publishedPage}" selected[^>]*>Pagina: Premies</option>`))
  })

  it('refuses an unknown subject, a draft page and a missing frequency, and stores nothing', async () => {
    const before = await count()
    for (const [subject, frequency] of [
      ['theme:999999', 'daily'],
      ['bogus', 'daily'],
      [`page:${draftPage}`, 'daily'],
      ['all-news', 'hourly'],
    ] as const) {
      const view = await subscribe('en', { subject, frequency, email: 'bad.input@example.be' })
      assert.equal(view.status, 422, `${subject} ${frequency}`)
    }
    assert.equal(await count(), before)
    assert.equal(await subscriber('bad.input@example.be'), undefined)
    const preselected = await get(`/en/follow?subject=theme:999999`)
    assert.equal(preselected.status, 400)
    assert.match(preselected.html, /does not exist \(any more\) or cannot be followed/)
  })

  it('refuses a form without the spam check, or with the trap field filled in', async () => {
    const before = await count()
    const unsolved = await receiver.subscribe({
      payload,
      req: post({ subject: 'all-news', frequency: 'daily', email: 'spam@example.be', challenge: 'x', solution: '' }),
      locale: 'nl',
      path: '/nl/volgen',
      query: new URLSearchParams(),
      origin: ORIGIN,
    })
    assert.equal(unsolved.status, 422)
    const trapped = await subscribe('nl', { subject: 'all-news', frequency: 'daily', email: 'spam@example.be', website: 'http://spam' })
    assert.equal(trapped.status, 422)
    assert.equal(await count(), before)
  })

  it('answers a forged token 400 and an expired one 410, on GET and POST, and writes nothing', async () => {
    await subscribe('nl', { subject: 'all-news', frequency: 'daily', email: 'tokens@example.be' })
    const row = await subscriber('tokens@example.be')
    const [subscription] = await subscriptionsOf(row!.id)
    const genuine = signToken({
      purpose: 'confirm',
      id: subscription!.id,
      email: 'tokens@example.be',
      expiresAt: Date.now() + 60_000,
    })
    // The signature's first character changed: it carries six bits of the signature, where the last
    // carries four, and replacing the last two with "AA" left one genuine token in 1,024 unchanged.
    const signatureAt = genuine.lastIndexOf('.') + 1
    const forged = [
      'nonsense',
      `${genuine.slice(0, signatureAt)}${genuine[signatureAt] === 'A' ? 'B' : 'A'}${genuine.slice(signatureAt + 1)}`,
      // A genuine unsubscribe token does not confirm.
      signToken({ purpose: 'unsubscribe', id: subscription!.id, email: 'tokens@example.be' }),
    ]
    for (const token of forged) {
      const url = `/nl/volgen/bevestigen?${new URLSearchParams({ token })}`
      assert.equal((await get(url)).status, 400, token)
      const view = await postLink('confirm', 'nl', url)
      assert.equal(view.status, 400, token)
      assert.match(view.html, /Deze link is ongeldig/)
    }
    for (const part of ['uitschrijven', 'beheren', 'gegevens']) {
      assert.equal((await get(`/nl/volgen/${part}?token=forged`)).status, 400, part)
    }
    assert.equal((await postLink('unsubscribe', 'nl', '/nl/volgen/uitschrijven?token=forged', 'List-Unsubscribe=One-Click')).status, 400)
    assert.equal((await postLink('manage', 'nl', '/nl/volgen/beheren?token=forged', { action: 'remove-all' })).status, 400)
    const expired = signToken({
      purpose: 'confirm',
      id: subscription!.id,
      email: 'tokens@example.be',
      expiresAt: Date.now() - 1000,
    })
    const url = `/nl/volgen/bevestigen?${new URLSearchParams({ token: expired })}`
    assert.equal((await get(url)).status, 410)
    const view = await postLink('confirm', 'nl', url)
    assert.equal(view.status, 410)
    assert.match(view.html, /Deze link is verlopen/)
    // Signed for an address that is not the row's (an id used again): nothing to act on.
    const otherAddress = signToken({
      purpose: 'confirm',
      id: subscription!.id,
      email: 'someone.else@example.be',
      expiresAt: Date.now() + 60_000,
    })
    assert.equal((await postLink('confirm', 'nl', `/nl/volgen/bevestigen?token=${otherAddress}`)).status, 410)
    assert.equal((await subscriptionsOf(row!.id))[0]?.confirmedAt ?? null, null, 'nothing confirmed')
    assert.ok(await subscriber('tokens@example.be'), 'nothing deleted')
  })

  it('answers a flood from one address 429 with Retry-After', async () => {
    const limited = followReceiver({ postsPerWindow: 3, trustProxy: false })
    const statuses: number[] = []
    let last: Awaited<ReturnType<FollowReceiver['subscribe']>> | undefined
    for (let i = 0; i < 5; i++) {
      last = await subscribe('fr', { subject: 'all-news', frequency: 'daily', email: `flood.${i}@example.be` }, limited, '198.51.100.7')
      statuses.push(last.status)
    }
    assert.deepEqual(statuses, [303, 303, 303, 429, 429])
    assert.ok(Number(last?.headers?.['Retry-After']) > 0)
    assert.match(last!.html, /Trop de messages/)
    assert.equal(await subscriber('flood.4@example.be'), undefined)
  })
})

describe('retention', () => {
  it('deletes unconfirmed subscriptions after 7 days and addresses that follow nothing, and keeps confirmed ones', async () => {
    await subscribe('nl', { subject: 'all-news', frequency: 'daily', email: 'pending@example.be' })
    await subscribe('nl', { subject: 'all-news', frequency: 'daily', email: 'kept@example.be' })
    const kept = await subscriber('kept@example.be')
    const [keptSubscription] = await subscriptionsOf(kept!.id)
    await payload.update({
      collection: 'follow-subscriptions',
      id: keptSubscription!.id,
      overrideAccess: true,
      data: { confirmedAt: new Date().toISOString() },
    })

    const sixDays = await applyFollowRetention(payload, new Date(Date.now() + 6 * 24 * 3600 * 1000))
    assert.equal(sixDays.subscriptions, 0, 'not before 7 days')
    assert.ok(await subscriber('pending@example.be'))

    await mailTo('kept@example.be')
    const eightDays = await applyFollowRetention(payload, new Date(Date.now() + 8 * 24 * 3600 * 1000))
    assert.ok(eightDays.subscriptions > 0)
    assert.equal(await subscriber('pending@example.be'), undefined, 'its address went with it')
    assert.ok(await subscriber('kept@example.be'), 'a confirmed subscription stays')
    assert.equal((await subscriptionsOf(kept!.id)).length, 1)
    const sent = (await outboxTo('kept@example.be')).filter((e) => e.status === 'sent')
    assert.equal(sent.length, 0, 'follow emails that left are deleted after 7 days')
  })
})

describe('who reads what', () => {
  it('lets admins read addresses, editors only the subscriptions, and visitors nothing', async () => {
    await subscribe('nl', { subject: 'all-news', frequency: 'daily', email: 'read@example.be' })
    const asAdmin = await payload.find({ collection: 'follow-subscribers', user: admin, overrideAccess: false })
    assert.ok(asAdmin.totalDocs > 0)
    await assert.rejects(payload.find({ collection: 'follow-subscribers', user: editor, overrideAccess: false }))
    const asEditor = await payload.find({ collection: 'follow-subscriptions', user: editor, overrideAccess: false })
    assert.ok(asEditor.totalDocs > 0)
    await assert.rejects(payload.find({ collection: 'follow-subscriptions', overrideAccess: false }))
    await assert.rejects(
      payload.create({
        collection: 'follow-subscribers',
        user: admin,
        overrideAccess: false,
        data: { email: 'x@example.be', language: 'nl' },
      }),
    )
  })
})
