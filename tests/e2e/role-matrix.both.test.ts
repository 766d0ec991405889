/**
 * The role matrix (src/access/matrix.ts), cell by cell: for every collection and global, every
 * subject — each role, and an anonymous visitor — tries every action the content type has, over
 * REST and over GraphQL, on one started server (SQLite; PostgreSQL in the .pg run), and the outcome
 * must be what the matrix says. A condition is tried on documents made to meet it and not to; a
 * refused deletion, publish, unpublish or restore is checked to have left the document as it was.
 * Scheduling exists only as the admin's server function and is walked in
 * tests/integration/audit-actions.test.ts.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { formatNames } from 'payload'
import { PDFDocument } from 'pdf-lib'
import type { ConditionName } from '@/access/conditions'
import { type Action, actionsOf, type Cell, cellOf, MATRIX, type MatrixRow, type MatrixSlug, SUBJECTS, type Subject } from '@/access/matrix'
import { isNoted } from '@/changes/kinds'
import { adminSession, FILES, referenceOf, submitContact } from '../support/contact'
import { startTestServer, type Belfort } from '../support/server'

type Client = (path: string, init?: RequestInit) => Promise<Response>
type Id = number
type Body = Record<string, unknown> | FormData
interface Doc {
  id: Id
  [key: string]: unknown
}

/** What a document is, as far as the matrix's conditions care. */
interface Facts {
  published?: boolean
  administration?: 'own' | 'other'
  organisation?: 'own' | 'other'
  workflow?: 'draft' | 'submitted' | 'validated' | 'sent-back'
  /** The plan version a plan item or a report belongs to: published (the demo's) or a draft being prepared. */
  version?: 'published' | 'draft'
  /** An account: the subject's own, or someone else's. */
  owner?: 'self' | 'someone'
}

interface Kit {
  /** The kinds of document each cell is tried on. */
  variants: Facts[]
  /** Makes one such document, as the admin. */
  make?: (facts: Facts) => Promise<Id>
  /** A new document's body (a new one each call: unique fields stay unique). */
  create?: (subject: Subject) => Promise<Body>
  /** A harmless change: localized text where the collection has some, so a translator's cell applies. */
  update: () => Record<string, unknown>
}

const PASSWORD = 'a-long-test-password-for-the-matrix'
/** An approval request to try every cell on (made in before()). */
let approvalRequest: Id | undefined
let server: Belfort
const clients = {} as Record<Subject, Client>
const accounts: Partial<Record<Subject, Id>> = {}
let admin: Client

/** The demo content the kits build on. */
const fixture = {
  administration: { own: 0, other: 0 },
  topic: { own: '', other: '' },
  organisation: { own: 0, other: 0 },
  measure: { own: 0, other: 0 },
  worksite: { id: 0, code: '' },
  objective: 0,
  indicator: 0,
  planVersion: 0,
  /** A draft plan version with a measure the own organisation carries out. */
  draftVersion: { id: 0, measure: 0 },
  referencePrefix: 'GOB',
}

let counter = 0
const next = () => ++counter
const idOf = (value: unknown): Id => (typeof value === 'object' && value !== null ? (value as Doc).id : (value as Id))

async function json<T>(response: Response): Promise<T> {
  const text = await response.text()
  try {
    return JSON.parse(text) as T
  } catch {
    throw new Error(`not JSON (${response.status}): ${text.slice(0, 300)}`)
  }
}

/**
 * At most this many requests at once: on PostgreSQL the server's pool has ten connections and a
 * write holds one for its transaction, so a test that floods it measures the pool, not the matrix.
 */
const IN_FLIGHT = 6
let inFlight = 0
const waiting: (() => void)[] = []
async function slot<T>(run: () => Promise<T>): Promise<T> {
  while (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve))
  inFlight++
  try {
    return await run()
  } finally {
    inFlight--
    waiting.shift()?.()
  }
}
const limited =
  (client: Client): Client =>
  (path, init) =>
    slot(() => client(path, init))

/** Writes to one document one after the other: Payload rewrites a document's localized rows, and two at once collide. */
const queues = new Map<string, Promise<unknown>>()
function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const turn = (queues.get(key) ?? Promise.resolve()).then(run, run)
  queues.set(
    key,
    turn.catch(() => undefined),
  )
  return turn
}

function anonymous(path: string, init: RequestInit = {}): Promise<Response> {
  const headers =
    typeof init.body === 'string' ? { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } : init.headers
  return fetch(server.url + path, { ...init, headers })
}

const send = (body: Body): BodyInit => (body instanceof FormData ? body : JSON.stringify(body))

/** A write the admin makes to set the scene; it must succeed. */
async function made(path: string, body: Body): Promise<Doc> {
  const response = await admin(path, { method: 'POST', body: send(body) })
  assert.ok(response.status === 201 || response.status === 200, `${path}: ${response.status} ${await response.clone().text()}`)
  return (await json<{ doc: Doc }>(response)).doc
}

async function upload(fields: Record<string, unknown>, file: { name: string; bytes: Uint8Array; type: string }): Promise<FormData> {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

async function pdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  document.addPage().drawText('The role matrix')
  return document.save()
}

/** A citizen's message sent through the public form to one administration, with an attachment. */
async function message(to: 'own' | 'other'): Promise<Doc> {
  const sent = await submitContact(server.url, {
    fields: { topic: fixture.topic[to] },
    files: [{ name: 'scan.pdf', bytes: FILES.pdf(), type: 'application/pdf' }],
  })
  assert.equal(sent.status, 303, sent.body.slice(0, 300))
  const reference = referenceOf(sent.location)
  const found = await json<{ docs: Doc[] }>(await admin(`/api/contact-messages?where[reference][equals]=${reference}&depth=0`))
  assert.ok(found.docs[0], `message ${reference}`)
  return found.docs[0]
}

/** A "yes" on the administration's own page, through the public form: it goes to that administration. */
async function feedback(to: 'own' | 'other'): Promise<Id> {
  const administration = await json<Doc>(await admin(`/api/administrations/${fixture.administration[to]}?locale=nl&depth=0`))
  const page = `/nl/administraties/${administration.slug as string}`
  const sent = await anonymous('/nl/feedback', {
    method: 'POST',
    body: new URLSearchParams({ page, answer: 'yes', website: '' }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  })
  assert.equal(sent.status, 303, await sent.text())
  const found = await json<{ docs: Doc[] }>(
    await admin(`/api/page-feedback?where[path][equals]=${encodeURIComponent(page)}&sort=-createdAt&limit=1&depth=0`),
  )
  assert.equal(idOf(found.docs[0]?.administration), fixture.administration[to], 'routed to the page’s administration')
  return found.docs[0]!.id
}

// ---------------------------------------------------------------------------------------------
// What each collection's documents look like

const standardReply = (to: 'own' | 'other') => ({
  title: `Matrix ${next()}`,
  administration: fixture.administration[to],
  language: 'nl',
  text: 'Beste {name}, uw vraag {reference}.',
})

const slugged = (prefix: string) => `${prefix}-${next()}`

function editorialKit(slug: 'pages' | 'news' | 'documents' | 'services' | 'plan-versions'): Kit {
  const fields = () => {
    const n = next()
    if (slug === 'plan-versions') return { year: 2030, title: `Matrix ${n}`, summary: 'Matrix' }
    const base = { title: `Matrix ${n}`, slug: `matrix-${slug}-${n}` }
    if (slug === 'news') return { ...base, summary: 'Matrix', publishedAt: '2026-01-05T10:00:00.000Z' }
    if (slug === 'documents') return { ...base, kind: 'report', date: '2026-01-01' }
    if (slug === 'services') return { ...base, summary: 'Matrix' }
    return base
  }
  return {
    variants: [{ published: true }, { published: false }],
    make: async ({ published }) =>
      (await made(`/api/${slug}?locale=nl${published ? '' : '&draft=true'}`, { ...fields(), _status: published ? 'published' : 'draft' }))
        .id,
    create: async () => ({ ...fields(), _status: 'draft' }),
    update: () => (slug === 'plan-versions' ? { summary: `Changed ${next()}` } : { title: `Changed ${next()}` }),
  }
}

function referenceKit(path: string, body: () => Record<string, unknown>, update: () => Record<string, unknown>): Kit {
  return {
    variants: [{}],
    make: async () => (await made(`${path}?locale=nl`, body())).id,
    create: async () => body(),
    update,
  }
}

function reportBody(facts: Facts): Record<string, unknown> {
  const own = facts.organisation !== 'other'
  return {
    measure: facts.version === 'draft' ? fixture.draftVersion.measure : own ? fixture.measure.own : fixture.measure.other,
    partner: own ? fixture.organisation.own : fixture.organisation.other,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    // A status GraphQL spells as the API does (its enum names replace hyphens).
    status: 'late',
    percent: 10,
    account: `Matrix ${next()}`,
    workflow: facts.workflow ?? 'draft',
    ...(facts.workflow === 'sent-back' ? { reviewNote: 'Add evidence.' } : {}),
  }
}

/** A correction of a validated report made for it (a report corrected once per body: each says what changes). */
async function correctionBody(facts: Facts): Promise<Record<string, unknown>> {
  const report = await made(
    '/api/progress-reports?locale=nl',
    reportBody({ organisation: 'own', workflow: 'validated', version: facts.version }),
  )
  return {
    subject: 'report',
    report: report.id,
    newPercent: 20,
    reason: { nl: 'Dubbel geteld.', fr: 'Compté deux fois.', en: 'Counted twice.' },
  }
}

/** A "new" link on a measure of a published or a draft version (the link is public with its version). */
function lineageBody(facts: Facts): Record<string, unknown> {
  return { kind: 'new', item: facts.version === 'draft' ? fixture.draftVersion.measure : fixture.measure.own }
}

function contactKit(
  pick: (message: Doc) => Promise<Id>,
  update: () => Record<string, unknown>,
  create?: () => Record<string, unknown>,
): Kit {
  return {
    variants: [{ administration: 'own' }, { administration: 'other' }],
    make: async ({ administration }) => pick(await message(administration ?? 'own')),
    create: create && (async () => create()),
    update,
  }
}

const KITS: Record<MatrixSlug, Kit> = {
  pages: editorialKit('pages'),
  news: editorialKit('news'),
  documents: editorialKit('documents'),
  services: editorialKit('services'),
  administrations: referenceKit(
    '/api/administrations',
    () => ({ name: `Matrix ${next()}`, summary: 'Matrix', slug: slugged('matrix-administration') }),
    () => ({ summary: `Changed ${next()}` }),
  ),
  missions: referenceKit(
    '/api/missions',
    () => ({ title: `Matrix ${next()}` }),
    () => ({ summary: `Changed ${next()}` }),
  ),
  themes: referenceKit(
    '/api/themes',
    () => ({ name: `Matrix ${next()}`, slug: slugged('matrix-theme') }),
    () => ({ name: `Changed ${next()}` }),
  ),
  audiences: referenceKit(
    '/api/audiences',
    () => ({ name: `Matrix ${next()}`, slug: slugged('matrix-audience') }),
    () => ({ name: `Changed ${next()}` }),
  ),
  'plan-versions': editorialKit('plan-versions'),
  'contact-topics': referenceKit(
    '/api/contact-topics',
    () => ({ label: `Matrix ${next()}`, administration: fixture.administration.other }),
    () => ({ label: `Changed ${next()}` }),
  ),
  media: {
    variants: [{}],
    make: async () =>
      (
        await made(
          '/api/media?locale=nl',
          await upload({ alt: 'Matrix' }, { name: `m${next()}.png`, bytes: await FILES.png(), type: 'image/png' }),
        )
      ).id,
    create: async () => upload({ alt: 'Matrix' }, { name: `m${next()}.png`, bytes: await FILES.png(), type: 'image/png' }),
    update: () => ({ alt: `Changed ${next()}` }),
  },
  'document-files': {
    variants: [{}],
    make: async () =>
      (
        await made(
          '/api/document-files',
          await upload({ language: 'nl' }, { name: `d${next()}.pdf`, bytes: await pdf(), type: 'application/pdf' }),
        )
      ).id,
    create: async () => upload({ language: 'nl' }, { name: `d${next()}.pdf`, bytes: await pdf(), type: 'application/pdf' }),
    update: () => ({ language: 'nl' }),
  },
  'slug-redirects': {
    variants: [{}],
    // A redirect is made by publishing a page again under another slug.
    make: async () => {
      const n = next()
      const page = await made('/api/pages?locale=nl', { title: `Matrix ${n}`, slug: `matrix-moved-${n}`, _status: 'published' })
      const moved = await admin(`/api/pages/${page.id}?locale=nl`, {
        method: 'PATCH',
        body: send({ slug: `matrix-moved-${n}-new`, _status: 'published' }),
      })
      assert.equal(moved.status, 200)
      const found = await json<{ docs: Doc[] }>(await admin(`/api/slug-redirects?where[fromPath][equals]=/nl/matrix-moved-${n}&depth=0`))
      assert.ok(found.docs[0], 'a redirect to try')
      return found.docs[0].id
    },
    create: async () => ({ fromPath: `/nl/forged-${next()}`, collection: 'pages', document: '1', language: 'nl' }),
    update: () => ({ fromPath: `/nl/rewritten-${next()}` }),
  },
  'approval-requests': {
    variants: [{}],
    // One request, made before the rows are walked (below): nobody may delete it, so it is never used up.
    make: async () => {
      assert.ok(approvalRequest !== undefined, 'the request made before the walk')
      return approvalRequest
    },
    // Nobody creates one through the API: a whole body, so that it is access (not the schema) that refuses.
    create: async () => ({
      title: `Matrix ${next()}`,
      targetCollection: 'pages',
      targetId: '1',
      state: 'submitted',
      requestedBy: accounts.editor,
    }),
    update: () => ({ note: `Changed ${next()}` }),
  },
  'preview-links': {
    variants: [{}],
    make: async () => {
      const page = await made('/api/pages?locale=nl&draft=true', { title: `Matrix ${next()}`, _status: 'draft' })
      return (await made('/api/preview-links', { label: 'Matrix', document: { relationTo: 'pages', value: page.id }, language: 'nl' })).id
    },
    create: async () => {
      const page = await made('/api/pages?locale=nl&draft=true', { title: `Matrix ${next()}`, _status: 'draft' })
      // expiresAt is given: GraphQL's create input requires it even though the server has a default.
      const expiresAt = new Date(Date.now() + 86_400_000).toISOString()
      return { label: `Matrix ${next()}`, document: { relationTo: 'pages', value: page.id }, language: 'nl', expiresAt }
    },
    update: () => ({ label: `Changed ${next()}` }),
  },
  'search-synonyms': referenceKit(
    '/api/search-synonyms',
    () => ({ terms: `Matrix${next()}, Matrice${next()}` }),
    () => ({ note: `Changed ${next()}` }),
  ),
  'search-best-bets': referenceKit(
    '/api/search-best-bets',
    () => ({ query: `matrix${next()}`, language: 'nl', results: [{ relationTo: 'administrations', value: fixture.administration.own }] }),
    () => ({ query: `changed${next()}` }),
  ),
  'plan-items': {
    variants: [{ version: 'published' }, { version: 'draft' }],
    make: async ({ version }) =>
      (
        await made(
          '/api/plan-items?locale=nl',
          version === 'draft'
            ? { level: 'pillar', code: String(next()), planVersion: fixture.draftVersion.id, title: 'Matrix' }
            : { level: 'measure', code: `${fixture.worksite.code}.${100 + next()}`, parent: fixture.worksite.id, title: 'Matrix' },
        )
      ).id,
    create: async () => ({
      level: 'measure',
      code: `${fixture.worksite.code}.${100 + next()}`,
      parent: fixture.worksite.id,
      title: 'Matrix',
    }),
    update: () => ({ description: `Changed ${next()}` }),
  },
  partners: referenceKit(
    '/api/partners',
    () => ({ name: `Matrix ${next()}`, kind: 'public', slug: slugged('matrix-partner') }),
    () => ({ description: `Changed ${next()}` }),
  ),
  'progress-reports': {
    variants: [
      { organisation: 'own', workflow: 'draft' },
      { organisation: 'own', workflow: 'submitted' },
      { organisation: 'own', workflow: 'sent-back' },
      { organisation: 'own', workflow: 'validated' },
      { organisation: 'other', workflow: 'draft' },
      { organisation: 'other', workflow: 'validated' },
      { organisation: 'own', workflow: 'validated', version: 'draft' },
    ],
    make: async (facts) => (await made('/api/progress-reports?locale=nl', reportBody(facts))).id,
    create: async () => reportBody({ organisation: 'own', workflow: 'draft' }),
    update: () => ({ account: `Changed ${next()}` }),
  },
  'reporting-rounds': referenceKit(
    '/api/reporting-rounds',
    () => {
      // A period of its own for each round, far from the reports this walk writes.
      const year = 2100 + next()
      return {
        planVersion: fixture.planVersion,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        deadline: `${year + 1}-02-15`,
        // GraphQL asks every required field, defaults included.
        scope: 'all',
        state: 'open',
      }
    },
    () => ({ deadline: `${2300 + next()}-03-01` }),
  ),
  corrections: {
    variants: [{ version: 'published' }, { version: 'draft' }],
    make: async (facts) => (await made('/api/corrections', await correctionBody(facts))).id,
    create: async () => correctionBody({ version: 'published' }),
    update: () => ({ reason: { nl: `Gewijzigd ${next()}`, fr: `Modifié ${next()}`, en: `Changed ${next()}` } }),
  },
  'lineage-links': {
    variants: [{ version: 'published' }, { version: 'draft' }],
    make: async (facts) => (await made('/api/lineage-links', lineageBody(facts))).id,
    create: async () => lineageBody({ version: 'published' }),
    update: () => ({ reason: { en: `Changed ${next()}` } }),
  },
  indicators: referenceKit(
    '/api/indicators',
    () => ({
      title: `Matrix ${next()}`,
      objective: fixture.objective,
      unit: 'percent',
      direction: 'higher',
      source: 'Matrix',
      baseline: { value: 1, date: '2020-01-01' },
      target: { value: 2, date: '2030-01-01' },
      slug: slugged('matrix-indicator'),
    }),
    () => ({ description: `Changed ${next()}` }),
  ),
  'indicator-observations': referenceKit(
    '/api/indicator-observations',
    () => ({ indicator: fixture.indicator, date: new Date(Date.UTC(2040, 0, next())).toISOString(), value: 1 }),
    () => ({ note: `Changed ${next()}` }),
  ),
  'social-summits': (() => {
    let year = 2039
    return referenceKit(
      '/api/social-summits',
      () => {
        year += 1
        return { year, date: `${year}-06-15`, title: `Matrix ${year}`, planVersion: fixture.planVersion, summary: 'Matrix' }
      },
      () => ({ participants: `Changed ${next()}` }),
    )
  })(),
  'contact-messages': contactKit(
    async (doc) => doc.id,
    () => ({ note: `Matrix ${next()}` }),
    // Only the public form writes messages: a well-formed one, so a refusal is the matrix's, not validation's.
    () => ({
      reference: `GOB-2099-${String(next()).padStart(6, '0')}`,
      status: 'new',
      administration: fixture.administration.own,
      name: 'Matrix',
      email: 'matrix@example.be',
      language: 'nl',
      message: 'Matrix',
    }),
  ),
  'standard-replies': {
    variants: [{ administration: 'own' }, { administration: 'other' }],
    make: async ({ administration }) => (await made('/api/standard-replies', standardReply(administration ?? 'own'))).id,
    create: async () => standardReply('own'),
    update: () => ({ text: `Changed ${next()}` }),
  },
  'email-outbox': contactKit(
    async (doc) => {
      const emails = await json<{ docs: Doc[] }>(await admin(`/api/email-outbox?where[message][equals]=${doc.id}&depth=0`))
      return emails.docs[0]!.id
    },
    () => ({ lastError: 'rewritten' }),
    () => ({ key: `matrix-${next()}`, kind: 'answer', to: 'matrix@example.be', subject: 'Matrix', text: 'Matrix', status: 'queued' }),
  ),
  'contact-attachments': contactKit(
    async (doc) => idOf((doc.attachments as unknown[])[0]),
    () => ({ originalName: 'renamed.pdf' }),
  ),
  'contact-deletions': {
    variants: [],
    create: async () => ({ closedBefore: '2020-01-01', messages: 0, attachments: 0, emails: 0 }),
    update: () => ({ messages: 1 }),
  },
  // Written by the results page in SQL only: nothing to read until someone searches, and nobody may write one over the API.
  'search-query-counts': {
    variants: [],
    create: async () => ({ day: '2026-01-01', language: 'nl', queryKey: `matrix${next()}`, sample: 'matrix', searches: 1, zeroResults: 0 }),
    update: () => ({ searches: 2 }),
  },
  // Written by the round's spreadsheet endpoints only (their tests: tests/integration/round-sheet.test.ts).
  'round-imports': {
    variants: [],
    create: async () => ({ round: 1, owner: 1, expiresAt: '2100-01-01T00:00:00.000Z', state: 'pending' }),
    update: () => ({ fileName: `changed-${next()}.csv` }),
  },
  'contact-counters': { variants: [], create: async () => ({ series: `matrix-${next()}`, value: 0 }), update: () => ({ value: 1 }) },
  'page-feedback': {
    variants: [{ administration: 'own' }, { administration: 'other' }],
    make: async ({ administration }) => feedback(administration ?? 'own'),
    create: async () => ({ path: '/nl/', language: 'nl', answer: 'yes' }),
    update: () => ({ comment: `Changed ${next()}` }),
  },
  // Written by the public follow pages only (their own tests: tests/integration/follow.test.ts): nobody may write one over the API.
  'follow-subscribers': {
    variants: [],
    create: async () => ({ email: `matrix-${next()}@example.be`, language: 'nl' }),
    update: () => ({ language: 'fr' }),
  },
  'follow-subscriptions': {
    variants: [],
    create: async () => ({ subscriber: 1, subject: 'all-news', frequency: 'daily' }),
    update: () => ({ frequency: 'weekly' }),
  },
  'follow-pending-digests': {
    variants: [],
    create: async () => ({
      subscriber: 1,
      subscription: 1,
      change: next(),
      frequency: 'daily',
      kind: 'first-publish',
      title: 'Matrix',
      at: '2026-01-01T00:00:00.000Z',
    }),
    update: () => ({ title: `Changed ${next()}` }),
  },
  'follow-alerted-changes': {
    variants: [],
    create: async () => ({ change: 100_000 + next() }),
    update: () => ({ change: 200_000 + next() }),
  },
  users: {
    variants: [{ owner: 'self' }, { owner: 'someone' }],
    make: async () => (await made('/api/users', { email: `someone-${next()}@matrix.test`, password: PASSWORD, roles: ['editor'] })).id,
    create: async () => ({ email: `created-${next()}@matrix.test`, password: PASSWORD, roles: ['editor'] }),
    update: () => ({ name: `Changed ${next()}` }),
  },
  'content-changes': {
    variants: [{}],
    // A row is written by publishing: a page published for the first time leaves one per language it has.
    make: async () => {
      const n = next()
      const page = await made('/api/pages?locale=nl', { title: `Matrix ${n}`, slug: `matrix-history-${n}`, _status: 'published' })
      const rows = await json<{ docs: Doc[] }>(await admin(`/api/content-changes?where[subjectKey][equals]=page:${page.id}&depth=0`))
      assert.ok(rows.docs[0], 'a change row to try')
      return rows.docs[0].id
    },
    create: async () => ({
      subjectKey: 'page:1',
      language: 'nl',
      kind: 'major',
      note: 'forged',
      path: '/nl/x',
      at: new Date().toISOString(),
    }),
    update: () => ({ note: 'rewritten' }),
  },
  'audit-events': {
    variants: [{}],
    make: async () => {
      const events = await json<{ docs: Doc[] }>(await admin('/api/audit-events?limit=1&depth=0'))
      assert.ok(events.docs[0], 'an audit event to try')
      return events.docs[0].id
    },
    create: async () => ({ action: 'publish', outcome: 'success', detail: 'forged' }),
    update: () => ({ detail: 'rewritten' }),
  },
  home: { variants: [], update: () => ({}) },
  navigation: { variants: [], update: () => ({}) },
  // GraphQL wants a global's required shared fields in every update: sent as they are.
  'site-settings': { variants: [], update: () => ({ contactReferencePrefix: fixture.referencePrefix }) },
}

// ---------------------------------------------------------------------------------------------
// What the matrix expects

/** Whether a cell lets this subject act on a document with these facts: the conditions' meaning, written independently of their implementation. */
function expected(cell: Cell | undefined, facts: Facts, subject: Subject): boolean {
  if (cell === undefined) return false
  if (cell === 'yes') return true
  const own = facts.organisation === 'own'
  const byCondition: Record<ConditionName, boolean> = {
    published: facts.published !== false,
    'localized-text': true,
    'own-account': facts.owner === 'self' && subject !== 'visitor',
    'own-administrations': facts.administration === 'own',
    'own-organisations': own,
    'own-open-reports': own && (facts.workflow === 'draft' || facts.workflow === 'sent-back'),
    'own-draft-reports': own && facts.workflow === 'draft',
    'for-own-organisations': true,
    validated: facts.workflow === 'validated',
    'in-published-version': facts.version !== 'draft',
    'validated-in-published-version': facts.workflow === 'validated' && facts.version !== 'draft',
    'not-validated': facts.workflow !== 'validated',
  }
  return byCondition[cell]
}

// ---------------------------------------------------------------------------------------------
// Documents to try the cells on

const samples = new Map<string, Promise<Id>>()
const key = (slug: string, facts: Facts) => `${slug} ${JSON.stringify(facts)}`

/** The shared document of this kind (made once); an account's own is the subject's. */
function sample(slug: MatrixSlug, facts: Facts, subject: Subject): Promise<Id> | undefined {
  if (facts.owner === 'self') return accounts[subject] === undefined ? undefined : Promise.resolve(accounts[subject]!)
  const kit = KITS[slug]
  if (!kit.make) return undefined
  const k = key(slug, facts)
  if (!samples.has(k)) samples.set(k, kit.make(facts))
  return samples.get(k)
}

/** A document of this kind of its own, for an action that changes or removes it. */
function fresh(slug: MatrixSlug, facts: Facts): Promise<Id> | undefined {
  if (facts.owner === 'self') return undefined
  return KITS[slug].make?.(facts)
}

/** When a document was made: with its id, who it is (SQLite gives a deleted row's id to the next one made). */
async function birth(slug: MatrixSlug, id: Id): Promise<string | undefined> {
  const response = await admin(`/api/${slug}/${id}?depth=0&draft=true`)
  return response.status === 200 ? String((await json<Doc>(response)).createdAt) : undefined
}

// ---------------------------------------------------------------------------------------------
// GraphQL: names as Payload gives them (its schema is not introspectable in production)

const GLOBAL_NAMES: Record<string, string> = { home: 'Home', navigation: 'Navigation', 'site-settings': 'SiteSetting' }
const names = (slug: MatrixSlug) => {
  const { singular, plural } = formatNames(slug)
  return { one: singular, many: singular === plural ? `all${singular}` : plural }
}

interface Outcome {
  status: number
  text: string
}

async function graphql(client: Client, operation: string, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const response = await client('/api/graphql', { method: 'POST', body: JSON.stringify({ query, variables }) })
  const body = await json<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }>(
    response,
  )
  const error = body.errors?.[0]
  if (error) return { status: error.extensions?.statusCode ?? 500, text: error.message }
  return body.data?.[operation] ? { status: 200, text: '' } : { status: 404, text: 'null' }
}

/** A mutation whose `data` is sent as a variable of the input type Payload names for it. */
function mutate(
  client: Client,
  operation: string,
  inputType: string,
  data: Record<string, unknown>,
  args: string,
  fields = 'id',
): Promise<Outcome> {
  const query = `mutation($data: ${inputType}!) { ${operation}(data: $data${args ? `, ${args}` : ''}) { ${fields} } }`
  return graphql(client, operation, query, { data })
}

// ---------------------------------------------------------------------------------------------
// Trying the cells

const allowed = (status: number) => status >= 200 && status < 300
const refused = (status: number) => status === 401 || status === 403 || status === 404

async function rest(client: Client, path: string, init: RequestInit = {}): Promise<Outcome> {
  const response = await client(path, init)
  return { status: response.status, text: allowed(response.status) ? '' : (await response.text()).slice(0, 200) }
}

class Walk {
  readonly problems: string[] = []
  constructor(readonly slug: MatrixSlug) {}

  judge(subject: Subject, action: string, door: 'REST' | 'GraphQL', should: boolean, outcome: Outcome, what = ''): boolean {
    const ok = should ? allowed(outcome.status) : refused(outcome.status)
    if (!ok) {
      const wanted = should ? 'allowed' : 'refused'
      this.problems.push(
        `${this.slug} · ${subject} · ${action}${what ? ` ${what}` : ''} (${door}): expected ${wanted}, got ${outcome.status} ${outcome.text}`,
      )
    }
    return ok
  }

  note(problem: string): void {
    this.problems.push(`${this.slug} · ${problem}`)
  }
}

const EVERY_SUBJECT = <T>(run: (subject: Subject) => Promise<T>) => Promise.all(SUBJECTS.map(run))
const hasDrafts = (row: MatrixRow) => row.publishing !== undefined
const isUpload = (slug: MatrixSlug) => slug === 'media' || slug === 'document-files'

async function tryRead(walk: Walk, row: MatrixRow): Promise<void> {
  const { slug } = walk
  const kit = KITS[slug]
  const { one, many } = names(slug)
  await EVERY_SUBJECT(async (subject) => {
    const client = clients[subject]
    const cell = cellOf(slug, subject, 'read')
    if (row.kind === 'global') {
      const should = expected(cell, {}, subject)
      walk.judge(subject, 'read', 'REST', should, await rest(client, `/api/globals/${slug}?locale=nl&depth=0`))
      const name = GLOBAL_NAMES[slug]!
      walk.judge(subject, 'read', 'GraphQL', should, await graphql(client, name, `{ ${name}(locale: nl) { updatedAt } }`))
      return
    }
    walk.judge(subject, 'read', 'REST', cell !== undefined, await rest(client, `/api/${slug}?limit=1&depth=0`), 'the list')
    walk.judge(
      subject,
      'read',
      'GraphQL',
      cell !== undefined,
      await graphql(client, many, `{ ${many}(limit: 1) { totalDocs } }`),
      'the list',
    )
    for (const facts of kit.variants) {
      const id = await sample(slug, facts, subject)
      if (id === undefined) continue
      const should = expected(cell, facts, subject)
      const what = JSON.stringify(facts)
      walk.judge(subject, 'read', 'REST', should, await rest(client, `/api/${slug}/${id}?locale=nl&depth=0`), what)
      walk.judge(subject, 'read', 'GraphQL', should, await graphql(client, one, `{ ${one}(id: ${id}, locale: nl) { id } }`), what)
    }
  })
}

async function tryCreate(walk: Walk): Promise<void> {
  const { slug } = walk
  const kit = KITS[slug]
  const { one } = names(slug)
  await EVERY_SUBJECT(async (subject) => {
    const client = clients[subject]
    const should = expected(cellOf(slug, subject, 'create'), {}, subject)
    if (should && !kit.create) return walk.note(`${subject} may create, but the test has no document to create with`)
    const body = (await kit.create?.(subject)) ?? {}
    walk.judge(subject, 'create', 'REST', should, await rest(client, `/api/${slug}?locale=nl`, { method: 'POST', body: send(body) }))
    // Payload's GraphQL cannot carry a file: uploads are created over REST only.
    if (isUpload(slug)) return
    const data = (await kit.create?.(subject)) ?? {}
    walk.judge(
      subject,
      'create',
      'GraphQL',
      should,
      await mutate(client, `create${one}`, `mutation${one}Input`, data as Record<string, unknown>, 'locale: nl'),
    )
  })
}

async function tryUpdate(walk: Walk, row: MatrixRow): Promise<void> {
  const { slug } = walk
  const kit = KITS[slug]
  const { one } = names(slug)
  const draft = hasDrafts(row)
  await EVERY_SUBJECT(async (subject) => {
    const client = clients[subject]
    const cell = cellOf(slug, subject, 'update')
    if (row.kind === 'global') {
      const should = expected(cell, {}, subject)
      await oneAtATime(`global ${slug}`, async () => {
        const body = kit.update()
        walk.judge(
          subject,
          'update',
          'REST',
          should,
          await rest(client, `/api/globals/${slug}?locale=nl`, { method: 'POST', body: JSON.stringify(body) }),
        )
        const name = GLOBAL_NAMES[slug]!
        walk.judge(
          subject,
          'update',
          'GraphQL',
          should,
          await mutate(client, `update${name}`, `mutation${name}Input`, body, 'locale: nl', 'updatedAt'),
        )
      })
      return
    }
    // Without documents (nobody may write these), a made-up id: refused before it is looked up.
    const targets =
      kit.variants.length === 0
        ? [{ facts: {}, id: Promise.resolve(999_999) }]
        : kit.variants.map((facts) => ({ facts, id: sample(slug, facts, subject) }))
    for (const target of targets) {
      const id = await target.id
      if (id === undefined) continue
      const should = expected(cell, target.facts, subject)
      const what = JSON.stringify(target.facts)
      const query = `locale=nl${draft ? '&draft=true' : ''}`
      const args = `id: ${id}, locale: nl${draft ? ', draft: true' : ''}`
      await oneAtATime(`${slug} ${id}`, async () => {
        walk.judge(
          subject,
          'update',
          'REST',
          should,
          await rest(client, `/api/${slug}/${id}?${query}`, { method: 'PATCH', body: JSON.stringify(kit.update()) }),
          what,
        )
        walk.judge(
          subject,
          'update',
          'GraphQL',
          should,
          await mutate(client, `update${one}`, `mutation${one}UpdateInput`, kit.update(), args),
          what,
        )
      })
    }
  })
}

async function tryDelete(walk: Walk): Promise<void> {
  const { slug } = walk
  const kit = KITS[slug]
  const { one } = names(slug)
  await EVERY_SUBJECT(async (subject) => {
    const client = clients[subject]
    const cell = cellOf(slug, subject, 'delete')
    const variants = kit.variants.length === 0 ? [undefined] : kit.variants
    for (const facts of variants) {
      const should = facts ? expected(cell, facts, subject) : false
      const what = facts ? JSON.stringify(facts) : ''
      for (const door of ['REST', 'GraphQL'] as const) {
        const id = await (should ? fresh(slug, facts!) : facts ? sample(slug, facts, subject) : Promise.resolve(999_999))
        if (id === undefined) continue
        const born = facts ? await birth(slug, id) : undefined
        const outcome =
          door === 'REST'
            ? await rest(client, `/api/${slug}/${id}`, { method: 'DELETE' })
            : await graphql(client, `delete${one}`, `mutation { delete${one}(id: ${id}) { id } }`)
        if (!walk.judge(subject, 'delete', door, should, outcome, what)) continue
        const there = born !== undefined && (await birth(slug, id)) === born
        if (facts && there === should)
          walk.note(
            `${subject} · delete ${what} (${door}): answered ${outcome.status}, yet the document is ${should ? 'still there' : 'gone'}`,
          )
      }
    }
  })
}

/**
 * Publish, unpublish, restore: on a document of its own when allowed, on the shared one when
 * refused, which must then be as it was (a restore always on one of its own: setting up its second
 * version changes the document).
 */
async function tryPublishing(walk: Walk, action: Extract<Action, 'publish' | 'unpublish' | 'restore-version'>): Promise<void> {
  const { slug } = walk
  const { one } = names(slug)
  const startsPublished = action !== 'publish'
  await EVERY_SUBJECT(async (subject) => {
    const client = clients[subject]
    const should = cellOf(slug, subject, action) === 'yes'
    for (const door of ['REST', 'GraphQL'] as const) {
      const own = should || action === 'restore-version'
      const id = (await (own ? fresh(slug, { published: startsPublished }) : sample(slug, { published: startsPublished }, subject)))!
      let outcome: Outcome
      if (action === 'restore-version') {
        const title = `Second ${next()}`
        await admin(`/api/${slug}/${id}?locale=nl`, { method: 'PATCH', body: JSON.stringify({ title, _status: 'published' }) })
        const versions = await json<{ docs: Doc[] }>(
          await admin(`/api/${slug}/versions?where[parent][equals]=${id}&sort=createdAt&limit=1&depth=0`),
        )
        const first = versions.docs[0]!.id
        outcome =
          door === 'REST'
            ? await rest(client, `/api/${slug}/versions/${first}`, { method: 'POST' })
            : await graphql(client, `restoreVersion${one}`, `mutation { restoreVersion${one}(id: ${first}) { id } }`)
        if (walk.judge(subject, action, door, should, outcome) && !should) {
          const now = await json<Doc>(await admin(`/api/${slug}/${id}?locale=nl&draft=true&depth=0`))
          if (now.title !== title) walk.note(`${subject} · restore-version (${door}): refused, yet the document changed`)
        }
        continue
      }
      const status = action === 'publish' ? 'published' : 'draft'
      // Pages, news and documents are unpublished with a reason (src/changes); the others have no such field.
      const why = action === 'unpublish' && isNoted(slug) ? { unpublishReason: 'outdated' } : {}
      outcome =
        door === 'REST'
          ? await rest(client, `/api/${slug}/${id}?locale=nl`, { method: 'PATCH', body: JSON.stringify({ _status: status, ...why }) })
          : await mutate(client, `update${one}`, `mutation${one}UpdateInput`, { _status: status, ...why }, `id: ${id}, locale: nl`)
      if (walk.judge(subject, action, door, should, outcome)) {
        const live = allowed((await anonymous(`/api/${slug}/${id}?locale=nl&depth=0`)).status)
        if (live !== (should ? action === 'publish' : startsPublished))
          walk.note(`${subject} · ${action} (${door}): answered ${outcome.status}, yet visitors ${live ? 'see' : 'miss'} it`)
      }
    }
  })
}

async function walkRow(slug: MatrixSlug): Promise<string[]> {
  const walk = new Walk(slug)
  const row: MatrixRow = MATRIX[slug]
  const actions = actionsOf(row)
  await tryRead(walk, row)
  if (actions.includes('create')) await tryCreate(walk)
  await tryUpdate(walk, row)
  if (actions.includes('delete')) await tryDelete(walk)
  for (const action of ['publish', 'unpublish', 'restore-version'] as const) if (actions.includes(action)) await tryPublishing(walk, action)
  return walk.problems
}

// ---------------------------------------------------------------------------------------------

async function signIn(subject: Exclude<Subject, 'visitor' | 'admin'>, data: Record<string, unknown>): Promise<void> {
  const email = `${subject}@matrix.test`
  const user = await made('/api/users', { email, password: PASSWORD, roles: [subject], ...data })
  accounts[subject] = user.id
  clients[subject] = limited(await adminSession(server.url, email, PASSWORD))
}

before(
  async () => {
    server = await startTestServer({ env: { STAFF_2FA: 'optional', CONTACT_RATE_LIMIT: '10000' } })
    admin = limited(await adminSession(server.url))
    clients.admin = admin
    clients.visitor = limited(anonymous)
    const me = await json<{ user: Doc }>(await admin('/api/users/me'))
    accounts.admin = me.user.id

    // Two subjects of the form answered by two administrations: the handler's own and another.
    const topics = await json<{ docs: Doc[] }>(await admin('/api/contact-topics?limit=100&depth=0'))
    const first = topics.docs[0]!
    const second = topics.docs.find((topic) => idOf(topic.administration) !== idOf(first.administration))!
    fixture.topic = { own: String(first.id), other: String(second.id) }
    fixture.administration = { own: idOf(first.administration), other: idOf(second.administration) }

    // Two organisations, each with a measure it carries out and the other does not.
    const measures = await json<{ docs: Doc[] }>(await admin('/api/plan-items?where[level][equals]=measure&limit=500&depth=0&sort=code'))
    const carriers = (m: Doc) => ((m.partners as { partner: unknown }[] | undefined) ?? []).map((row) => idOf(row.partner))
    const own = measures.docs.find((m) => carriers(m).length > 0)!
    fixture.organisation.own = carriers(own)[0]!
    const other = measures.docs.find((m) => carriers(m).length > 0 && !carriers(m).includes(fixture.organisation.own))!
    fixture.organisation.other = carriers(other)[0]!
    fixture.measure = { own: own.id, other: other.id }
    const worksite = await json<Doc>(await admin(`/api/plan-items/${idOf(own.parent)}?depth=0`))
    fixture.worksite = { id: worksite.id, code: String(worksite.code) }
    fixture.objective = idOf(worksite.parent)
    fixture.planVersion = idOf(worksite.planVersion)
    // The next version being prepared: a draft, with a measure the own organisation carries out.
    const draftVersion = await made('/api/plan-versions?locale=nl&draft=true', {
      year: 2031,
      title: 'Matrix draft version',
      summary: 'Matrix',
      _status: 'draft',
    })
    let parent: Doc | undefined
    for (const [level, code] of [
      ['pillar', '1'],
      ['objective', '1.1'],
      ['worksite', '1.1.1'],
      ['measure', '1.1.1.1'],
    ] as const) {
      parent = await made('/api/plan-items?locale=nl', {
        level,
        code,
        title: `Matrix ${code}`,
        planVersion: draftVersion.id,
        ...(parent ? { parent: parent.id } : {}),
        ...(level === 'measure' ? { partners: [{ partner: fixture.organisation.own, role: 'lead' }] } : {}),
      })
    }
    fixture.draftVersion = { id: draftVersion.id, measure: parent!.id }
    fixture.indicator = (await json<{ docs: Doc[] }>(await admin('/api/indicators?limit=1&depth=0'))).docs[0]!.id
    fixture.referencePrefix = String((await json<Doc>(await admin('/api/globals/site-settings?depth=0'))).contactReferencePrefix)

    // An approval request, made through its step with four eyes on for pages for that moment only:
    // before the rows are walked, since the other rows publish pages meanwhile.
    const draft = await made('/api/pages?locale=nl&draft=true', { title: 'Matrix approval', _status: 'draft' })
    const fourEyes = async (on: boolean) => {
      const set = await admin('/api/globals/site-settings', { method: 'POST', body: send({ approvalRequiredFor: on ? ['pages'] : [] }) })
      assert.equal(set.status, 200, await set.clone().text())
    }
    await fourEyes(true)
    try {
      const submitted = await admin('/api/approval-requests/step', {
        method: 'POST',
        body: send({ collection: 'pages', id: draft.id, step: 'submit' }),
      })
      assert.equal(submitted.status, 200, await submitted.clone().text())
    } finally {
      await fourEyes(false)
    }
    const found = await json<{ docs: Doc[] }>(await admin(`/api/approval-requests?where[targetId][equals]=${draft.id}&depth=0`))
    approvalRequest = found.docs[0]?.id

    await Promise.all([
      signIn('editor', {}),
      signIn('translator', {}),
      signIn('contact-handler', { administrations: [fixture.administration.own] }),
      signIn('follow-up', {}),
      signIn('evaluator', {}),
      signIn('partner', { partners: [fixture.organisation.own] }),
    ])
  },
  { timeout: 600_000 },
)
after(() => server?.stop())

// Rows are independent (each makes its own documents): four at a time keeps the file within a few minutes.
describe('the role matrix, cell by cell, over REST and GraphQL', { concurrency: 4 }, () => {
  it('has a row for every collection and global the API offers (the server refuses to start without one for each of its own)', async () => {
    const access = await json<{ collections?: Record<string, unknown>; globals?: Record<string, unknown> }>(await admin('/api/access'))
    const offered = [...Object.keys(access.collections ?? {}), ...Object.keys(access.globals ?? {})].filter(
      (slug) => !slug.startsWith('payload-'),
    )
    assert.deepEqual(
      offered.filter((slug) => !(slug in MATRIX)),
      [],
    )
  })

  for (const slug of Object.keys(MATRIX) as MatrixSlug[]) {
    it(`${slug}: every subject × action`, { timeout: 600_000 }, async () => {
      assert.deepEqual(await walkRow(slug), [])
    })
  }
})

/** A value to hide in each field a row names in `fieldReads` (a row naming a field without one fails the test). */
const HIDDEN_VALUES: Record<string, () => unknown> = {
  'administrations.notificationEmail': () => `hidden-${next()}@matrix.test`,
}

/**
 * Fields only some subjects read (the rows' `fieldReads`): a document is given a value there, and
 * every subject reads it over REST (one document, a list) and GraphQL, and queries on it; whoever
 * the row does not name gets the document without the field and learns nothing by querying it.
 */
describe('fields only some subjects read', () => {
  const fields = (Object.entries(MATRIX) as [MatrixSlug, MatrixRow][]).flatMap(([slug, row]) =>
    Object.entries(row.fieldReads ?? {}).map(([field, readers]) => ({ slug, field, readers })),
  )
  for (const { slug, field, readers } of fields) {
    it(`${slug}.${field}: read and queried by whom the matrix says`, { timeout: 300_000 }, async () => {
      const value = HIDDEN_VALUES[`${slug}.${field}`]?.()
      assert.ok(value !== undefined, `a value to hide in ${slug}.${field} (HIDDEN_VALUES)`)
      const id = await KITS[slug].make!({})
      const set = await admin(`/api/${slug}/${id}?locale=nl`, { method: 'PATCH', body: JSON.stringify({ [field]: value }) })
      assert.equal(set.status, 200, await set.clone().text())
      const { one } = names(slug)
      const problems: string[] = []
      await EVERY_SUBJECT(async (subject) => {
        const client = clients[subject]
        if (cellOf(slug, subject, 'read') === undefined) return
        const reads = readers.includes(subject)
        const shows = (seen: unknown, door: string) => {
          const ok = reads ? seen === value : seen === undefined || seen === null
          if (!ok) problems.push(`${subject} · ${door}: expected ${reads ? 'the value' : 'nothing'}, got ${JSON.stringify(seen)}`)
        }
        shows((await json<Doc>(await client(`/api/${slug}/${id}?depth=0`)))[field], 'REST, the document')
        const listed = await json<{ docs: Doc[] }>(await client(`/api/${slug}?where[id][equals]=${id}&depth=0`))
        shows(listed.docs[0]?.[field], 'REST, the list')
        const answer = await json<{ data?: Record<string, Doc | null> }>(
          await client('/api/graphql', { method: 'POST', body: JSON.stringify({ query: `{ ${one}(id: ${id}) { ${field} } }` }) }),
        )
        shows(answer.data?.[one]?.[field], 'GraphQL')
        // A query on the field must not tell its value: with the true value and a wrong one, the same answer.
        const query = async (guess: unknown) => {
          const response = await client(
            `/api/${slug}?where[and][0][id][equals]=${id}&where[and][1][${field}][equals]=${encodeURIComponent(String(guess))}&depth=0`,
          )
          return response.status === 200 ? `${(await json<{ totalDocs: number }>(response)).totalDocs} found` : `status ${response.status}`
        }
        const [right, wrong] = [await query(value), await query(`not-${String(value)}`)]
        if (reads && right !== '1 found') problems.push(`${subject} · a query on the field: ${right}`)
        if (!reads && right !== wrong) problems.push(`${subject} · a query on the field tells its value: ${right} against ${wrong}`)
      })
      assert.deepEqual(problems, [])
    })
  }
})

/**
 * The round's spreadsheet endpoints (the reporting-rounds and round-imports rows' rules): the
 * follow-up cell and admins download and send the whole round, a partner its own organisations'
 * measures only, nobody else; a dry run is confirmed by its uploader only.
 */
describe('the round’s spreadsheet, subject by subject', () => {
  const MAY_USE: readonly Subject[] = ['admin', 'follow-up', 'partner']
  let round: Id

  before(async () => {
    const year = 2400 + next()
    const created = await json<{ doc: Doc }>(
      await admin('/api/reporting-rounds', {
        method: 'POST',
        body: JSON.stringify({
          planVersion: fixture.planVersion,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          deadline: `${year + 1}-02-15`,
          scope: 'measures',
          measures: [fixture.measure.own, fixture.measure.other],
        }),
      }),
    )
    round = created.doc.id
  })

  const upload = (subject: Subject, csv: string) => {
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'round.csv')
    return clients[subject](`/api/reporting-rounds/${round}/sheet`, { method: 'POST', body: form })
  }

  it('download, upload and confirm answer whom the matrix says', { timeout: 300_000 }, async () => {
    let adminsImport: Id | undefined
    for (const subject of SUBJECTS) {
      const download = await clients[subject](`/api/reporting-rounds/${round}/sheet.csv`)
      const expected = subject === 'visitor' ? 401 : MAY_USE.includes(subject) ? 200 : 403
      assert.equal(download.status, expected, `${subject}: download`)
      const xlsx = await clients[subject](`/api/reporting-rounds/${round}/sheet.xlsx`)
      assert.equal(xlsx.status, expected, `${subject}: XLSX download`)
      if (download.status !== 200) {
        const refused = await upload(subject, 'round_id,measure_id\n')
        assert.equal(refused.status, expected, `${subject}: upload`)
        continue
      }
      const text = (await download.text()).replace(/^\uFEFF/, '')
      const organisations = text
        .trim()
        .split('\r\n')
        .slice(2)
        .map((line) => Number(line.split(',')[3]))
      if (subject === 'partner')
        assert.ok(
          organisations.every((id) => id === fixture.organisation.own),
          'a partner’s own organisation only',
        )
      else assert.ok(organisations.includes(fixture.organisation.other), `${subject}: the whole round`)
      const checked = await upload(subject, text)
      assert.equal(checked.status, 200, `${subject}: upload`)
      const body = await json<{ import: Id; changes: unknown[] }>(checked)
      assert.deepEqual(body.changes, [], 'the file sent back unchanged changes nothing')
      if (subject === 'admin') adminsImport = body.import
      else {
        const confirmed = await clients[subject](`/api/round-imports/${body.import}/confirm`, { method: 'POST' })
        assert.equal(confirmed.status, 200, `${subject}: confirms its own`)
      }
    }
    assert.ok(adminsImport)
    for (const subject of SUBJECTS.filter((s) => s !== 'admin')) {
      const confirmed = await clients[subject](`/api/round-imports/${adminsImport}/confirm`, { method: 'POST' })
      assert.equal(confirmed.status, subject === 'visitor' ? 401 : 403, `${subject}: confirms someone else’s`)
    }
    assert.equal((await admin(`/api/round-imports/${adminsImport}/confirm`, { method: 'POST' })).status, 200)
  })
})
