/**
 * Reporting rounds (src/tracker/rounds): what each partner owes in a round and in which state, a
 * closed round's period refusing changes, and the daily reminders (one email per person per day,
 * in their language, none to whoever owes nothing).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Payload, ValidationError } from 'payload'
import type { EmailOutbox, Partner, PlanItem, PlanVersion, ProgressReport, ReportingRound, User } from '@/payload-types'
import { relationId } from '@/relation-id'
import { completeness } from '@/tracker/rounds/completeness'
import { roundObligations } from '@/tracker/rounds/obligations'
import { buildRounds } from '@/tracker/open-data/rounds'
import { queueRoundReminders } from '@/tracker/rounds/reminders'
import { lastEndedPeriod, openScheduledRound } from '@/tracker/rounds/schedule'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let cell: User
let ours: Partner
let theirs: Partner
let quiet: Partner
let oursNl: User
let oursFr: User
let theirsUser: User
let quietUser: User
let version: PlanVersion
let reminderVersion: PlanVersion
const measures: Record<string, PlanItem> = {}
const pillars: Record<string, PlanItem> = {}

async function createUser(email: string, roles: User['roles'], extra: Partial<User> = {}): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles, ...extra }, overrideAccess: true })
}

async function rejectedFields(write: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await write
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map((e) => ({ path: e.path, message: e.message }))
    throw error
  }
  assert.fail('the write was accepted')
}

const partnerOf = (name: string, slug: string) =>
  payload.create({ collection: 'partners', locale: 'nl', data: { name, slug, kind: 'public' }, overrideAccess: true })

async function plan(planVersion: PlanVersion, rows: { code: string; partners: PlanItem['partners'] }[]): Promise<void> {
  const item = (data: Partial<PlanItem> & Pick<PlanItem, 'level' | 'code'>) =>
    payload.create({
      collection: 'plan-items',
      locale: 'nl',
      data: { title: `Onderdeel ${data.code}`, planVersion: planVersion.id, ...data } as PlanItem,
      overrideAccess: true,
    })
  const made = new Map<string, PlanItem>()
  const once = async (level: 'pillar' | 'objective' | 'worksite', code: string, parent?: PlanItem): Promise<PlanItem> => {
    const known = made.get(code)
    if (known) return known
    const created = await item({ level, code, ...(parent ? { parent: parent.id } : {}) })
    made.set(code, created)
    if (level === 'pillar') pillars[`${planVersion.id}:${code}`] = created
    return created
  }
  for (const { code, partners } of rows) {
    const [p, o, w] = code.split('.')
    const pillar = await once('pillar', `${p}`)
    const objective = await once('objective', `${p}.${o}`, pillar)
    const worksite = await once('worksite', `${p}.${o}.${w}`, objective)
    measures[`${planVersion.id}:${code}`] = await item({ level: 'measure', code, parent: worksite.id, partners })
  }
}

const openRound = (planVersion: PlanVersion, data: Partial<ReportingRound> = {}, user: User = cell) =>
  payload.create({
    collection: 'reporting-rounds',
    data: {
      planVersion: planVersion.id,
      periodStart: '2026-01-01T00:00:00.000Z',
      periodEnd: '2026-06-30T00:00:00.000Z',
      deadline: '2026-07-31T00:00:00.000Z',
      scope: 'all',
      ...data,
    } as ReportingRound,
    user,
    overrideAccess: false,
  })

function report(
  measure: PlanItem,
  partner: Partner,
  user: User,
  workflow: 'draft' | 'submitted' = 'submitted',
  period = ['2026-01-01', '2026-06-30'],
) {
  return payload.create({
    collection: 'progress-reports',
    locale: 'nl',
    data: {
      measure: measure.id,
      partner: partner.id,
      periodStart: `${period[0]}T00:00:00.000Z`,
      periodEnd: `${period[1]}T00:00:00.000Z`,
      status: 'on-track',
      percent: 30,
      account: 'Het werk loopt.',
      workflow,
    },
    user,
    overrideAccess: false,
  })
}

const step = (r: ProgressReport, data: Partial<ProgressReport>, user: User = cell) =>
  payload.update({ collection: 'progress-reports', id: r.id, data, user, overrideAccess: false })

const outbox = async (): Promise<EmailOutbox[]> =>
  (
    await payload.find({
      collection: 'email-outbox',
      where: { kind: { equals: 'round-reminder' } },
      pagination: false,
      overrideAccess: true,
      sort: 'id',
    })
  ).docs

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  cell = await createUser('cell@example.test', ['follow-up'])
  ours = await partnerOf('Onze organisatie', 'onze')
  theirs = await partnerOf('Andere organisatie', 'andere')
  quiet = await partnerOf('Stipte organisatie', 'stipt')
  oursNl = await createUser('ons-nl@example.test', ['partner'], { partners: [ours.id], language: 'nl', name: 'An' })
  oursFr = await createUser('nous-fr@example.test', ['partner'], { partners: [ours.id], language: 'fr', name: 'Anne' })
  theirsUser = await createUser('andere@example.test', ['partner'], { partners: [theirs.id], language: 'en' })
  quietUser = await createUser('stipt@example.test', ['partner'], { partners: [quiet.id], language: 'fr' })
  const planVersion = (year: number) =>
    payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year, title: `Strategie ${year}`, summary: 'De strategie.', _status: 'published' },
      overrideAccess: true,
    })
  reminderVersion = await planVersion(2020)
  version = await planVersion(2021)
  await plan(reminderVersion, [
    { code: '1.1.1.1', partners: [{ partner: ours.id, role: 'lead' }] },
    { code: '1.1.2.1', partners: [{ partner: quiet.id, role: 'lead' }] },
  ])
  await plan(version, [
    { code: '1.1.1.1', partners: [{ partner: ours.id, role: 'lead' }] },
    { code: '1.1.1.2', partners: [{ partner: ours.id, role: 'lead' }] },
    { code: '2.1.1.1', partners: [{ partner: theirs.id, role: 'lead' }] },
    // A contributor does not report where the measure has a lead.
    {
      code: '2.1.1.2',
      partners: [
        { partner: theirs.id, role: 'lead' },
        { partner: ours.id, role: 'contributor' },
      ],
    },
  ])
})
after(() => instance.close())

const m = (planVersion: PlanVersion, code: string) => measures[`${planVersion.id}:${code}`] as PlanItem

describe('reminders', () => {
  let first: ReportingRound
  it('announce a round to each person of an organisation that owes something, in their language, once a day; none to an organisation that owes nothing', async () => {
    await report(m(reminderVersion, '1.1.2.1'), quiet, quietUser, 'draft', ['2026-01-01', '2026-03-31'])
    const quietReport = (
      await payload.find({ collection: 'progress-reports', where: { partner: { equals: quiet.id } }, overrideAccess: true })
    ).docs[0]
    await step(quietReport as ProgressReport, { workflow: 'submitted' }, quietUser)
    first = await openRound(reminderVersion, {
      periodEnd: '2026-03-31T00:00:00.000Z',
      deadline: '2026-04-30T00:00:00.000Z',
    })
    const queued = await queueRoundReminders(payload, 'https://belfort.example', new Date('2026-04-02T06:00:00.000Z'))
    assert.equal(queued, 2)
    const mails = await outbox()
    assert.deepEqual(mails.map((mail) => mail.to).sort(), ['nous-fr@example.test', 'ons-nl@example.test'])
    const french = mails.find((mail) => mail.to === 'nous-fr@example.test') as EmailOutbox
    assert.equal(french.subject, 'Rapports d’avancement à remettre : 1')
    assert.match(french.text, /1\.1\.1\.1 Onderdeel 1\.1\.1\.1 \(Onze organisatie\) : à rapporter/)
    assert.ok(french.text.includes(`https://belfort.example/admin/round-sheet/${first.id}`), 'a link to the round’s own page')
    const dutch = mails.find((mail) => mail.to === 'ons-nl@example.test') as EmailOutbox
    assert.equal(dutch.subject, 'Voortgangsrapporten te bezorgen: 1')
    assert.ok(!mails.some((mail) => mail.to === quietUser.email), 'the organisation that submitted hears nothing')
    // The same day again: nothing more.
    assert.equal(await queueRoundReminders(payload, 'https://belfort.example', new Date('2026-04-02T15:00:00.000Z')), 0)
    // The next day is no reminder day.
    assert.equal(await queueRoundReminders(payload, 'https://belfort.example', new Date('2026-04-03T06:00:00.000Z')), 0)
  })

  it('gather everything a person owes across rounds into one email on a reminder day', async () => {
    // The second round asks for one measure only: the punctual organisation owes nothing in it either.
    const second = await openRound(reminderVersion, {
      scope: 'measures',
      measures: [m(reminderVersion, '1.1.1.1').id],
      periodStart: '2026-04-01T00:00:00.000Z',
      periodEnd: '2026-06-30T00:00:00.000Z',
      deadline: '2026-07-31T00:00:00.000Z',
    })
    // A week before the first round's deadline, and the second round's opening: one email each.
    const before = (await outbox()).length
    assert.equal(await queueRoundReminders(payload, 'https://belfort.example', new Date('2026-04-23T06:00:00.000Z')), 2)
    const mails = (await outbox()).slice(before)
    assert.equal(mails.length, 2)
    for (const mail of mails) assert.equal((mail.text.match(/^- 1\.1\.1\.1/gm) ?? []).length, 2, mail.text)
    // The day after the first deadline the item is late; a week later still.
    assert.equal(await queueRoundReminders(payload, 'https://belfort.example', new Date('2026-05-01T06:00:00.000Z')), 2)
    const late = (await outbox()).at(-1) as EmailOutbox
    assert.match(late.text, /(te laat|en retard)/)
    assert.equal(await queueRoundReminders(payload, 'https://belfort.example', new Date('2026-05-08T06:00:00.000Z')), 2)
    for (const round of [first, second]) {
      await payload.update({ collection: 'reporting-rounds', id: round.id, data: { state: 'closed' }, user: cell, overrideAccess: false })
    }
    assert.equal(
      await queueRoundReminders(payload, 'https://belfort.example', new Date('2026-05-15T06:00:00.000Z')),
      0,
      'closed rounds remind nobody',
    )
  })
})

describe('what a partner owes in a round', () => {
  let round: ReportingRound
  let returned: ProgressReport
  it('is due until the deadline and late after it, per reporting (lead) organisation', async () => {
    round = await openRound(version)
    const all = await roundObligations(payload, round, { today: '2026-07-31' })
    assert.deepEqual(
      all.map((o) => [o.measure.code, o.partner, o.state]),
      [
        ['1.1.1.1', ours.id, 'due'],
        ['1.1.1.2', ours.id, 'due'],
        ['2.1.1.1', theirs.id, 'due'],
        ['2.1.1.2', theirs.id, 'due'],
      ],
    )
    const mine = await roundObligations(payload, round, { today: '2026-08-01', partner: ours.id })
    assert.deepEqual(
      mine.map((o) => o.state),
      ['late', 'late'],
    )
  })

  it('is submitted, returned to the partner with the cell’s reason, and validated', async () => {
    const first = await report(m(version, '1.1.1.1'), ours, oursNl)
    const second = await report(m(version, '1.1.1.2'), ours, oursFr)
    await step(first, { workflow: 'validated' })
    returned = await step(second, { workflow: 'sent-back', reviewNote: 'Voeg het aantal opleidingen toe.' })
    const mine = await roundObligations(payload, round, { today: '2026-08-01', partner: ours.id })
    assert.deepEqual(
      mine.map((o) => o.state),
      ['validated', 'returned'],
    )
    assert.equal(mine[1]?.report?.reviewNote, 'Voeg het aantal opleidingen toe.')
    assert.deepEqual(mine[0]?.current, { status: 'on-track', percent: 30, periodEnd: '2026-06-30' })
    // Back with the partner: they may edit and submit it again.
    const again = await step(returned, { percent: 35, workflow: 'submitted' }, oursNl)
    assert.equal(again.workflow, 'submitted')
    returned = await step(again, { workflow: 'sent-back', reviewNote: 'Nog een bewijsstuk, graag.' })
  })

  it('rolls up per partner and pillar for the cell', async () => {
    const rows = completeness(await roundObligations(payload, round, { today: '2026-08-01' }))
    assert.deepEqual(
      rows.map((row) => [row.partner, row.pillarCode, row.measures, row.submittedShare, row.validatedShare, row.oldestLate?.code ?? null]),
      [
        [ours.id, '1', 2, 50, 50, null],
        [theirs.id, '2', 2, 0, 0, '2.1.1.1'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    )
  })

  it('says in the open data, read as a visitor reads, what the cell reads: the reports asked for and those validated', async () => {
    const obligations = await roundObligations(payload, round, { today: '2026-08-01' })
    const dataset = await buildRounds(payload)
    const published = (dataset.rows as { id: number; measures: number; validated: number }[]).find((row) => row.id === round.id)
    assert.deepEqual(
      { measures: published?.measures, validated: published?.validated },
      { measures: obligations.length, validated: obligations.filter((o) => o.state === 'validated').length },
    )
    assert.equal(published?.validated, 1, 'the validated report counts, the one sent back does not')
  })

  it('covers the chosen pillars or measures only, and refuses a choice of none', async () => {
    const pillarTwo = pillars[`${version.id}:2`] as PlanItem
    const byPillar = await openRound(version, {
      scope: 'pillars',
      pillars: [pillarTwo.id],
      periodStart: '2025-01-01T00:00:00.000Z',
      periodEnd: '2025-12-31T00:00:00.000Z',
    })
    assert.deepEqual(
      (await roundObligations(payload, byPillar)).map((o) => o.measure.code),
      ['2.1.1.1', '2.1.1.2'],
    )
    const chosen = await openRound(version, {
      scope: 'measures',
      measures: [m(version, '1.1.1.2').id],
      periodStart: '2025-01-01T00:00:00.000Z',
      periodEnd: '2025-12-31T00:00:00.000Z',
    })
    assert.deepEqual(
      (await roundObligations(payload, chosen)).map((o) => o.measure.code),
      ['1.1.1.2'],
    )
    const none = await rejectedFields(openRound(version, { scope: 'pillars', pillars: [] }))
    assert.deepEqual(
      none.map((e) => e.path),
      ['pillars'],
    )
    const closed = (r: ReportingRound) =>
      payload.update({ collection: 'reporting-rounds', id: r.id, data: { state: 'closed' }, user: cell, overrideAccess: false })
    await closed(byPillar)
    await closed(chosen)
  })

  it('a partner may not open, change or close a round', async () => {
    await assert.rejects(openRound(version, {}, oursNl), (error: Error & { status?: number }) => error.status === 403)
    await assert.rejects(
      payload.update({ collection: 'reporting-rounds', id: round.id, data: { state: 'closed' }, user: oursNl, overrideAccess: false }),
      (error: Error & { status?: number }) => error.status === 403,
    )
  })

  it('once closed, its period refuses every change, and the round does not open again', async () => {
    await payload.update({ collection: 'reporting-rounds', id: round.id, data: { state: 'closed' }, user: cell, overrideAccess: false })
    const edit = await rejectedFields(step(returned, { percent: 50 }, oursNl))
    assert.deepEqual(
      edit.map((e) => e.path),
      ['periodEnd'],
    )
    assert.match(edit[0]?.message ?? '', /afgesloten/)
    const late = await rejectedFields(report(m(version, '2.1.1.1'), theirs, theirsUser, 'draft'))
    assert.deepEqual(
      late.map((e) => e.path),
      ['periodEnd'],
    )
    assert.equal(
      (await payload.findByID({ collection: 'progress-reports', id: returned.id, overrideAccess: true })).percent,
      35,
      'nothing written',
    )
    // Another period of the same measure is still open.
    await report(m(version, '2.1.1.1'), theirs, theirsUser, 'draft', ['2026-07-01', '2026-12-31'])
    const reopen = await rejectedFields(
      payload.update({ collection: 'reporting-rounds', id: round.id, data: { state: 'open' }, user: cell, overrideAccess: false }),
    )
    assert.deepEqual(
      reopen.map((e) => e.path),
      ['state'],
    )
  })
})

describe('the review of a closed round', () => {
  it('lets the cell validate a report submitted before the close, but not send it back or change it', async () => {
    const period = ['2024-01-01', '2024-06-30']
    const round = await openRound(version, {
      periodStart: `${period[0]}T00:00:00.000Z`,
      periodEnd: `${period[1]}T00:00:00.000Z`,
      deadline: '2024-07-31T00:00:00.000Z',
    })
    const toValidate = await report(m(version, '1.1.1.1'), ours, oursNl, 'submitted', period)
    const toReturn = await report(m(version, '2.1.1.1'), theirs, theirsUser, 'submitted', period)
    await payload.update({ collection: 'reporting-rounds', id: round.id, data: { state: 'closed' }, user: cell, overrideAccess: false })

    // Validating changes nothing the partner wrote.
    const changed = await rejectedFields(step(toValidate, { workflow: 'validated', percent: 90 }))
    assert.deepEqual(
      changed.map((e) => e.path),
      ['periodEnd'],
    )
    const validated = await step(toValidate, { workflow: 'validated', reviewNote: 'In orde.' })
    assert.equal(validated.workflow, 'validated')
    assert.ok(validated.validatedAt)
    const [row] = await roundObligations(payload, round, { partner: ours.id, today: '2024-08-01' })
    assert.equal(row?.state, 'validated')

    // A partner could not answer a returned report any more: the cell is told so.
    const sentBack = await rejectedFields(step(toReturn, { workflow: 'sent-back', reviewNote: 'Voeg een bewijsstuk toe.' }))
    assert.deepEqual(
      sentBack.map((e) => e.path),
      ['workflow'],
    )
    assert.match(sentBack[0]?.message ?? '', /niet teruggestuurd/)
    assert.equal(
      (await payload.findByID({ collection: 'progress-reports', id: toReturn.id, overrideAccess: true })).workflow,
      'submitted',
      'nothing written',
    )
  })
})

describe('the schedule', () => {
  it('opens the round of the half-year or year just over, once', async () => {
    assert.deepEqual(lastEndedPeriod('half-yearly', '2027-07-01'), { start: '2027-01-01', end: '2027-06-30' })
    assert.deepEqual(lastEndedPeriod('half-yearly', '2027-03-10'), { start: '2026-07-01', end: '2026-12-31' })
    assert.deepEqual(lastEndedPeriod('yearly', '2027-03-10'), { start: '2026-01-01', end: '2026-12-31' })
    assert.equal(await openScheduledRound(payload, 'off', new Date('2027-01-02T08:00:00.000Z')), undefined)
    const opened = await openScheduledRound(payload, 'yearly', new Date('2027-01-02T08:00:00.000Z'))
    assert.equal(relationId(opened?.planVersion), version.id)
    assert.equal(opened?.deadline.slice(0, 10), '2027-02-14')
    assert.equal(await openScheduledRound(payload, 'yearly', new Date('2027-01-03T08:00:00.000Z')), undefined)
  })
})
