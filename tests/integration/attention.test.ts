/**
 * The "needs my attention" dashboard's counts on a real database, each for the person asking: an
 * editor's drafts and the content past its review date, a contact handler's messages (unassigned,
 * theirs, late) and failed emails, the follow-up cell's and a partner's progress reports; and the
 * weekly review reminder, one email per owner in the language of their account, queued once a day.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload } from 'payload'
import type { AttentionCount, AttentionProvider } from '@/back-office/attention'
import { collectAttention } from '@/back-office/dashboard/collect'
import { attentionProviders } from '@/back-office/dashboard/providers'
import { dayAt, monthsLater } from '@/back-office/review/fields'
import { queueReviewReminders } from '@/back-office/review/reminders'
import { storeSubmission } from '@/contact/submit'
import type { PlanItem, User } from '@/payload-types'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
const users: Partial<Record<'admin' | 'editor' | 'otherEditor' | 'handler' | 'cell' | 'partner', User>> = {}
const administrations: Record<'a' | 'b', number> = { a: 0, b: 0 }
const DAY = 24 * 60 * 60 * 1000

function user(key: keyof typeof users): User {
  const found = users[key]
  assert.ok(found, `${key} exists`)
  return found
}

/** Every provider's counts for `who`, by key. */
async function countsFor(who: User): Promise<Map<string, AttentionCount>> {
  const req = await createLocalReq({ user: { ...who, collection: 'users' } }, payload)
  const { groups, failed } = await collectAttention(req, attentionProviders)
  assert.equal(failed, 0, 'no provider failed')
  return new Map(groups.flatMap((group) => group.counts).map((count) => [count.key, count]))
}

async function countOf(who: User, key: string): Promise<number | undefined> {
  return (await countsFor(who)).get(key)?.count
}

const createUser = (email: string, roles: User['roles'], extra: Partial<User> = {}) =>
  payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'a-long-test-password', roles, ...extra } })

async function message(administration: number, n: number): Promise<number> {
  const topic = await payload.find({ collection: 'contact-topics', where: { administration: { equals: administration } }, limit: 1 })
  const stored = await storeSubmission(
    payload,
    {
      topic: topic.docs[0]!.id,
      administration,
      name: 'Lotte Peeters',
      email: `lotte.${administration}.${n}@example.be`,
      phone: '',
      message: 'Wanneer gaat de renovatiepremie open?',
      language: 'nl',
      files: [],
      challengeId: `attention-${administration}-${n}`,
    },
    { referencePrefix: 'GOB', adminBaseUrl: 'http://belfort.test' },
  )
  assert.ok(stored.ok)
  return stored.id
}

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'nl',
      data: { organisationName: 'GOB', shortName: 'GOB', contactReferencePrefix: 'GOB', contactAnswerDays: 5 },
    })
    for (const key of ['a', 'b'] as const) {
      const created = await payload.create({
        collection: 'administrations',
        locale: 'nl',
        data: { name: `Administratie ${key.toUpperCase()}`, summary: 'Samenvatting', slug: `administratie-${key}` },
      })
      await payload.update({
        collection: 'administrations',
        id: created.id,
        locale: 'fr',
        data: { name: `Administration ${key.toUpperCase()}`, summary: 'Résumé', slug: `administration-${key}` },
      })
      administrations[key] = created.id
      await payload.create({ collection: 'contact-topics', locale: 'nl', data: { label: `Onderwerp ${key}`, administration: created.id } })
    }
    users.admin = await createUser('admin@example.test', ['admin'])
    users.editor = await createUser('editor@example.test', ['editor'], { name: 'Élise Martin', language: 'fr' })
    users.otherEditor = await createUser('other-editor@example.test', ['editor'])
    users.handler = await createUser('handler@example.test', ['contact-handler'], { administrations: [administrations.a] })
    users.cell = await createUser('cell@example.test', ['follow-up'])
  },
  { timeout: 120_000 },
)
after(() => instance?.close())

describe('content', () => {
  it('a new page is owned by its creator and due for review twelve months later, as a day', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      draft: true,
      data: { title: 'Nieuwe pagina', slug: 'nieuwe-pagina' },
      user: user('editor'),
      overrideAccess: false,
    })
    assert.equal(typeof page.owner === 'object' ? page.owner?.id : page.owner, user('editor').id)
    assert.equal(page.reviewBy, dayAt(monthsLater(new Date(), 12)))
  })

  it('“my drafts” counts the person’s own drafts only', async () => {
    await payload.create({
      collection: 'pages',
      locale: 'nl',
      draft: true,
      data: { title: 'Concept van een ander', slug: 'concept-ander' },
      user: user('otherEditor'),
      overrideAccess: false,
    })
    await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Gepubliceerd', slug: 'gepubliceerd', _status: 'published' },
      user: user('editor'),
      overrideAccess: false,
    })
    assert.equal(await countOf(user('editor'), 'my-drafts-pages'), 1)
    assert.equal(await countOf(user('otherEditor'), 'my-drafts-pages'), 1)
    assert.equal(await countOf(user('editor'), 'my-drafts-news'), 0)
    // Neither a contact handler nor the follow-up cell has drafts to count.
    assert.equal(await countOf(user('handler'), 'my-drafts-pages'), undefined)
  })

  it('counts the pages past their review date, and the weekly email lists them to their owner in the owner’s language', async () => {
    assert.equal(await countOf(user('editor'), 'review-overdue-pages'), 0)
    const overdue = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Premies 2025', slug: 'premies-2025', _status: 'published', reviewBy: dayAt(new Date(Date.now() - 3 * DAY)) },
      user: user('editor'),
      overrideAccess: false,
    })
    await payload.update({
      collection: 'pages',
      id: overdue.id,
      locale: 'fr',
      data: { title: 'Primes 2025', slug: 'primes-2025' },
      overrideAccess: true,
    })
    // Due today is not overdue yet.
    await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Vandaag', slug: 'vandaag', _status: 'published', reviewBy: dayAt(new Date()) },
      user: user('editor'),
      overrideAccess: false,
    })
    const counts = await countsFor(user('editor'))
    assert.equal(counts.get('review-overdue-pages')?.count, 1)
    assert.match(counts.get('review-overdue-pages')?.href ?? '', /^\/admin\/collections\/pages\?where\[reviewBy\]\[less_than\]=/)
    assert.equal(counts.get('review-overdue-pages')?.label.fr, 'Pages à revoir (date dépassée)')

    assert.equal(await queueReviewReminders(payload, 'http://belfort.test'), 1)
    const emails = await payload.find({ collection: 'email-outbox', where: { kind: { equals: 'review-reminder' } } })
    assert.equal(emails.totalDocs, 1)
    const email = emails.docs[0]!
    assert.equal(email.to, 'editor@example.test')
    assert.equal(email.subject, 'À revoir : 1 élément(s) du site')
    assert.match(email.text, /^Bonjour Élise Martin,/)
    assert.match(
      email.text,
      new RegExp(`- Primes 2025 \\(Pages, à revoir pour le .+\\) : http://belfort.test/admin/collections/pages/${overdue.id}`),
    )
    assert.doesNotMatch(email.text, /Vandaag|Nieuwe pagina/)
    // A second run the same day queues nothing more.
    assert.equal(await queueReviewReminders(payload, 'http://belfort.test'), 0)
  })
  it('a translator can still edit a page from before review dates (no owner, no date): its save is not refused for shared fields', async () => {
    const translator = await createUser('translator@example.test', ['translator'])
    const old = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Oud', slug: 'oud', _status: 'published' },
      overrideAccess: true,
    })
    // As a row written before the migration: the new columns empty.
    await payload.db.updateOne({ collection: 'pages', id: old.id, data: { owner: null, reviewBy: null } })
    const translated = await payload.update({
      collection: 'pages',
      id: old.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Ancien', slug: 'ancien' },
      user: translator,
      overrideAccess: false,
    })
    // Accepted: a default filled in on this update would have been a shared-field change, refused.
    assert.equal(translated.title, 'Ancien')
  })
})

describe('inbox and outbox', () => {
  it('a handler counts their administration’s messages: unassigned, theirs and late; nothing of another administration', async () => {
    const [first, second, third] = [
      await message(administrations.a, 1),
      await message(administrations.a, 2),
      await message(administrations.a, 3),
    ]
    await message(administrations.b, 1)
    await payload.update({
      collection: 'contact-messages',
      id: first,
      data: { assignee: user('handler').id, status: 'assigned' },
      overrideAccess: true,
    })
    // Seven working days is more than the five promised in the settings, whatever the weekday.
    await payload.db.updateOne({
      collection: 'contact-messages',
      id: second,
      data: { createdAt: new Date(Date.now() - 10 * DAY).toISOString() },
    })
    await payload.update({ collection: 'contact-messages', id: third, data: { status: 'answered' }, overrideAccess: true })
    const counts = await countsFor(user('handler'))
    const a = administrations.a
    assert.equal(counts.get(`inbox-unassigned-${a}`)?.count, 1)
    assert.equal(counts.get(`inbox-mine-${a}`)?.count, 1)
    assert.equal(counts.get(`inbox-late-${a}`)?.count, 1)
    assert.equal(counts.get(`inbox-late-${a}`)?.label.nl, 'Langer dan 5 werkdagen zonder antwoord: Administratie A')
    assert.equal(counts.get(`inbox-late-${a}`)?.label.fr, 'Sans réponse depuis plus de 5 jours ouvrables : Administration A')
    assert.equal(counts.get(`inbox-unassigned-${administrations.b}`), undefined)
    // An admin sees every administration with something waiting.
    const adminCounts = await countsFor(user('admin'))
    assert.equal(adminCounts.get(`inbox-unassigned-${administrations.b}`)?.count, 1)
    assert.equal(adminCounts.get(`inbox-mine-${a}`), undefined)
  })

  it('counts failed emails for those who may read them', async () => {
    assert.equal(await countOf(user('handler'), 'emails-failed'), 0)
    for (const [key, administration] of [
      ['x', administrations.a],
      ['y', administrations.b],
    ] as const) {
      await payload.create({
        collection: 'email-outbox',
        overrideAccess: true,
        data: {
          key,
          kind: 'notification',
          to: 'a@gob.example',
          subject: 'Nieuw bericht',
          text: '…',
          status: 'failed',
          attempts: 40,
          administration,
        },
      })
    }
    assert.equal(await countOf(user('handler'), 'emails-failed'), 1)
    assert.equal(await countOf(user('admin'), 'emails-failed'), 2)
    assert.equal(await countOf(user('editor'), 'emails-failed'), undefined)
  })
})

describe('progress reports', () => {
  it('the cell counts reports to validate and overdue ones; a partner counts only their own', async () => {
    const cell = user('cell')
    const by = { user: cell, overrideAccess: false } as const
    const version = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year: 2021, title: 'Strategie', summary: 'S', _status: 'published' },
      overrideAccess: true,
    })
    const ours = await payload.create({ collection: 'partners', locale: 'nl', data: { name: 'Ons', slug: 'ons', kind: 'public' }, ...by })
    const theirs = await payload.create({
      collection: 'partners',
      locale: 'nl',
      data: { name: 'Ander', slug: 'ander', kind: 'public' },
      ...by,
    })
    users.partner = await createUser('partner@example.test', ['partner'], { partners: [ours.id] })
    const item = (data: Partial<PlanItem> & Pick<PlanItem, 'level' | 'code'>) =>
      payload.create({
        collection: 'plan-items',
        locale: 'nl',
        data: { title: data.code, planVersion: version.id, ...data } as PlanItem,
        ...by,
      })
    const pillar = await item({ level: 'pillar', code: '1' })
    const objective = await item({ level: 'objective', code: '1.1', parent: pillar.id })
    const worksite = await item({ level: 'worksite', code: '1.1.1', parent: objective.id })
    const measure = await item({
      level: 'measure',
      code: '1.1.1.1',
      parent: worksite.id,
      partners: [
        { partner: ours.id, role: 'lead' },
        { partner: theirs.id, role: 'contributor' },
      ],
    })
    const report = (partner: number, periodEnd: string, workflow: 'draft' | 'submitted') =>
      payload.create({
        collection: 'progress-reports',
        locale: 'nl',
        data: {
          measure: measure.id,
          partner,
          periodStart: '2026-01-01T00:00:00.000Z',
          periodEnd,
          status: 'on-track',
          percent: 40,
          account: 'Loopt.',
          workflow,
        },
        ...by,
      })
    const past = '2026-06-30T00:00:00.000Z'
    const future = new Date(Date.now() + 60 * DAY).toISOString()
    await report(ours.id, past, 'submitted')
    await report(ours.id, past, 'draft')
    await report(theirs.id, past, 'draft')
    await report(ours.id, future, 'draft')
    const cellCounts = await countsFor(cell)
    assert.equal(cellCounts.get('reports-toValidate')?.count, 1)
    assert.equal(cellCounts.get('reports-overdue')?.count, 2)
    const partnerCounts = await countsFor(user('partner'))
    assert.equal(partnerCounts.get('reports-toValidate'), undefined)
    assert.equal(partnerCounts.get('reports-overdue')?.count, 1)
    assert.equal(partnerCounts.get('reports-sentBack')?.count, 0)
  })
})

describe('the registry', () => {
  it('keeps a failing provider from failing the dashboard', async () => {
    const req = await createLocalReq({ user: { ...user('admin'), collection: 'users' } }, payload)
    const broken: AttentionProvider = () => Promise.reject(new Error('down'))
    const { groups, failed } = await collectAttention(req, [broken, ...attentionProviders])
    assert.equal(failed, 1)
    assert.ok(groups.some((group) => group.group === 'email'))
  })
})
