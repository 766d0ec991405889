/**
 * "Request this document in another format" on a real database (SQLite, then PostgreSQL): a request
 * lands in the contact inbox of the administration that owns the document (else the one that answers
 * the contact form's first subject), with the document linked and the format named, and its emails
 * queued; every kind of bad input is refused with a localized page and its status, and stores nothing.
 */
import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { PassThrough } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { challengeOptions } from '@/contact/settings'
import { createChallenge, solveChallenge } from '@/contact/spam/challenge'
import { formatRequestReceiver } from '@/documents/format-request/receive'
import type { Locale } from '@/site/routes'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
const administrations: Record<'a' | 'b', number> = { a: 0, b: 0 }
const topics: Record<'a' | 'b', number> = { a: 0, b: 0 }
const ORIGIN = 'http://belfort.test'

let addresses = 0
function post(fields: Record<string, string>, address = `192.0.2.${++addresses}`): IncomingMessage {
  const text = new URLSearchParams(fields).toString()
  const req = new PassThrough() as unknown as IncomingMessage & PassThrough
  Object.assign(req, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(text)) },
    socket: { remoteAddress: address },
  })
  req.end(text)
  return req
}

let receive = formatRequestReceiver({ postsPerWindow: 1000, trustProxy: false })
const send = (locale: Locale, slug: string, req: IncomingMessage, using = receive) =>
  using({ payload, req, locale, slug, path: `/${locale}/documents/${slug}/autre-format`, origin: ORIGIN })

/** The fields of a good request, with the spam check solved as a browser with JavaScript would. */
function valid(changes: Record<string, string> = {}): Record<string, string> {
  const challenge = createChallenge(challengeOptions())
  return {
    format: 'word',
    details: '',
    email: 'camille@example.be',
    website: '',
    challenge: challenge.token,
    solution: String(solveChallenge(challenge)),
    ...changes,
  }
}

const messages = async () => (await payload.count({ collection: 'contact-messages', overrideAccess: true })).totalDocs
const text = (html: string) => html.replace(/<[^>]+>/g, ' ')

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    for (const locale of ['nl', 'fr', 'en'] as const)
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: { organisationName: 'GOB', shortName: 'GOB', contactAnswerDays: 5 },
      })
    for (const [order, key] of (['a', 'b'] as const).entries()) {
      const administration = await payload.create({
        collection: 'administrations',
        locale: 'fr',
        data: {
          name: `Administration ${key.toUpperCase()}`,
          summary: 'Résumé',
          slug: `administration-${key}`,
          contact: { email: `${key}@gob.example` },
        },
      })
      administrations[key] = administration.id
      topics[key] = (
        await payload.create({
          collection: 'contact-topics',
          locale: 'fr',
          data: { label: `Sujet ${key.toUpperCase()}`, administration: administration.id, order },
        })
      ).id
    }
    const document = (slug: string, owner?: number) =>
      payload.create({
        collection: 'documents',
        locale: 'fr',
        data: {
          title: `Rapport ${slug}`,
          slug,
          kind: 'report',
          date: '2026-01-01T00:00:00.000Z',
          _status: 'published',
          ownerAdministration: owner,
        },
      })
    await document('rapport-b', administrations.b)
    await document('rapport-sans-proprietaire')
  },
  { timeout: 120_000 },
)

after(async () => {
  await instance?.close()
})

describe('a request for another format', () => {
  it('lands in the inbox of the document’s administration, with the document linked and the format named, and answers with the confirmation', async () => {
    const view = await send('fr', 'rapport-b', post(valid({ format: 'large-print', details: 'En corps 18 si possible.' })))
    assert.equal(view.status, 303, text(view.html).slice(0, 1000))
    assert.match(view.location ?? '', /^\/fr\/contact\/envoye\?ref=GOB-\d{4}-\d{6}&sig=/)
    const reference = new URL(view.location!, ORIGIN).searchParams.get('ref')
    const found = await payload.find({
      collection: 'contact-messages',
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
    const message = found.docs[0]
    assert.ok(message)
    assert.equal(message.administration, administrations.b)
    assert.equal(message.topic, topics.b)
    assert.equal(message.email, 'camille@example.be')
    assert.equal(message.language, 'fr')
    assert.ok(message.message.includes('Document : Rapport rapport-b'), message.message)
    assert.ok(message.message.includes(`Lien : ${ORIGIN}/fr/documents/rapport-b`), message.message)
    assert.ok(message.message.includes('Format demandé : Grands caractères'), message.message)
    assert.ok(message.message.includes('Précision : En corps 18 si possible.'), message.message)
    const emails = await payload.find({
      collection: 'email-outbox',
      where: { message: { equals: message.id } },
      overrideAccess: true,
      depth: 0,
    })
    assert.deepEqual(emails.docs.map((email) => `${email.kind}:${email.to}`).sort(), [
      'acknowledgement:camille@example.be',
      'notification:b@gob.example',
    ])
  })

  it('a document without an owner goes to whoever answers the contact form’s first subject', async () => {
    const view = await send('fr', 'rapport-sans-proprietaire', post(valid()))
    assert.equal(view.status, 303)
    const reference = new URL(view.location!, ORIGIN).searchParams.get('ref')
    const found = await payload.find({
      collection: 'contact-messages',
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
    assert.equal(found.docs[0]?.administration, administrations.a)
  })
})

describe('bad input: a localized page with its status, and nothing stored', () => {
  const cases: [string, Locale, Record<string, string>, number, string][] = [
    ['no format', 'fr', { format: '' }, 422, 'Choisissez un format'],
    ['an unknown format', 'nl', { format: 'braille' }, 422, 'Kies een formaat'],
    ['no email address', 'en', { email: '' }, 422, 'Enter your email address'],
    ['an address that is not one', 'fr', { email: 'camille@' }, 422, 'Indiquez une adresse e-mail comme'],
    ['a note that is too long', 'nl', { details: 'x'.repeat(501) }, 422, 'Uw toelichting mag hoogstens 500 tekens lang zijn'],
    ['the trap field filled in', 'fr', { website: 'http://spam.example' }, 422, 'Laissez vide le champ'],
    ['the spam check missing', 'en', { challenge: '', solution: '' }, 422, 'The spam check failed or has expired'],
  ]
  for (const [what, locale, changes, status, says] of cases) {
    it(`${what}: ${status}`, async () => {
      const before = await messages()
      const view = await send(locale, 'rapport-b', post(valid(changes)))
      assert.equal(view.status, status)
      assert.equal(view.private, true)
      assert.ok(text(view.html).includes(says), `${says} in ${text(view.html).slice(0, 3000)}`)
      assert.equal(await messages(), before)
    })
  }

  it('a document that does not exist: 404', async () => {
    const before = await messages()
    assert.equal((await send('fr', 'inconnu', post(valid()))).status, 404)
    assert.equal(await messages(), before)
  })

  it('a flood from one address: 429 with Retry-After, nothing stored', async () => {
    receive = formatRequestReceiver({ postsPerWindow: 2, trustProxy: false })
    for (let i = 0; i < 2; i++) await send('fr', 'rapport-b', post(valid({ format: '' }), '198.51.100.9'))
    const before = await messages()
    const view = await send('fr', 'rapport-b', post(valid(), '198.51.100.9'))
    assert.equal(view.status, 429)
    assert.ok(Number(view.headers?.['Retry-After']) > 0)
    assert.ok(text(view.html).includes('Trop de messages'))
    assert.equal(await messages(), before)
  })
})
