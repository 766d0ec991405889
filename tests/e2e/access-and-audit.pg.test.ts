/**
 * The security review's findings on roles and the audit trail, over REST and GraphQL as a client
 * would meet them, on SQLite and PostgreSQL: each test is named after its finding and failed on
 * the code the review read. Then the audit trail as admins use it: filters and the CSV export; and
 * citizens' messages listed, and the files they sent downloaded, through the API.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { adminSession, FILES, referenceOf, submitContact } from '../support/contact'
import { ADMIN_EMAIL, startTestServer, type Belfort } from '../support/server'

type Api = Awaited<ReturnType<typeof adminSession>>
interface Doc {
  id: number
  [key: string]: unknown
}
interface AuditEvent {
  id: number
  action: string
  outcome: string
  actorEmail: string | null
  roles: string | null
  collection: string | null
  documentId: string | null
  language: string | null
  detail: string | null
}
interface ProblemBody {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

let server: Belfort
let admin: Api
let editor: Api
let translator: Api
let followUp: Api
let partner: Api
let organisation: number

const PASSWORD = 'a-long-test-password-for-roles'
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number))

async function json<T>(response: Response): Promise<T> {
  const text = await response.text()
  try {
    return JSON.parse(text) as T
  } catch {
    throw new Error(`not JSON (${response.status}): ${text.slice(0, 200)}`)
  }
}

async function createUser(email: string, data: Record<string, unknown>): Promise<{ api: Api; id: number }> {
  const created = await admin('/api/users', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD, ...data }) })
  assert.equal(created.status, 201, await created.clone().text())
  const { doc } = await json<{ doc: Doc }>(created)
  return { api: await adminSession(server.url, email, PASSWORD), id: doc.id }
}

/** An anonymous request, as any visitor sends it. */
const anonymous = (path: string, init: RequestInit = {}) => fetch(server.url + path, init)

async function graphql<T>(api: Api | typeof anonymous, query: string, variables: Record<string, unknown> = {}) {
  const response = await api('/api/graphql', {
    method: 'POST',
    body: JSON.stringify({ query, variables }),
    headers: { 'Content-Type': 'application/json' },
  })
  return json<{ data?: T; errors?: { message: string }[] }>(response)
}

async function auditEvents(where: string): Promise<AuditEvent[]> {
  const response = await admin(`/api/audit-events?${where}&limit=100&depth=0&sort=-createdAt`)
  assert.equal(response.status, 200, await response.clone().text())
  return (await json<{ docs: AuditEvent[] }>(response)).docs
}

/** A news item published with `first`, then published again with `second`: two published versions. */
async function newsWithTwoVersions(first: string, second: string): Promise<{ id: number; slug: string; firstVersion: number }> {
  const slug = `matrix-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
  const created = await admin('/api/news?locale=nl', {
    method: 'POST',
    body: JSON.stringify({ title: first, summary: first, slug, _status: 'published' }),
  })
  assert.equal(created.status, 201, await created.clone().text())
  const { doc } = await json<{ doc: Doc }>(created)
  const versions = await json<{ docs: Doc[] }>(await admin(`/api/news/versions?where[parent][equals]=${doc.id}&sort=createdAt&depth=0`))
  const firstVersion = versions.docs[0]?.id
  assert.ok(firstVersion)
  const republished = await admin(`/api/news/${doc.id}?locale=nl`, {
    method: 'PATCH',
    body: JSON.stringify({ title: second, _status: 'published' }),
  })
  assert.equal(republished.status, 200, await republished.clone().text())
  return { id: doc.id, slug, firstVersion }
}

before(
  async () => {
    server = await startTestServer({ env: { STAFF_2FA: 'optional' } })
    admin = await adminSession(server.url)
    const measures = await json<{ docs: Doc[] }>(await admin('/api/plan-items?where[level][equals]=measure&limit=1&depth=0&sort=code'))
    organisation = idOf((measures.docs[0]!.partners as { partner: unknown }[])[0]!.partner)
    const made = await Promise.all([
      createUser('editor@matrix.test', { roles: ['editor'] }),
      createUser('translator@matrix.test', { roles: ['translator'] }),
      createUser('follow-up@matrix.test', { roles: ['follow-up'] }),
      createUser('partner@matrix.test', { roles: ['partner'], partners: [organisation] }),
    ])
    ;[editor, translator, followUp, partner] = made.map((m) => m.api) as [Api, Api, Api, Api]
  },
  { timeout: 240_000 },
)
after(() => server?.stop())

/** A report on the partner's own measure, submitted and then validated by the cell with an internal note. */
async function validatedReport(note: string): Promise<number> {
  const measures = await json<{ docs: Doc[] }>(
    await admin(`/api/plan-items?where[level][equals]=measure&where[partners.partner][equals]=${organisation}&limit=1&depth=0`),
  )
  const submitted = await partner('/api/progress-reports', {
    method: 'POST',
    body: JSON.stringify({
      measure: measures.docs[0]!.id,
      partner: organisation,
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      status: 'on-track',
      percent: 60,
      account: 'Public account of the work.',
      workflow: 'submitted',
    }),
  })
  assert.equal(submitted.status, 201, await submitted.clone().text())
  const { doc } = await json<{ doc: Doc }>(submitted)
  const validated = await followUp(`/api/progress-reports/${doc.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ workflow: 'validated', reviewNote: note }),
  })
  assert.equal(validated.status, 200, await validated.clone().text())
  return doc.id
}

describe('security review findings', () => {
  it('translator unpublishes or re-publishes an old version: POST /api/news/versions/<id> is refused', async () => {
    const { id, firstVersion } = await newsWithTwoVersions('Old text, replaced', 'Current text')
    const restore = await translator(`/api/news/versions/${firstVersion}`, { method: 'POST' })
    assert.equal(restore.status, 403, await restore.clone().text())
    const asDraft = await translator(`/api/news/versions/${firstVersion}?draft=true`, { method: 'POST' })
    assert.equal(asDraft.status, 403, await asDraft.clone().text())
    // The public API still serves the current text, published.
    const live = await json<Doc>(await anonymous(`/api/news/${id}?locale=nl&depth=0`))
    assert.equal(live.title, 'Current text')
    assert.equal(live._status, 'published')
    // GraphQL is the same door.
    const viaGraphql = await graphql(translator, `mutation { restoreVersionNews(id: ${firstVersion}) { id } }`)
    assert.ok(viaGraphql.errors?.length, JSON.stringify(viaGraphql))
    assert.equal((await json<Doc>(await anonymous(`/api/news/${id}?locale=nl&depth=0`))).title, 'Current text')
  })

  it('translator changes non-text fields inside an unnamed row: a draft save PATCH /api/plan-versions/<id>?draft=true {"periodStart":1999} is refused, naming the field', async () => {
    const versions = await json<{ docs: Doc[] }>(await admin('/api/plan-versions?limit=1&depth=0&sort=year'))
    const version = versions.docs[0]!
    const expected = { nl: /Looptijd vanaf/, fr: /Période de/, en: /Period from/ }
    for (const language of ['nl', 'fr', 'en'] as const) {
      const response = await translator(`/api/plan-versions/${version.id}?locale=${language}&draft=true`, {
        method: 'PATCH',
        body: JSON.stringify({ periodStart: 1999 }),
        headers: { 'Accept-Language': language },
      })
      assert.ok([400, 403].includes(response.status), `${language}: ${response.status}`)
      const body = await json<ProblemBody>(response)
      const named = (body.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).flatMap((f) => [f.path, f.message])])
      assert.ok(named.includes('periodStart'), JSON.stringify(body))
      assert.ok(
        named.some((text) => expected[language].test(text)),
        `${language}: ${JSON.stringify(body)}`,
      )
    }
    const stored = await json<Doc>(await admin(`/api/plan-versions/${version.id}?depth=0`))
    assert.equal(stored.periodStart, version.periodStart)
    // The text of a language is still theirs to change, saved as a draft (an editor publishes).
    const text = await translator(`/api/plan-versions/${version.id}?locale=en&draft=true`, {
      method: 'PATCH',
      body: JSON.stringify({ summary: 'Translated summary.' }),
    })
    assert.equal(text.status, 200, await text.clone().text())
  })

  it('a validated report’s internal reviewNote is public and searchable: visitors neither read nor query it, over REST or GraphQL', async () => {
    const id = await validatedReport('Internal: the figures were checked by phone.')
    const query = await anonymous('/api/progress-reports?where[reviewNote][exists]=true&depth=0')
    if (query.status === 200) assert.equal((await json<{ totalDocs: number }>(query)).totalDocs, 0)
    else assert.ok([400, 403].includes(query.status), String(query.status))
    const like = await anonymous('/api/progress-reports?where[reviewNote][like]=phone&depth=0')
    if (like.status === 200) assert.equal((await json<{ totalDocs: number }>(like)).totalDocs, 0)
    const public_ = await json<Doc>(await anonymous(`/api/progress-reports/${id}?depth=0`))
    assert.equal(public_.workflow, 'validated')
    assert.equal(public_.reviewNote, undefined)
    const one = await graphql<{ ProgressReport: Doc | null }>(anonymous, `{ ProgressReport(id: ${id}) { id reviewNote } }`)
    assert.equal(one.data?.ProgressReport?.reviewNote ?? null, null, JSON.stringify(one))
    const searched = await graphql<{ ProgressReports: { totalDocs: number } | null }>(
      anonymous,
      '{ ProgressReports(where: { reviewNote: { exists: true } }) { totalDocs } }',
    )
    assert.ok(searched.errors?.length || searched.data?.ProgressReports?.totalDocs === 0, JSON.stringify(searched))
    // The cell and the reporting partner still read it.
    for (const reader of [followUp, partner]) {
      const doc = await json<Doc>(await reader(`/api/progress-reports/${id}?depth=0`))
      assert.equal(doc.reviewNote, 'Internal: the figures were checked by phone.')
    }
  })

  it('reviewNote is read by the follow-up cell and the reporting partner only: no other role, a partner who is also an editor included, reads, filters or sorts on another organisation’s note, over REST or GraphQL', async () => {
    const secret = `checked-by-phone-${Date.now().toString(36)}`
    const note = `Internal: ${secret}.`
    const id = await validatedReport(note)
    const partners = await json<{ docs: Doc[] }>(await admin('/api/partners?limit=100&depth=0'))
    const elsewhere = partners.docs.find((candidate) => candidate.id !== organisation)?.id
    assert.ok(elsewhere, 'a second partner organisation')
    const administrations = await json<{ docs: Doc[] }>(await admin('/api/administrations?limit=1&depth=0'))
    const others: [string, Api][] = [
      ['editor', editor],
      ['translator', translator],
      ['evaluator', (await createUser('evaluator@matrix.test', { roles: ['evaluator'] })).api],
      [
        'contact-handler',
        (await createUser('handler@matrix.test', { roles: ['contact-handler'], administrations: [administrations.docs[0]!.id] })).api,
      ],
      ['another organisation’s partner', (await createUser('partner-b@matrix.test', { roles: ['partner'], partners: [elsewhere] })).api],
      [
        'another organisation’s partner who is also an editor',
        (await createUser('partner-editor@matrix.test', { roles: ['partner', 'editor'], partners: [elsewhere] })).api,
      ],
      [
        'another organisation’s partner who is also an evaluator',
        (await createUser('partner-evaluator@matrix.test', { roles: ['partner', 'evaluator'], partners: [elsewhere] })).api,
      ],
    ]
    for (const [who, api] of others) {
      const one = await api(`/api/progress-reports/${id}?depth=0`)
      if (one.status === 200) assert.equal((await json<Doc>(one)).reviewNote, undefined, `${who} reads the note`)
      else assert.ok([403, 404].includes(one.status), `${who}: ${one.status}`)
      const listed = await json<{ docs: Doc[] }>(await api(`/api/progress-reports?depth=0&limit=100&where[id][equals]=${id}`))
      assert.ok(
        listed.docs.every((doc) => doc.reviewNote === undefined),
        `${who} lists the note`,
      )
      for (const where of [
        `where[reviewNote][like]=${secret}`,
        'where[reviewNote][exists]=true',
        `where[or][0][reviewNote][contains]=${secret}`,
      ]) {
        // Refused, or only the reports the person may read the notes of (a partner's own organisation's).
        const filtered = await api(`/api/progress-reports?depth=0&limit=100&${where}`)
        if (filtered.status === 200)
          assert.ok(
            (await json<{ docs: Doc[] }>(filtered)).docs.every((doc) => idOf(doc.partner) !== organisation),
            `${who} filters on ${where}`,
          )
        else assert.ok([400, 403].includes(filtered.status), `${who} ${where}: ${filtered.status}`)
      }
      // Sorting on the note would order this report by it: refused, unless the report is out of reach anyway.
      const sorted = await api('/api/progress-reports?depth=0&limit=100&sort=reviewNote')
      if (sorted.status === 200)
        assert.ok(!(await json<{ docs: Doc[] }>(sorted)).docs.some((doc) => doc.id === id), `${who} sorts on the note`)
      else assert.ok([400, 403].includes(sorted.status), `${who} sorts on the note: ${sorted.status}`)
      const viaGraphql = await graphql<{ ProgressReport: Doc | null }>(api, `{ ProgressReport(id: ${id}) { id reviewNote } }`)
      assert.equal(viaGraphql.data?.ProgressReport?.reviewNote ?? null, null, `${who}: ${JSON.stringify(viaGraphql)}`)
      const searched = await graphql<{ ProgressReports: { totalDocs: number } | null }>(
        api,
        `{ ProgressReports(where: { reviewNote: { like: "${secret}" } }) { totalDocs } }`,
      )
      assert.ok(searched.errors?.length || searched.data?.ProgressReports?.totalDocs === 0, `${who}: ${JSON.stringify(searched)}`)
      const sortedViaGraphql = await graphql<{ ProgressReports: { docs: Doc[] } | null }>(
        api,
        '{ ProgressReports(sort: "reviewNote", limit: 100) { docs { id } } }',
      )
      assert.ok(
        sortedViaGraphql.errors?.length || !sortedViaGraphql.data?.ProgressReports?.docs.some((doc) => doc.id === id),
        `${who} sorts on the note: ${JSON.stringify(sortedViaGraphql)}`,
      )
    }
    // The cell and the reporting partner read it, over REST and GraphQL, and the cell searches it.
    for (const [who, reader] of [
      ['follow-up', followUp],
      ['reporting partner', partner],
    ] as const) {
      assert.equal((await json<Doc>(await reader(`/api/progress-reports/${id}?depth=0`))).reviewNote, note, who)
      const viaGraphql = await graphql<{ ProgressReport: Doc | null }>(reader, `{ ProgressReport(id: ${id}) { id reviewNote } }`)
      assert.equal(viaGraphql.data?.ProgressReport?.reviewNote, note, `${who}: ${JSON.stringify(viaGraphql)}`)
    }
    const found = await json<{ docs: Doc[] }>(await followUp(`/api/progress-reports?depth=0&where[reviewNote][like]=${secret}`))
    assert.deepEqual(
      found.docs.map((doc) => doc.id),
      [id],
    )
  })

  it('follow-up cell deletes a validated (public-record) report: DELETE is refused, and so is a change, for the admin too; a correction changes it', async () => {
    const id = await validatedReport('Checked.')
    const deleted = await followUp(`/api/progress-reports/${id}`, { method: 'DELETE' })
    assert.ok([403, 404].includes(deleted.status), String(deleted.status))
    const changed = await followUp(`/api/progress-reports/${id}`, { method: 'PATCH', body: JSON.stringify({ percent: 5 }) })
    assert.ok([403, 404].includes(changed.status), String(changed.status))
    const stored = await admin(`/api/progress-reports/${id}?depth=0`)
    assert.equal(stored.status, 200)
    assert.equal((await json<Doc>(stored)).percent, 60)
    // Nor may an admin edit it: the public record changes only by a correction, which keeps the old value.
    const edited = await admin(`/api/progress-reports/${id}`, { method: 'PATCH', body: JSON.stringify({ percent: 65 }) })
    assert.ok([403, 404].includes(edited.status), String(edited.status))
    const reason = { nl: 'Verkeerd overgenomen.', fr: 'Mal recopié.', en: 'Copied wrongly.' }
    const corrected = await followUp('/api/corrections', {
      method: 'POST',
      body: JSON.stringify({ subject: 'report', report: id, newPercent: 65, reason }),
    })
    assert.equal(corrected.status, 201, await corrected.clone().text())
    const after = await json<Doc>(await admin(`/api/progress-reports/${id}?depth=0`))
    assert.equal(after.percent, 65)
  })

  it('nothing records role changes, publishes or deletions: each leaves exactly one audit event', async () => {
    const { id: changedId } = await createUser('changed@matrix.test', { roles: ['editor'] })
    const roles = await admin(`/api/users/${changedId}`, { method: 'PATCH', body: JSON.stringify({ roles: ['editor', 'translator'] }) })
    assert.equal(roles.status, 200, await roles.clone().text())
    const [roleEvent, ...moreRoleEvents] = await auditEvents(`where[action][equals]=roles-changed&where[documentId][equals]=${changedId}`)
    assert.ok(roleEvent, 'a roles-changed event')
    assert.equal(moreRoleEvents.length, 0)
    assert.equal(roleEvent.actorEmail, ADMIN_EMAIL)
    assert.equal(roleEvent.collection, 'users')
    assert.match(roleEvent.detail ?? '', /translator/)

    const slug = `audit-${Date.now().toString(36)}`
    const draft = await editor('/api/news?locale=nl&draft=true', {
      method: 'POST',
      body: JSON.stringify({ title: 'Audited', summary: 'Audited', slug, _status: 'draft' }),
    })
    assert.equal(draft.status, 201, await draft.clone().text())
    const newsId = (await json<{ doc: Doc }>(draft)).doc.id
    assert.equal(
      (await auditEvents(`where[documentId][equals]=${newsId}&where[collection][equals]=news`)).length,
      0,
      'a draft is not a publish',
    )
    const published = await editor(`/api/news/${newsId}?locale=nl`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })
    assert.equal(published.status, 200, await published.clone().text())
    const publishEvents = await auditEvents(
      `where[action][equals]=publish&where[documentId][equals]=${newsId}&where[collection][equals]=news`,
    )
    assert.equal(publishEvents.length, 1, JSON.stringify(publishEvents))
    assert.equal(publishEvents[0]!.actorEmail, 'editor@matrix.test')
    assert.equal(publishEvents[0]!.language, 'nl')

    const page = await admin('/api/pages?locale=nl', {
      method: 'POST',
      body: JSON.stringify({ title: 'To delete', slug: `to-delete-${Date.now().toString(36)}`, _status: 'published' }),
    })
    const pageId = (await json<{ doc: Doc }>(page)).doc.id
    const before = (await auditEvents(`where[documentId][equals]=${pageId}&where[collection][equals]=pages`)).length
    assert.equal((await editor(`/api/pages/${pageId}`, { method: 'DELETE' })).status, 200)
    const deleteEvents = await auditEvents(
      `where[action][equals]=delete&where[documentId][equals]=${pageId}&where[collection][equals]=pages`,
    )
    assert.equal(deleteEvents.length, 1)
    assert.equal(deleteEvents[0]!.roles, 'editor')
    assert.equal((await auditEvents(`where[documentId][equals]=${pageId}&where[collection][equals]=pages`)).length, before + 1)
  })
})

describe('the audit trail in the back office', () => {
  it('filters by person, action and date, as the list’s filters do', async () => {
    const since = new Date().toISOString()
    const page = await editor('/api/pages?locale=nl', {
      method: 'POST',
      body: JSON.stringify({ title: 'Filtered', slug: `filtered-${Date.now().toString(36)}`, _status: 'published' }),
    })
    assert.equal(page.status, 201, await page.clone().text())
    const me = await json<{ user: Doc }>(await editor('/api/users/me'))
    const byPerson = await auditEvents(
      `where[actor][equals]=${me.user.id}&where[action][equals]=publish&where[createdAt][greater_than_equal]=${since}`,
    )
    assert.equal(byPerson.length, 1, JSON.stringify(byPerson))
    assert.equal(byPerson[0]!.collection, 'pages')
    const byEmail = await auditEvents(`where[actorEmail][like]=editor@matrix&where[createdAt][greater_than_equal]=${since}`)
    assert.deepEqual(
      byEmail.map((event) => event.id),
      byPerson.map((event) => event.id),
    )
    assert.equal((await auditEvents(`where[createdAt][less_than]=${since}&where[id][in]=${byPerson[0]!.id}`)).length, 0)
  })

  it('exports the filtered list as CSV, to admins only, and records the export', async () => {
    for (const client of [editor, anonymous]) assert.equal((await client('/api/audit-events/export')).status, 403)
    const query = 'where[action][equals]=publish'
    const listed = await auditEvents(query)
    const response = await admin(`/api/audit-events/export?${query}`)
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/)
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="audit-trail-\d{4}-\d\d-\d\d\.csv"/)
    const [header, ...rows] = (await response.text()).trimEnd().split('\r\n')
    assert.equal(header, 'createdAt,action,outcome,actorEmail,actor,roles,collection,documentId,language,address,detail')
    assert.equal(rows.length, listed.length)
    assert.ok(rows.every((row) => row.split(',')[1] === 'publish'))
    const [exported] = await auditEvents('where[action][equals]=audit-exported')
    assert.ok(exported)
    assert.equal(exported.actorEmail, ADMIN_EMAIL)
    assert.match(exported.detail ?? '', new RegExp(`^${listed.length} events`))
  })

  it('is changed and deleted by nobody over REST or GraphQL, admins included', async () => {
    const [event] = await auditEvents('where[action][equals]=publish')
    assert.ok(event)
    assert.equal((await admin(`/api/audit-events/${event.id}`, { method: 'PATCH', body: JSON.stringify({ detail: 'x' }) })).status, 403)
    assert.equal((await admin(`/api/audit-events/${event.id}`, { method: 'DELETE' })).status, 403)
    const viaGraphql = await graphql(admin, `mutation { deleteAuditEvent(id: ${event.id}) { id } }`)
    assert.ok(viaGraphql.errors?.length)
    assert.equal((await auditEvents(`where[id][equals]=${event.id}`)).length, 1)
  })
})

describe('citizens’ messages through the API', () => {
  /** A message sent through the public form, with a file, and its stored id and file name. */
  async function sentMessage(): Promise<{ id: number; filename: string }> {
    const sent = await submitContact(server.url, {
      fields: { email: 'export.sender@example.be', message: 'A question about my identity card.' },
      files: [{ name: 'id-card.pdf', bytes: FILES.pdf(), type: 'application/pdf' }],
    })
    assert.equal(sent.status, 303, sent.body.slice(0, 300))
    const reference = referenceOf(sent.location)
    const stored = await json<{ docs: { id: number; attachments: { filename: string }[] }[] }>(
      await admin(`/api/contact-messages?where[reference][equals]=${reference}&depth=1&select[attachments]=true&select[reference]=true`),
    )
    const message = stored.docs[0]
    assert.ok(message?.attachments[0], 'the message and its file')
    return { id: message.id, filename: message.attachments[0].filename }
  }

  it('contact message exported: a list of messages read over REST or GraphQL leaves one event each, saying how many and filtered on what, never what they say', async () => {
    await sentMessage()
    const exports = () => auditEvents('where[action][equals]=messages-exported')
    const before = (await exports()).length
    const listed = await admin('/api/contact-messages?depth=0&limit=5&where[email][like]=export.sender')
    assert.equal(listed.status, 200)
    const page = await json<{ docs: Doc[]; totalDocs: number }>(listed)
    assert.ok(page.docs.some((doc) => doc.message === 'A question about my identity card.'))
    const viaGraphql = await graphql<{ ContactMessages: { docs: Doc[] } }>(admin, '{ ContactMessages(limit: 3) { docs { id message } } }')
    assert.ok(viaGraphql.data?.ContactMessages.docs.length, JSON.stringify(viaGraphql))
    const all = await exports()
    const events = all.slice(0, all.length - before).reverse()
    assert.equal(events.length, 2, JSON.stringify(events))
    const [rest, graph] = events as [AuditEvent, AuditEvent]
    assert.match(rest.detail ?? '', new RegExp(`^REST: ${page.docs.length} of ${page.totalDocs} messages, page 1; filtered on email like`))
    assert.match(graph.detail ?? '', /^GraphQL: \d+ of \d+ messages, page 1; unfiltered/)
    for (const event of events) {
      assert.equal(event.actorEmail, ADMIN_EMAIL)
      assert.equal(event.collection, 'contact-messages')
      assert.doesNotMatch(event.detail ?? '', /export\.sender|identity/)
    }
    // Nothing found, nothing exported.
    await admin('/api/contact-messages?where[reference][equals]=none')
    assert.equal((await exports()).length, before + 2)
  })

  it('a file a visitor sent (an ID scan), downloaded, leaves one event naming its message', async () => {
    const { id, filename } = await sentMessage()
    const file = await admin(`/api/contact-attachments/file/${filename}`)
    assert.equal(file.status, 200)
    await file.arrayBuffer()
    const events = await auditEvents(`where[action][equals]=attachment-downloaded&where[documentId][equals]=${id}`)
    assert.equal(events.length, 1, JSON.stringify(events))
    assert.equal(events[0]!.collection, 'contact-messages')
    assert.equal(events[0]!.actorEmail, ADMIN_EMAIL)
    assert.ok(events[0]!.detail?.endsWith(`(${filename})`), events[0]!.detail ?? '')
    // A visitor gets no file, and leaves no event.
    assert.equal((await anonymous(`/api/contact-attachments/file/${filename}`)).status, 403)
    assert.equal((await auditEvents(`where[action][equals]=attachment-downloaded&where[documentId][equals]=${id}`)).length, 1)
  })
})
