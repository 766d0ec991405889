/**
 * Contact on a real database (SQLite, then PostgreSQL): storing a message with its attachment and
 * emails, delivery over a real SMTP server on loopback (also when it is down for a while), the
 * contact-handler role's scope, answering from the inbox, and retention.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Payload, Where } from 'payload'
import type { User } from '@/payload-types'
import { deliverDueEmails } from '@/contact/mail/deliver'
import { REFERENCE_PATTERN } from '@/contact/reference'
import { applyRetention } from '@/contact/retention'
import { storeSubmission, type Submission } from '@/contact/submit'
import { FILES } from '../support/contact'
import { startTestPayload, type TestPayload } from './payload-instance'
import { TestMailServer } from '../support/mail-server'

let instance: TestPayload
let payload: Payload
let mailServer: TestMailServer
const administrations: Record<'a' | 'b', number> = { a: 0, b: 0 }
const topics: Record<'a' | 'b', number> = { a: 0, b: 0 }
let admin: User
let handlerA: User
let editor: User

let submissions = 0
/** Each from an address of its own (an address gets only a few acknowledgements a day), unless the test names one. */
const submission = (key: 'a' | 'b', changes: Partial<Submission> = {}): Submission => ({
  topic: topics[key],
  administration: administrations[key],
  name: 'Camille Dubois',
  email: `camille.${++submissions}@example.be`,
  phone: '',
  message: 'Quand la prime à la rénovation ouvre-t-elle ?',
  language: 'fr',
  files: [],
  challengeId: `challenge-${Math.random()}`,
  ...changes,
})

const OPTIONS = { referencePrefix: 'GOB', adminBaseUrl: 'http://belfort.test' }

before(
  async () => {
    mailServer = await TestMailServer.onFreePort()
    process.env.SMTP_URL = mailServer.url
    await mailServer.start()
    instance = await startTestPayload()
    payload = instance.payload
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { organisationName: 'Service public régional de Bruxelles', shortName: 'SPRB', contactReferencePrefix: 'GOB' },
      locale: 'fr',
    })
    for (const key of ['a', 'b'] as const) {
      const created = await payload.create({
        collection: 'administrations',
        locale: 'fr',
        data: {
          name: `Administration ${key.toUpperCase()}`,
          summary: 'Résumé',
          slug: `administration-${key}`,
          // B keeps its public address apart from the one that receives the form's messages.
          ...(key === 'a'
            ? { contact: { email: 'a@gob.example' } }
            : { notificationEmail: 'b@gob.example', contact: { email: 'b-public@gob.example' } }),
        },
      })
      administrations[key] = created.id
      topics[key] = (
        await payload.create({
          collection: 'contact-topics',
          locale: 'fr',
          data: { label: `Sujet ${key.toUpperCase()}`, administration: created.id },
        })
      ).id
    }
    const user = (email: string, roles: User['roles'], handles: number[] = []) =>
      payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email, password: 'a-long-test-password', roles, administrations: handles },
      })
    admin = await user('admin@example.test', ['admin'])
    handlerA = await user('handler-a@example.test', ['contact-handler'], [administrations.a])
    editor = await user('editor@example.test', ['editor'])
  },
  { timeout: 120_000 },
)

after(async () => {
  await instance?.close()
  await mailServer.stop()
})

describe('storing a message', () => {
  it('stores it with its attachment and both emails, under unique references even when sent at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        storeSubmission(
          payload,
          submission('a', { files: [{ fileName: 'scan.pdf', kind: 'pdf', data: Buffer.from(FILES.pdf()) }] }),
          OPTIONS,
        ),
      ),
    )
    const references = results.map((result) => (result.ok ? result.reference : 'failed'))
    assert.equal(new Set(references).size, 8, `unique: ${references.join(', ')}`)
    for (const reference of references) assert.match(reference, REFERENCE_PATTERN)
    const first = results[0]!
    assert.ok(first.ok)
    const message = await payload.findByID({ collection: 'contact-messages', id: first.id, depth: 1 })
    assert.equal(message.emailsQueued, true)
    assert.equal(message.status, 'new')
    const attachment = message.attachments?.[0]
    assert.ok(attachment && typeof attachment === 'object')
    assert.equal(attachment.originalName, 'scan.pdf')
    assert.ok(existsSync(path.join(process.env.DATA_DIR!, 'contact-attachments', attachment.filename!)), 'the file is on disk')
    const emails = await payload.find({ collection: 'email-outbox', where: { message: { equals: first.id } }, depth: 0 })
    assert.deepEqual(emails.docs.map((e) => `${e.kind}:${e.to}:${e.status}`).sort(), [
      `acknowledgement:${message.email}:queued`,
      'notification:a@gob.example:queued',
    ])
  })

  it('refuses the same spam challenge twice and keeps nothing of the second', async () => {
    const before = await payload.count({ collection: 'contact-messages' })
    assert.ok((await storeSubmission(payload, submission('a', { challengeId: 'once' }), OPTIONS)).ok)
    assert.deepEqual(await storeSubmission(payload, submission('a', { challengeId: 'once' }), OPTIONS), { ok: false, problem: 'replayed' })
    assert.equal((await payload.count({ collection: 'contact-messages' })).totalDocs, before.totalDocs + 1)
  })
})

describe('the outbox over SMTP', () => {
  it('delivers the acknowledgement and the notification with the reference, in the visitor’s language', async () => {
    const sent = submission('b')
    const result = await storeSubmission(payload, sent, OPTIONS)
    assert.ok(result.ok)
    await deliverDueEmails(payload, { fileDir: undefined, limit: 100 })
    const mine = mailServer.received.filter((mail) => mail.text.includes(result.reference))
    const acknowledgement = mine.find((mail) => mail.to.includes(sent.email))
    const notification = mine.find((mail) => mail.to.includes('b@gob.example'))
    assert.ok(!mine.some((mail) => mail.to.includes('b-public@gob.example')), 'the public address gets no notification')
    assert.ok(acknowledgement?.text.includes('Nous avons bien reçu votre message au sujet de « Sujet B »'), 'French acknowledgement')
    assert.ok(
      notification?.text.includes(`http://belfort.test/admin/collections/contact-messages/${result.id}`),
      'the notification links to the message',
    )
    const emails = await payload.find({ collection: 'email-outbox', where: { message: { equals: result.id } }, depth: 0 })
    assert.ok(emails.docs.every((email) => email.status === 'sent' && email.sentAt && email.attempts === 1))
  })

  it('loses nothing while the mail server is down and delivers once it is back', { timeout: 60_000 }, async () => {
    await mailServer.stop()
    const sentByLotte = submission('a', { name: 'Lotte Claes', language: 'nl' })
    const result = await storeSubmission(payload, sentByLotte, OPTIONS)
    assert.ok(result.ok)
    // A stopped clock: with the real one, a busy machine can spend more than the one-second backoff
    // between the failed attempt and the checks below, and the retry would already be due.
    const stopped = new Date()
    const at = () => stopped
    const down = await deliverDueEmails(payload, { fileDir: undefined, retryBaseMs: 1000, limit: 100, now: at })
    assert.equal(down.sent, 0)
    assert.ok(down.retried >= 2)
    const waiting = await payload.find({ collection: 'email-outbox', where: { message: { equals: result.id } }, depth: 0 })
    for (const email of waiting.docs) {
      assert.equal(email.status, 'queued')
      assert.equal(email.attempts, 1)
      assert.ok(email.lastError, 'the error is kept for staff to see')
      assert.ok(Date.parse(email.nextAttemptAt!) > stopped.getTime(), 'the next attempt waits')
    }
    const early = await deliverDueEmails(payload, { fileDir: undefined, limit: 100, now: at })
    assert.deepEqual(early, { sent: 0, failed: 0, retried: 0 }, 'nothing is retried before its time')

    await mailServer.start()
    const later = () => new Date(stopped.getTime() + 10_000)
    const back = await deliverDueEmails(payload, { fileDir: undefined, retryBaseMs: 1000, limit: 100, now: later })
    assert.ok(back.sent >= 2)
    const acknowledgement = mailServer.received.find((mail) => mail.text.includes(result.reference) && mail.to.includes(sentByLotte.email))
    assert.ok(acknowledgement?.text.includes('We hebben uw bericht over'), 'Dutch acknowledgement after the outage')
    const sent = await payload.find({ collection: 'email-outbox', where: { message: { equals: result.id } }, depth: 0 })
    assert.ok(sent.docs.every((email) => email.status === 'sent' && email.attempts === 2))
  })
})

describe('the outbox without a mail server', () => {
  it('says an email written to a file was written, not sent, and plans no next attempt after success', async () => {
    const result = await storeSubmission(payload, submission('b'), OPTIONS)
    assert.ok(result.ok)
    // The file mode's folder (this instance's transport is SMTP: no file comes of it here).
    await deliverDueEmails(payload, { fileDir: path.join(process.env.DATA_DIR!, 'mail-test'), limit: 100 })
    const emails = await payload.find({ collection: 'email-outbox', where: { message: { equals: result.id } }, depth: 0 })
    assert.equal(emails.totalDocs, 2)
    for (const email of emails.docs) {
      assert.equal(email.status, 'written', 'not “sent”: nothing left the machine')
      assert.equal(email.nextAttemptAt ?? null, null, 'no next attempt once it is done')
    }
  })

  it('plans no next attempt after an email went out over SMTP either', async () => {
    const result = await storeSubmission(payload, submission('a'), OPTIONS)
    assert.ok(result.ok)
    await deliverDueEmails(payload, { fileDir: undefined, limit: 100 })
    const emails = await payload.find({ collection: 'email-outbox', where: { message: { equals: result.id } }, depth: 0 })
    assert.ok(emails.docs.every((email) => email.status === 'sent' && (email.nextAttemptAt ?? null) === null))
  })
})

describe('filters on a value a list does not have', () => {
  it('refuses them with a 400 that names the value and the allowed ones, on every database', async () => {
    const filters: ['contact-messages' | 'email-outbox', Where][] = [
      ['contact-messages', { status: { equals: 'nonexistent' } }],
      ['contact-messages', { or: [{ status: { in: ['new', 'nonexistent'] } }] }],
      ['email-outbox', { kind: { not_equals: 'nonexistent' } }],
    ]
    for (const [collection, where] of filters) {
      await assert.rejects(
        payload.find({ collection, where, user: admin, overrideAccess: false }),
        (error: { status?: number; message?: string }) =>
          error.status === 400 &&
          Boolean(error.message?.includes('“nonexistent”') && error.message.includes(collection === 'email-outbox' ? 'answer' : 'new')),
        `${collection} ${JSON.stringify(where)}`,
      )
    }
    const known = await payload.find({
      collection: 'contact-messages',
      where: { status: { in: ['new', 'closed'] } },
      user: admin,
      overrideAccess: false,
    })
    assert.ok(known.totalDocs >= 0, 'known values are still accepted')
  })
})

describe('standard replies', () => {
  it('are read and kept by the handlers of their administration; only an admin writes one or moves it', async () => {
    const reply = (key: 'a' | 'b') =>
      payload.create({
        collection: 'standard-replies',
        data: { title: `Prime ${key}`, administration: administrations[key], language: 'fr', text: 'Bonjour {name}, {reference}.' },
        user: admin,
        overrideAccess: false,
      })
    const [mine, theirs] = [await reply('a'), await reply('b')]
    const as = { user: handlerA, overrideAccess: false } as const
    const seen = await payload.find({ collection: 'standard-replies', ...as, depth: 0, pagination: false })
    assert.deepEqual(
      seen.docs.map((doc) => doc.id),
      [mine.id],
    )
    const edited = await payload.update({ collection: 'standard-replies', id: mine.id, data: { text: 'Bonjour {name}.' }, ...as })
    assert.equal(edited.text, 'Bonjour {name}.')
    await assert.rejects(payload.update({ collection: 'standard-replies', id: theirs.id, data: { text: 'x' }, ...as }))
    const moved = await payload.update({
      collection: 'standard-replies',
      id: mine.id,
      data: { administration: administrations.b },
      ...as,
      depth: 0,
    })
    assert.equal(moved.administration, administrations.a, 'a handler does not give a reply to another administration')
    await assert.rejects(
      payload.create({
        collection: 'standard-replies',
        data: { title: 'x', administration: administrations.a, language: 'fr', text: 'x' },
        ...as,
      }),
    )
  })
})

describe('the acknowledgement', () => {
  it('the contact acknowledgement quotes the visitor’s text to whatever address was typed, from the official sender: a relay for phishing text', async () => {
    const lure = 'Your account is blocked: confirm your password at https://evil.example/login'
    const sent = submission('a', { name: `Cher client. ${lure}`, message: lure, email: 'victim@example.be' })
    const result = await storeSubmission(payload, sent, OPTIONS)
    assert.ok(result.ok)
    const emails = await payload.find({
      collection: 'email-outbox',
      where: { and: [{ message: { equals: result.id } }, { kind: { equals: 'acknowledgement' } }] },
      depth: 0,
    })
    const acknowledgement = emails.docs[0]
    assert.ok(acknowledgement, 'an acknowledgement is queued')
    assert.ok(acknowledgement.text.includes(result.reference), 'it gives the reference')
    assert.ok(acknowledgement.text.includes('« Sujet A »'), 'it names the subject chosen from the list')
    for (const typed of ['evil.example', 'blocked', 'Cher client']) {
      assert.ok(!acknowledgement.text.includes(typed) && !acknowledgement.subject.includes(typed), `it does not echo “${typed}”`)
    }
  })

  it('goes to one address a few times a day at most, even when its messages come at once; all are kept and the administration told', async () => {
    const sent = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        storeSubmission(payload, submission('b', { email: i % 2 ? 'Flooded@Example.be' : 'flooded@example.be' }), OPTIONS),
      ),
    )
    assert.ok(
      sent.every((result) => result.ok),
      'every message is stored',
    )
    const ids = sent.map((result) => (result.ok ? result.id : 0))
    const emails = await payload.find({ collection: 'email-outbox', where: { message: { in: ids } }, depth: 0, pagination: false })
    const acknowledgements = emails.docs.filter((email) => email.kind === 'acknowledgement')
    assert.equal(acknowledgements.length, 3, 'three acknowledgements to one address, however it is capitalised')
    assert.ok(acknowledgements.every((email) => email.to === 'flooded@example.be'))
    assert.equal(emails.docs.filter((email) => email.kind === 'notification').length, 5, 'one notification per message')
  })
})

describe('the contact-handler role', () => {
  it('sees and answers only the messages, emails and attachments of its administrations', async () => {
    const mine = await storeSubmission(
      payload,
      submission('a', { files: [{ fileName: 'a.pdf', kind: 'pdf', data: Buffer.from(FILES.pdf()) }] }),
      OPTIONS,
    )
    const theirs = await storeSubmission(
      payload,
      submission('b', { files: [{ fileName: 'b.pdf', kind: 'pdf', data: Buffer.from(FILES.pdf()) }] }),
      OPTIONS,
    )
    assert.ok(mine.ok && theirs.ok)
    const as = { user: handlerA, overrideAccess: false } as const
    const messages = await payload.find({ collection: 'contact-messages', ...as, depth: 0, pagination: false })
    assert.ok(messages.docs.length > 0)
    assert.ok(
      messages.docs.every((m) => m.administration === administrations.a),
      'only administration A',
    )
    await assert.rejects(payload.findByID({ collection: 'contact-messages', id: theirs.id, ...as }))
    await assert.rejects(payload.update({ collection: 'contact-messages', id: theirs.id, data: { status: 'closed' }, ...as }))
    await assert.rejects(payload.delete({ collection: 'contact-messages', id: mine.id, ...as }), 'only admins delete')
    await assert.rejects(
      payload.create({
        collection: 'contact-messages',
        data: {
          reference: 'GOB-2026-999999',
          status: 'new',
          name: 'x',
          email: 'x@example.be',
          message: 'x',
          language: 'nl',
          administration: administrations.a,
        },
        ...as,
      }),
    )
    const emails = await payload.find({ collection: 'email-outbox', ...as, depth: 0, pagination: false })
    assert.ok(emails.docs.length > 0 && emails.docs.every((e) => e.administration === administrations.a))
    const files = await payload.find({ collection: 'contact-attachments', ...as, depth: 0, pagination: false })
    assert.ok(files.docs.length > 0 && files.docs.every((f) => f.administration === administrations.a))
  })

  it('is not given to editors: they see no message at all', async () => {
    await assert.rejects(payload.find({ collection: 'contact-messages', user: editor, overrideAccess: false }))
    const all = await payload.find({ collection: 'contact-messages', user: admin, overrideAccess: false, depth: 0 })
    assert.ok(all.totalDocs > 0, 'admins see every message')
  })

  it('answers from the inbox: history, first-answer time, and the answer in the outbox; the visitor’s words stay as sent', async () => {
    const result = await storeSubmission(payload, submission('a', { language: 'en', name: 'Sam Jones' }), OPTIONS)
    assert.ok(result.ok)
    const as = { user: handlerA, overrideAccess: false } as const
    await payload.update({
      collection: 'contact-messages',
      id: result.id,
      data: { assignee: handlerA.id, note: 'Asked the grants team.' },
      ...as,
    })
    const answered = await payload.update({
      collection: 'contact-messages',
      id: result.id,
      data: { reply: 'The grant opens on 1 March.', name: 'Someone else', message: 'changed' },
      ...as,
      depth: 0,
    })
    assert.equal(answered.status, 'answered')
    assert.equal(answered.name, 'Sam Jones')
    assert.equal(answered.message, 'Quand la prime à la rénovation ouvre-t-elle ?')
    assert.ok(answered.firstAnsweredAt)
    assert.equal(answered.reply ?? null, null, 'the answer box is emptied')
    assert.deepEqual(
      answered.history?.map((h) => h.kind),
      ['received', 'assigned', 'note', 'status', 'answer', 'status'],
    )
    assert.equal(answered.history?.[1]?.text, handlerA.email, 'the history says to whom it was given (the name, else the address)')
    const answer = await payload.find({
      collection: 'email-outbox',
      where: { and: [{ message: { equals: result.id } }, { kind: { equals: 'answer' } }] },
      depth: 0,
    })
    assert.equal(answer.totalDocs, 1)
    assert.equal(answer.docs[0]!.replyTo, 'a@gob.example')
    assert.ok(answer.docs[0]!.text.startsWith('Dear Sam Jones,\n\nThe grant opens on 1 March.'))
  })

  it('sends an answer written in the same save that assigns the message, as the inbox’s form saves both at once', async () => {
    const result = await storeSubmission(payload, submission('a', { language: 'en', name: 'Sam Jones' }), OPTIONS)
    assert.ok(result.ok)
    const answered = await payload.update({
      collection: 'contact-messages',
      id: result.id,
      data: { assignee: handlerA.id, reply: 'The grant opens on 1 March.' },
      user: handlerA,
      overrideAccess: false,
      depth: 0,
    })
    assert.deepEqual(
      answered.history?.map((h) => h.kind),
      ['received', 'assigned', 'answer', 'status'],
    )
    const answer = await payload.find({
      collection: 'email-outbox',
      where: { and: [{ message: { equals: result.id } }, { kind: { equals: 'answer' } }] },
      depth: 0,
    })
    assert.equal(answer.totalDocs, 1, 'the answer is in the outbox')
    assert.ok(answer.docs[0]!.text.startsWith('Dear Sam Jones,\n\nThe grant opens on 1 March.'))
  })
})

describe('retention', () => {
  it('deletes messages closed longer ago than the period, with their files and emails, and logs only counts', async () => {
    const old = await storeSubmission(
      payload,
      submission('b', { files: [{ fileName: 'old.pdf', kind: 'pdf', data: Buffer.from(FILES.pdf()) }] }),
      OPTIONS,
    )
    const recent = await storeSubmission(payload, submission('b'), OPTIONS)
    const stillOpen = await storeSubmission(payload, submission('b'), OPTIONS)
    assert.ok(old.ok && recent.ok && stillOpen.ok)
    const thirteenMonthsAgo = new Date(Date.now() - 395 * 24 * 3600 * 1000).toISOString()
    const oldDoc = await payload.findByID({ collection: 'contact-messages', id: old.id, depth: 1 })
    const file = oldDoc.attachments?.[0]
    assert.ok(file && typeof file === 'object')
    await payload.update({
      collection: 'contact-messages',
      id: old.id,
      data: { status: 'closed', closedAt: thirteenMonthsAgo },
      context: { system: true },
    })
    await payload.update({
      collection: 'contact-messages',
      id: recent.id,
      data: { status: 'closed', closedAt: new Date().toISOString() },
      context: { system: true },
    })
    await payload.update({ collection: 'contact-messages', id: stillOpen.id, data: { status: 'waiting' }, context: { system: true } })

    const report = await applyRetention(payload, 12)
    assert.equal(report.messages, 1)
    assert.equal(report.attachments, 1)
    assert.equal(report.emails, 2)
    await assert.rejects(payload.findByID({ collection: 'contact-messages', id: old.id }))
    await assert.rejects(payload.findByID({ collection: 'contact-attachments', id: file.id }))
    assert.ok(!existsSync(path.join(process.env.DATA_DIR!, 'contact-attachments', file.filename!)), 'the file is gone from disk')
    assert.equal((await payload.find({ collection: 'email-outbox', where: { message: { equals: old.id } } })).totalDocs, 0)
    assert.ok(await payload.findByID({ collection: 'contact-messages', id: recent.id }), 'recently closed: kept')
    assert.ok(await payload.findByID({ collection: 'contact-messages', id: stillOpen.id }), 'open: kept')
    const log = await payload.find({ collection: 'contact-deletions', depth: 0 })
    assert.equal(log.totalDocs, 1)
    const entry = JSON.stringify(log.docs[0])
    assert.ok(
      !entry.includes('Camille') && !entry.includes('camille.') && !entry.includes(old.reference),
      `no personal data in the log: ${entry}`,
    )
  })
})
