/**
 * The audit trail of content and account actions (src/audit/audit-actions.ts and the scheduling
 * server function), through the Local API as a person acting (overrideAccess: false), on SQLite
 * and PostgreSQL: each action leaves exactly one event, drafts and reads that are not openings
 * leave none, and an event that cannot be written fails the action loudly (and, where Payload has
 * a transaction, takes it back). Citizens' messages listed and their files downloaded are also
 * tried through the REST API in this process (tests/support/payload-api.ts), as a script would.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { AuditEvent, User } from '@/payload-types'
import { cellOf, MATRIX, type MatrixRow, type MatrixSlug } from '@/access/matrix'
import type { Role } from '@/access/roles'
import { schedulePublishChecked } from '@/access/schedule-publish'
import { FILES } from '../support/contact'
import { type Api, payloadApi, sessionCookie } from '../support/payload-api'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let admin: User
let editor: User
let translator: User
let handler: User
let cell: User
let partnerUser: User
let evaluator: User
let administration: number
let organisation: number
let measure: number
let api: Api

const PASSWORD = 'a-long-test-password'
const as = (user: User) => ({ user, overrideAccess: false }) as const

async function createUser(email: string, roles: User['roles'], extra: Partial<User> = {}): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: PASSWORD, roles, ...extra }, overrideAccess: true })
}

/** The events about one document, oldest first. */
async function eventsAbout(collection: string, id: number | string): Promise<AuditEvent[]> {
  const found = await payload.find({
    collection: 'audit-events',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
  })
  return found.docs
}

const actions = (events: AuditEvent[]) => events.map((event) => event.action)

before(
  async () => {
    // Staff sign in over REST with a password alone here (the second factor has its own tests).
    process.env.STAFF_2FA = 'optional'
    instance = await startTestPayload()
    payload = instance.payload
    api = payloadApi(payload.config)
    administration = (
      await payload.create({
        collection: 'administrations',
        locale: 'nl',
        data: { name: 'Administratie', summary: 'x', slug: 'administratie' },
      })
    ).id
    const version = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year: 2030, title: 'Plan', summary: 'x', _status: 'published' },
    })
    organisation = (
      await payload.create({ collection: 'partners', locale: 'nl', data: { name: 'Partner', kind: 'public', slug: 'partner' } })
    ).id
    let parent: number | undefined
    for (const [level, code] of [
      ['pillar', '1'],
      ['objective', '1.1'],
      ['worksite', '1.1.1'],
      ['measure', '1.1.1.1'],
    ] as const) {
      const item = await payload.create({
        collection: 'plan-items',
        locale: 'nl',
        data: {
          level,
          code,
          title: code,
          planVersion: version.id,
          parent,
          ...(level === 'measure' ? { partners: [{ partner: organisation, role: 'lead' as const }] } : {}),
        },
      })
      parent = item.id
    }
    measure = parent!
    admin = await createUser('admin@audit.test', ['admin'])
    editor = await createUser('editor@audit.test', ['editor'])
    translator = await createUser('translator@audit.test', ['translator'])
    handler = await createUser('handler@audit.test', ['contact-handler'], { administrations: [administration] })
    cell = await createUser('cell@audit.test', ['follow-up'])
    partnerUser = await createUser('partner@audit.test', ['partner'], { partners: [organisation] })
    evaluator = await createUser('evaluator@audit.test', ['evaluator'])
  },
  { timeout: 120_000 },
)
after(() => instance.close())

describe('publishing', () => {
  it('a draft leaves no event; publishing a language, publishing again and unpublishing leave one each', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: { title: 'Nieuws', summary: 'x', slug: 'nieuws-audit', _status: 'draft' },
      ...as(editor),
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Actu', summary: 'x', slug: 'actu-audit' },
      ...as(translator),
    })
    assert.deepEqual(await eventsAbout('news', item.id), [])
    await payload.update({ collection: 'news', id: item.id, locale: 'nl', data: { _status: 'published' }, ...as(editor) })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'nl',
      data: { title: 'Nieuws, bijgewerkt', _status: 'published' },
      ...as(editor),
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      locale: 'nl',
      unpublishAllLocales: true,
      data: { _status: 'draft' },
      ...as(editor),
    })
    const events = await eventsAbout('news', item.id)
    assert.deepEqual(actions(events), ['publish', 'publish', 'unpublish'])
    assert.deepEqual(
      events.map((event) => event.language),
      ['nl', 'nl', 'all'],
    )
    assert.ok(events.every((event) => event.actorEmail === 'editor@audit.test' && event.roles === 'editor' && event.outcome === 'success'))
  })

  it('a page created published, then unpublished; a restore leaves one event of its own', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Eerste', slug: 'eerste-audit', _status: 'published' },
      ...as(editor),
    })
    await payload.update({ collection: 'pages', id: page.id, locale: 'nl', draft: true, data: { title: 'Tweede' }, ...as(editor) })
    await payload.update({ collection: 'pages', id: page.id, locale: 'nl', data: { _status: 'draft' }, ...as(editor) })
    assert.deepEqual(actions(await eventsAbout('pages', page.id)), ['publish', 'unpublish'])
    const versions = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: page.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const first = versions.docs[0]!
    await payload.restoreVersion({ collection: 'pages', id: first.id, ...as(editor) })
    const events = await eventsAbout('pages', page.id)
    assert.deepEqual(actions(events), ['publish', 'unpublish', 'restore'])
    assert.match(events[2]!.detail ?? '', new RegExp(`version ${first.id}, published`))
  })

  it('a translator’s refused publish leaves nothing behind', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      draft: true,
      data: { title: 'Concept', slug: 'concept-audit' },
      ...as(editor),
    })
    await assert.rejects(
      payload.update({ collection: 'pages', id: page.id, locale: 'nl', data: { _status: 'published' }, ...as(translator) }),
    )
    assert.deepEqual(await eventsAbout('pages', page.id), [])
  })
})

describe('deleting', () => {
  it('each document deleted leaves one event, one by one or several at once', async () => {
    const make = async (slug: string) =>
      (await payload.create({ collection: 'themes', locale: 'nl', data: { name: slug, slug }, overrideAccess: true })).id
    // Made before any is deleted: SQLite gives a deleted row's id to the next one.
    const [one, two, three] = [await make('thema-een'), await make('thema-twee'), await make('thema-drie')]
    await payload.delete({ collection: 'themes', id: one, ...as(editor) })
    await payload.delete({ collection: 'themes', where: { id: { in: [two, three] } }, ...as(editor) })
    for (const id of [one, two, three]) assert.deepEqual(actions(await eventsAbout('themes', id)), ['delete'])
  })
})

describe('accounts', () => {
  it('a change of roles and a change of scope leave one event each; a change of name none', async () => {
    const user = await createUser('changing@audit.test', ['editor'])
    await payload.update({ collection: 'users', id: user.id, data: { name: 'Ander' }, ...as(admin) })
    await payload.update({ collection: 'users', id: user.id, data: { roles: ['editor', 'contact-handler'] }, ...as(admin) })
    await payload.update({ collection: 'users', id: user.id, data: { administrations: [administration] }, ...as(admin) })
    const events = await eventsAbout('users', user.id)
    assert.deepEqual(actions(events), ['roles-changed', 'scope-changed'])
    assert.equal(events[0]!.detail, 'editor → contact-handler, editor')
    assert.equal(events[1]!.detail, `administrations: — → ${administration}`)
    // Promoting oneself is ignored (roles are for admins to set), and so leaves no event.
    await payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, ...as(editor) })
    assert.deepEqual(await eventsAbout('users', editor.id), [])
  })
})

describe('progress reports', () => {
  it('returning and validating a report leave one event each', async () => {
    const report = await payload.create({
      collection: 'progress-reports',
      locale: 'nl',
      data: {
        measure,
        partner: organisation,
        periodStart: '2026-01-01T00:00:00.000Z',
        periodEnd: '2026-06-30T00:00:00.000Z',
        status: 'on-track',
        percent: 40,
        account: 'Het loopt.',
        workflow: 'submitted',
      },
      ...as(partnerUser),
    })
    await payload.update({
      collection: 'progress-reports',
      id: report.id,
      data: { workflow: 'sent-back', reviewNote: 'Bewijs?' },
      ...as(cell),
    })
    await payload.update({ collection: 'progress-reports', id: report.id, data: { workflow: 'submitted' }, ...as(partnerUser) })
    await payload.update({ collection: 'progress-reports', id: report.id, data: { workflow: 'validated' }, ...as(cell) })
    assert.deepEqual(actions(await eventsAbout('progress-reports', report.id)), ['report-returned', 'report-validated'])
  })
})

/** The events of one action, oldest first. */
async function eventsOf(action: AuditEvent['action']): Promise<AuditEvent[]> {
  return (
    await payload.find({
      collection: 'audit-events',
      where: { action: { equals: action } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs
}

/** A message of the test's administration, as the public form stores it (with an attachment when given one). */
async function storedMessage(reference: string, attachments: number[] = []) {
  return payload.create({
    collection: 'contact-messages',
    data: {
      reference,
      status: 'new',
      administration,
      name: 'Anna',
      email: 'anna@example.be',
      language: 'nl',
      message: 'Vraag.',
      attachments,
    },
    overrideAccess: true,
  })
}

/** A REST session's cookie, signed in with a password as a script would. */
async function restSession(email: string): Promise<string> {
  const response = await api('POST', '/users/login', { body: { email, password: PASSWORD } })
  assert.equal(response.status, 200, await response.clone().text())
  return sessionCookie(response)
}

describe('citizens’ messages', () => {
  it('opening one leaves an event; the admin’s inbox list (a Local API read), or checking a date while it is open, does not; deleting one does', async () => {
    const message = await payload.create({
      collection: 'contact-messages',
      data: {
        reference: 'GOB-2026-900001',
        status: 'new',
        administration,
        name: 'Anna',
        email: 'anna@example.be',
        language: 'nl',
        message: 'Vraag.',
      },
      overrideAccess: true,
    })
    const exportsBefore = (await eventsOf('messages-exported')).length
    // The admin renders its inbox on the server through the Local API: a screen, not an export.
    const listed = await payload.find({ collection: 'contact-messages', ...as(handler) })
    assert.ok(listed.docs.some((doc) => doc.message === 'Vraag.'))
    await payload.findByID({ collection: 'contact-messages', id: message.id, select: { updatedAt: true }, ...as(handler) })
    assert.deepEqual(await eventsAbout('contact-messages', message.id), [])
    assert.equal((await eventsOf('messages-exported')).length, exportsBefore)
    await payload.findByID({ collection: 'contact-messages', id: message.id, ...as(handler) })
    await payload.findByID({ collection: 'contact-messages', id: message.id, ...as(admin) })
    await payload.delete({ collection: 'contact-messages', id: message.id, ...as(admin) })
    const events = await eventsAbout('contact-messages', message.id)
    assert.deepEqual(actions(events), ['message-opened', 'message-opened', 'message-deleted'])
    assert.deepEqual(
      events.map((event) => event.actorEmail),
      ['handler@audit.test', 'admin@audit.test', 'admin@audit.test'],
    )
  })

  it('contact message exported: a list read over REST leaves one event, saying how many, the page and what it filtered on, never the values', async () => {
    await storedMessage('GOB-2026-900101')
    await storedMessage('GOB-2026-900102')
    const cookie = await restSession('handler@audit.test')
    const before = (await eventsOf('messages-exported')).length
    const response = await api(
      'GET',
      '/contact-messages?where[email][equals]=anna@example.be&where[status][in]=new,assigned&limit=1&page=2&sort=-createdAt',
      {
        cookie,
      },
    )
    assert.equal(response.status, 200, await response.clone().text())
    const page = (await response.json()) as { docs: { message?: string }[]; totalDocs: number }
    assert.equal(page.docs[0]?.message, 'Vraag.', 'whole messages are what left')
    const events = (await eventsOf('messages-exported')).slice(before)
    assert.equal(events.length, 1, JSON.stringify(events))
    const [event] = events
    assert.equal(event!.actorEmail, 'handler@audit.test')
    assert.equal(event!.roles, 'contact-handler')
    assert.equal(event!.collection, 'contact-messages')
    assert.equal(event!.address, '192.0.2.10')
    assert.match(event!.detail ?? '', new RegExp(`^REST: 1 of ${page.totalDocs} messages, page 2`))
    assert.match(event!.detail ?? '', /filtered on email equals, status in/)
    assert.match(event!.detail ?? '', /sorted by -createdAt/)
    assert.doesNotMatch(event!.detail ?? '', /anna|Vraag/, 'not what the citizen wrote, nor who they are')
  })

  it('a list that returns nothing, or only references and statuses (the outbox’s message column), is no export', async () => {
    const cookie = await restSession('handler@audit.test')
    const before = (await eventsOf('messages-exported')).length
    const empty = await api('GET', '/contact-messages?where[reference][equals]=GOB-0000-000000', { cookie })
    assert.equal(((await empty.json()) as { totalDocs: number }).totalDocs, 0)
    const references = await api('GET', '/contact-messages?depth=0&limit=250&select[reference]=true&select[status]=true', { cookie })
    const docs = ((await references.json()) as { docs: Record<string, unknown>[] }).docs
    assert.ok(docs.length > 0 && docs.every((doc) => doc.message === undefined && doc.email === undefined))
    assert.equal((await eventsOf('messages-exported')).length, before)
  })

  it('a file a visitor sent, downloaded, leaves one event naming its message', async () => {
    const pdf = Buffer.from(FILES.pdf())
    const attachment = await payload.create({
      collection: 'contact-attachments',
      data: { administration, originalName: 'identiteitskaart.pdf' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'GOB-2026-900201-1.pdf', size: pdf.length },
      overrideAccess: true,
    })
    const message = await storedMessage('GOB-2026-900201', [attachment.id])
    for (const email of ['handler@audit.test', 'admin@audit.test']) {
      const response = await api('GET', `/contact-attachments/file/${attachment.filename}`, { cookie: await restSession(email) })
      assert.equal(response.status, 200, await response.clone().text())
      assert.match(await response.text(), /^%PDF/)
    }
    // Refused to a role that may not read it: no file, no event.
    const refused = await api('GET', `/contact-attachments/file/${attachment.filename}`, { cookie: await restSession('editor@audit.test') })
    assert.equal(refused.status, 403)
    const events = (await eventsAbout('contact-messages', message.id)).filter((event) => event.action === 'attachment-downloaded')
    assert.deepEqual(
      events.map((event) => event.actorEmail),
      ['handler@audit.test', 'admin@audit.test'],
    )
    assert.ok(
      events.every((event) => event.detail === `attachment ${attachment.id} (${attachment.filename})`),
      JSON.stringify(events),
    )
  })
})

describe('scheduled publishing (the admin’s server function)', () => {
  async function requestOf(user: User): Promise<PayloadRequest> {
    return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  }
  const pending = async (id: number) =>
    (await payload.db.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(id) } }, pagination: false })).docs

  it('follows the matrix’s schedule cell: an editor schedules and cancels, each recorded; a translator is refused, nothing queued', async () => {
    const item = await payload.create({
      collection: 'news',
      locale: 'nl',
      draft: true,
      data: { title: 'Gepland', summary: 'x', slug: 'gepland-audit' },
      overrideAccess: true,
    })
    const date = new Date(Date.now() + 7 * 24 * 3600_000)
    const doc = { relationTo: 'news' as const, value: String(item.id) }
    const refused = await schedulePublishChecked({ req: await requestOf(translator), type: 'publish', date, doc } as never)
    assert.ok('error' in refused, JSON.stringify(refused))
    assert.equal((await pending(item.id)).length, 0)
    const scheduled = await schedulePublishChecked({
      req: await requestOf(editor),
      type: 'publish',
      date,
      doc,
      localeToPublish: 'nl',
    } as never)
    assert.ok('message' in scheduled, JSON.stringify(scheduled))
    const [job] = await pending(item.id)
    assert.ok(job)
    const cancelled = await schedulePublishChecked({ req: await requestOf(editor), deleteID: job.id } as never)
    assert.ok('message' in cancelled, JSON.stringify(cancelled))
    assert.equal((await pending(item.id)).length, 0)
    const events = await eventsAbout('news', item.id)
    assert.deepEqual(actions(events), ['schedule', 'schedule'])
    assert.match(events[0]!.detail ?? '', /^publish at /)
    assert.equal(events[0]!.language, 'nl')
    assert.equal(events[1]!.detail, 'publish cancelled')
  })

  it('walks the schedule cell of every content type with drafts, for every role and a visitor', async () => {
    const users: Record<Role, User> = {
      admin,
      editor,
      translator,
      'contact-handler': handler,
      'follow-up': cell,
      evaluator,
      partner: partnerUser,
    }
    const slugs = (Object.keys(MATRIX) as MatrixSlug[]).filter((slug) => (MATRIX[slug] as MatrixRow).publishing)
    assert.deepEqual(slugs.sort(), ['documents', 'news', 'pages', 'plan-versions', 'services'])
    const mismatches: string[] = []
    for (const slug of slugs) {
      const doc = await payload.create({
        collection: slug as 'pages',
        locale: 'nl',
        draft: true,
        data: { title: `Planning ${slug}`, slug: `planning-${slug}`, ...(slug === 'plan-versions' ? { year: 2030, summary: 'x' } : {}) },
        overrideAccess: true,
      })
      const args = { type: 'publish', date: new Date(Date.now() + 3600_000), doc: { relationTo: slug, value: String(doc.id) } }
      for (const [role, user] of Object.entries(users) as [Role, User][]) {
        const answer = await schedulePublishChecked({ req: await requestOf(user), ...args } as never)
        const should = cellOf(slug, role, 'schedule') === 'yes'
        if (should !== 'message' in answer)
          mismatches.push(`${slug} · ${role}: expected ${should ? 'allowed' : 'refused'}, got ${JSON.stringify(answer)}`)
      }
      await assert.rejects(schedulePublishChecked({ req: await createLocalReq({}, payload), ...args } as never), 'a visitor is not let in')
    }
    assert.deepEqual(mismatches, [])
  })

  it('refuses scheduling where the matrix has no schedule (pages) even to an admin', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      draft: true,
      data: { title: 'P', slug: 'p-planning' },
      overrideAccess: true,
    })
    const answer = await schedulePublishChecked({
      req: await requestOf(admin),
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      doc: { relationTo: 'pages', value: String(page.id) },
    } as never)
    assert.ok('error' in answer)
    assert.equal((await pending(page.id)).length, 0)
  })
})

describe('when the audit trail cannot be written', () => {
  it('the action fails loudly, and where Payload has a transaction (PostgreSQL) it is taken back', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'nl',
      data: { title: 'Blijft', slug: 'blijft-audit', _status: 'published' },
      overrideAccess: true,
    })
    const create = payload.create.bind(payload)
    payload.create = ((args: Parameters<Payload['create']>[0]) => {
      if (args.collection === 'audit-events') return Promise.reject(new Error('the audit trail is unavailable'))
      return create(args)
    }) as Payload['create']
    try {
      await assert.rejects(
        payload.update({ collection: 'pages', id: page.id, locale: 'nl', data: { _status: 'draft' }, ...as(editor) }),
        /audit trail is unavailable/,
      )
      await assert.rejects(payload.delete({ collection: 'pages', id: page.id, ...as(editor) }), /audit trail is unavailable/)
    } finally {
      payload.create = create
    }
    if (process.env.BELFORT_TEST_DB === 'postgres') {
      const kept = await payload.findByID({ collection: 'pages', id: page.id, overrideAccess: true })
      assert.equal(kept._status, 'published', 'neither the deletion nor the unpublish was kept')
    }
  })
})
