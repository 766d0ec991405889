/**
 * Corrections (src/tracker/corrections): what was public changes only by a correction that keeps the
 * old value beside the new, says why, by whom and when, and applies in one transaction.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Payload, ValidationError } from 'payload'
import type { Correction, Indicator, IndicatorObservation, Partner, PlanItem, PlanVersion, ProgressReport, User } from '@/payload-types'
import { buildDataset, datasetOf } from '@/tracker/open-data/registry'
import { loadPlan } from '@/tracker/plan'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let admin: User
let cell: User
let evaluator: User
let editor: User
let partnerUser: User
let version: PlanVersion
let draftVersion: PlanVersion
let ours: Partner
let measure: PlanItem
let draftMeasure: PlanItem
let objective: PlanItem
let indicator: Indicator

const REASON = {
  nl: 'Het rapport telde een opleiding twee keer.',
  fr: 'Le rapport comptait une formation deux fois.',
  en: 'The report counted one training course twice.',
}

async function createUser(email: string, roles: User['roles'], extra: Partial<User> = {}): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles, ...extra }, overrideAccess: true })
}

async function rejectedFields(write: Promise<unknown>): Promise<string[]> {
  try {
    await write
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map((e) => e.path)
    throw error
  }
  assert.fail('the write was accepted')
}

async function isForbidden(write: Promise<unknown>): Promise<void> {
  await assert.rejects(write, (error: Error & { status?: number }) => error.status === 403 || error.status === 404)
}

async function validatedReport(on: PlanItem = measure, percent = 40): Promise<ProgressReport> {
  const submitted = await payload.create({
    collection: 'progress-reports',
    locale: 'nl',
    data: {
      measure: on.id,
      partner: ours.id,
      periodStart: '2026-01-01T00:00:00.000Z',
      periodEnd: '2026-06-30T00:00:00.000Z',
      status: 'on-track',
      percent,
      account: 'Het werk loopt.',
      workflow: 'submitted',
    },
    // A partner does not see a draft version's measures: the cell reports on those.
    user: on === draftMeasure ? cell : partnerUser,
    overrideAccess: false,
  })
  return payload.update({
    collection: 'progress-reports',
    id: submitted.id,
    data: { workflow: 'validated' },
    user: cell,
    overrideAccess: false,
  })
}

function finalValue(value: number, date: string, provisional = false): Promise<IndicatorObservation> {
  return payload.create({
    collection: 'indicator-observations',
    data: { indicator: indicator.id, date, value, provisional },
    user: evaluator,
    overrideAccess: false,
  })
}

function correct(data: Partial<Correction>, user: User | undefined = cell): Promise<Correction> {
  return payload.create({
    collection: 'corrections',
    data: { subject: 'report', reason: REASON, ...data } as Correction,
    user,
    overrideAccess: user === undefined,
  })
}

const reportNow = async (id: number) => payload.findByID({ collection: 'progress-reports', id, overrideAccess: true, depth: 0 })
const countCorrections = async () => (await payload.count({ collection: 'corrections', overrideAccess: true })).totalDocs

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  admin = await createUser('admin@example.test', ['admin'])
  cell = await createUser('cell@example.test', ['follow-up'])
  evaluator = await createUser('bisa@example.test', ['evaluator'])
  editor = await createUser('editor@example.test', ['editor'])
  const plan = (year: number, status: 'published' | 'draft') =>
    payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year, title: `Strategie ${year}`, summary: 'De strategie.', _status: status },
      overrideAccess: true,
    })
  version = await plan(2021, 'published')
  draftVersion = await plan(2027, 'draft')
  ours = await payload.create({
    collection: 'partners',
    locale: 'nl',
    data: { name: 'Onze organisatie', slug: 'onze', kind: 'public' },
    overrideAccess: true,
  })
  partnerUser = await createUser('partner@example.test', ['partner'], { partners: [ours.id] })
  const item = (data: Partial<PlanItem> & Pick<PlanItem, 'level' | 'code'>, planVersion = version) =>
    payload.create({
      collection: 'plan-items',
      locale: 'nl',
      data: { title: `Onderdeel ${data.code}`, planVersion: planVersion.id, ...data } as PlanItem,
      overrideAccess: true,
    })
  const pillar = await item({ level: 'pillar', code: '1' })
  objective = await item({ level: 'objective', code: '1.1', parent: pillar.id })
  const worksite = await item({ level: 'worksite', code: '1.1.1', parent: objective.id })
  measure = await item({ level: 'measure', code: '1.1.1.1', parent: worksite.id, partners: [{ partner: ours.id, role: 'lead' }] })
  const draftPillar = await item({ level: 'pillar', code: '1' }, draftVersion)
  const draftObjective = await item({ level: 'objective', code: '1.1', parent: draftPillar.id }, draftVersion)
  const draftWorksite = await item({ level: 'worksite', code: '1.1.1', parent: draftObjective.id }, draftVersion)
  draftMeasure = await item(
    { level: 'measure', code: '1.1.1.1', parent: draftWorksite.id, partners: [{ partner: ours.id, role: 'lead' }] },
    draftVersion,
  )
  indicator = await payload.create({
    collection: 'indicators',
    locale: 'nl',
    data: {
      title: 'Werkzaamheidsgraad',
      slug: 'werkzaamheidsgraad',
      objective: objective.id,
      unit: 'percent',
      direction: 'higher',
      source: 'BISA',
      baseline: { value: 60, date: '2019-01-01T00:00:00.000Z' },
      target: { value: 70, date: '2030-01-01T00:00:00.000Z' },
    },
    overrideAccess: true,
  })
})
after(() => instance.close())

describe('what was public is not edited', () => {
  it('a validated report is deleted by nobody, the admin included; a report not yet validated still is', async () => {
    const report = await validatedReport()
    for (const user of [admin, cell, partnerUser, editor])
      await isForbidden(payload.delete({ collection: 'progress-reports', id: report.id, user, overrideAccess: false }))
    assert.equal((await reportNow(report.id)).workflow, 'validated')
    const draft = await payload.create({
      collection: 'progress-reports',
      locale: 'nl',
      data: {
        measure: measure.id,
        partner: ours.id,
        periodStart: '2026-07-01T00:00:00.000Z',
        periodEnd: '2026-12-31T00:00:00.000Z',
        status: 'on-track',
        percent: 45,
        account: 'Nog niet ingediend.',
        workflow: 'draft',
      },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'progress-reports', id: draft.id, user: admin, overrideAccess: false })
  })

  it('a validated report refuses a plain edit of its values from every role and from the server itself; nothing is written', async () => {
    const report = await validatedReport()
    const edit = (user: User | undefined) =>
      payload.update({ collection: 'progress-reports', id: report.id, data: { percent: 90 }, user, overrideAccess: user === undefined })
    // The cell and the admin may not update a validated report at all (the role matrix); the partner never could.
    await isForbidden(edit(admin))
    await isForbidden(edit(cell))
    await isForbidden(edit(partnerUser))
    await isForbidden(edit(editor))
    // Past access control (a script, a job), the workflow still refuses it, naming the field.
    assert.deepEqual(await rejectedFields(edit(undefined)), ['percent'])
    assert.deepEqual(
      await rejectedFields(
        payload.update({ collection: 'progress-reports', id: report.id, data: { workflow: 'draft' }, overrideAccess: true }),
      ),
      ['workflow'],
    )
    const stored = await reportNow(report.id)
    assert.equal(stored.percent, 40)
    assert.equal(stored.workflow, 'validated')
  })

  it('a final indicator value refuses a plain edit of its value; a provisional one is revised, and a note may be added to either', async () => {
    const final = await finalValue(63, '2024-01-01T00:00:00.000Z')
    const provisional = await finalValue(64, '2025-01-01T00:00:00.000Z', true)
    const edit = (id: number, data: Partial<IndicatorObservation>, user: User) =>
      payload.update({ collection: 'indicator-observations', id, data, user, overrideAccess: false })
    assert.deepEqual(await rejectedFields(edit(final.id, { value: 65 }, evaluator)), ['value'])
    assert.deepEqual(await rejectedFields(edit(final.id, { value: 65 }, cell)), ['value'])
    assert.deepEqual(await rejectedFields(edit(final.id, { provisional: true }, admin)), ['provisional'])
    assert.equal((await edit(final.id, { note: 'Bron: EAK.' }, evaluator)).value, 63)
    assert.equal((await edit(provisional.id, { value: 64.5 }, evaluator)).value, 64.5)
    assert.equal((await edit(provisional.id, { provisional: false }, evaluator)).provisional, false)
    assert.deepEqual(await rejectedFields(edit(provisional.id, { value: 66 }, evaluator)), ['value'])
  })
})

describe('recording a correction', () => {
  it('the cell corrects a validated report: the new values apply, the old ones are kept with why, who and when, and the roll-up follows', async () => {
    const report = await validatedReport(measure, 80)
    const correction = await correct({ report: report.id, newPercent: 55, newStatus: 'late' })
    assert.equal(correction.oldPercent, 80)
    assert.equal(correction.oldStatus, 'on-track')
    assert.equal(correction.newPercent, 55)
    assert.equal(correction.newStatus, 'late')
    assert.deepEqual(correction.reason, REASON)
    assert.equal(typeof correction.correctedAt, 'string')
    assert.equal(typeof correction.correctedBy === 'object' ? correction.correctedBy?.id : correction.correctedBy, cell.id)
    assert.equal(typeof correction.planVersion === 'object' ? correction.planVersion?.id : correction.planVersion, version.id)
    const stored = await reportNow(report.id)
    assert.equal(stored.percent, 55)
    assert.equal(stored.status, 'late')
    assert.equal(stored.workflow, 'validated', 'still validated, still public')
    const plan = await loadPlan(payload, version, { locale: 'nl' })
    const entry = plan.byCode.get('1.1.1.1')
    assert.equal(entry?.latest?.percent, 55, 'the measure shows the corrected figure')
  })

  it('an admin corrects a final indicator value; the value changes and the old one is kept', async () => {
    const final = await finalValue(61, '2023-01-01T00:00:00.000Z')
    const correction = await correct({ subject: 'observation', observation: final.id, newValue: 61.4 }, admin)
    assert.equal(correction.oldValue, 61)
    assert.equal(correction.newValue, 61.4)
    const stored = await payload.findByID({ collection: 'indicator-observations', id: final.id, overrideAccess: true })
    assert.equal(stored.value, 61.4)
  })

  it('is one transaction: a reason missing in one language refuses the correction and leaves the report as it was', async () => {
    const report = await validatedReport(measure, 30)
    const corrections = await countCorrections()
    const fields = await rejectedFields(correct({ report: report.id, newPercent: 35, reason: { ...REASON, fr: '' } }))
    assert.deepEqual(fields, ['reason.fr'])
    assert.equal((await reportNow(report.id)).percent, 30, 'the new value was rolled back with the correction')
    assert.equal(await countCorrections(), corrections)
  })

  it('refuses what is not a correction (bad input), naming the field and storing nothing', async () => {
    const corrections = await countCorrections()
    const submitted = await payload.create({
      collection: 'progress-reports',
      locale: 'nl',
      data: {
        measure: measure.id,
        partner: ours.id,
        periodStart: '2026-07-01T00:00:00.000Z',
        periodEnd: '2026-09-30T00:00:00.000Z',
        status: 'on-track',
        percent: 10,
        account: 'Nog niet gevalideerd.',
        workflow: 'submitted',
      },
      user: partnerUser,
      overrideAccess: false,
    })
    assert.deepEqual(await rejectedFields(correct({ report: submitted.id, newPercent: 20 })), ['report'])
    const report = await validatedReport(measure, 45)
    assert.deepEqual(await rejectedFields(correct({ report: report.id, newPercent: 45 })), ['newPercent'])
    assert.deepEqual(await rejectedFields(correct({ report: report.id, newPercent: 140 })), ['newPercent'])
    const provisional = await finalValue(50, '2022-01-01T00:00:00.000Z', true)
    assert.deepEqual(await rejectedFields(correct({ subject: 'observation', observation: provisional.id, newValue: 51 })), ['observation'])
    assert.equal(await countCorrections(), corrections)
    assert.equal((await reportNow(submitted.id)).percent, 10)
  })
})

describe('who may record, read and change corrections', () => {
  it('only the cell and admins record one; nobody edits or deletes one, not even past access control', async () => {
    const report = await validatedReport(measure, 70)
    for (const user of [partnerUser, evaluator, editor]) await isForbidden(correct({ report: report.id, newPercent: 71 }, user))
    assert.equal((await reportNow(report.id)).percent, 70)
    const correction = await correct({ report: report.id, newPercent: 72 })
    for (const user of [admin, cell]) {
      await isForbidden(
        payload.update({ collection: 'corrections', id: correction.id, data: { newPercent: 10 }, user, overrideAccess: false }),
      )
      await isForbidden(payload.delete({ collection: 'corrections', id: correction.id, user, overrideAccess: false }))
    }
    assert.deepEqual(
      await rejectedFields(
        payload.update({ collection: 'corrections', id: correction.id, data: { newPercent: 10 }, overrideAccess: true }),
      ),
      ['reason'],
    )
    assert.equal((await reportNow(report.id)).percent, 72)
  })

  it('visitors and other roles read the corrections of published versions, without who made them; the cell reads who', async () => {
    const published = await correct({ report: (await validatedReport(measure, 12)).id, newPercent: 13 })
    const hidden = await correct({ report: (await validatedReport(draftMeasure, 12)).id, newPercent: 13 })
    for (const user of [undefined, partnerUser, evaluator, editor]) {
      const found = await payload.find({ collection: 'corrections', user, overrideAccess: false, depth: 0, pagination: false })
      const ids = found.docs.map((doc) => doc.id)
      assert.ok(ids.includes(published.id), `${user?.email ?? 'visitor'} reads the public correction`)
      assert.ok(!ids.includes(hidden.id), `${user?.email ?? 'visitor'} does not read a draft version’s`)
      assert.ok(
        found.docs.every((doc) => doc.correctedBy === undefined),
        'who corrected is the cell’s to know',
      )
    }
    const own = await payload.findByID({ collection: 'corrections', id: hidden.id, user: cell, overrideAccess: false, depth: 0 })
    assert.equal(own.correctedBy, cell.id)
  })
})

describe('open data', () => {
  it('the corrections dataset carries the old and the new values, the reason in three languages and the date', async () => {
    const report = await validatedReport(measure, 66)
    const correction = await correct({ report: report.id, newPercent: 60 })
    const dataset = await buildDataset(datasetOf('corrections'), payload, 'https://example.test', undefined)
    const row = (dataset!.rows as Record<string, unknown>[]).find((r) => r.id === correction.id)
    assert.ok(row, 'the correction is published')
    assert.equal(row.oldPercent, 66)
    assert.equal(row.newPercent, 60)
    assert.equal(row.reportId, report.id)
    assert.equal(row.measureCode, '1.1.1.1')
    assert.equal(row.planYear, 2021)
    assert.deepEqual(row.reason, REASON)
    assert.ok(!('correctedBy' in row))
    const reports = await buildDataset(datasetOf('reports'), payload, 'https://example.test', undefined)
    const corrected = (reports!.rows as Record<string, unknown>[]).find((r) => r.id === report.id)
    assert.equal(corrected?.percent, 60, 'the reports carry the corrected value')
    assert.equal(typeof corrected?.correctedAt, 'string', 'and say it was corrected')
  })
})
