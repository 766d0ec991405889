import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Payload, ValidationError, type Where } from 'payload'
import type { Partner, PlanItem, PlanVersion, ProgressReport, SocialSummit, User } from '@/payload-types'
import { stepCellOf } from '@/access/matrix'
import { stepsFrom } from '@/tracker/collections/report-workflow'
import { loadPlan } from '@/tracker/plan'
import { snapshotOf } from '@/tracker/snapshot'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let cell: User
let evaluator: User
let editor: User
let partnerUser: User
let otherPartnerUser: User
let version: PlanVersion
let previousVersion: PlanVersion
let ours: Partner
let theirs: Partner
let pillar: PlanItem
let objective: PlanItem
let worksite: PlanItem
/** Carried out by our organisation (lead) and theirs. */
let shared: PlanItem
/** Carried out by theirs only. */
let foreign: PlanItem

const PERIOD = { periodStart: '2026-01-01T00:00:00.000Z', periodEnd: '2026-06-30T00:00:00.000Z' }

async function createUser(email: string, roles: User['roles'], extra: Partial<User> = {}): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles, ...extra }, overrideAccess: true })
}

/** The field paths a rejected write named. */
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

function item(data: Partial<PlanItem> & Pick<PlanItem, 'level' | 'code'>): Promise<PlanItem> {
  return payload.create({
    collection: 'plan-items',
    locale: 'nl',
    data: { title: `Onderdeel ${data.code}`, planVersion: version.id, ...data } as PlanItem,
    user: cell,
    overrideAccess: false,
  })
}

function report(data: Partial<ProgressReport>, user: User | undefined = cell): Promise<ProgressReport> {
  return payload.create({
    collection: 'progress-reports',
    locale: 'nl',
    data: {
      measure: shared.id,
      partner: ours.id,
      ...PERIOD,
      status: 'on-track',
      percent: 40,
      account: 'Het werk loopt.',
      ...data,
    } as ProgressReport,
    user,
    overrideAccess: false,
  })
}

/** Submitted by the measure's partner, then validated by the cell: the only way a report becomes public. */
async function validatedReport(data: Partial<ProgressReport>): Promise<ProgressReport> {
  const submitted = await report({ ...data, workflow: 'submitted' })
  return payload.update({
    collection: 'progress-reports',
    id: submitted.id,
    data: { workflow: 'validated' },
    user: cell,
    overrideAccess: false,
  })
}

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  cell = await createUser('cell@example.test', ['follow-up'])
  evaluator = await createUser('bisa@example.test', ['evaluator'])
  editor = await createUser('editor@example.test', ['editor'])
  previousVersion = await payload.create({
    collection: 'plan-versions',
    locale: 'nl',
    data: { year: 2020, title: 'Vorige strategie', summary: 'De vorige.', _status: 'published' },
    overrideAccess: true,
  })
  version = await payload.create({
    collection: 'plan-versions',
    locale: 'nl',
    data: { year: 2021, title: 'Huidige strategie', summary: 'De huidige.', predecessor: previousVersion.id, _status: 'published' },
    overrideAccess: true,
  })
  ours = await payload.create({
    collection: 'partners',
    locale: 'nl',
    data: { name: 'Onze organisatie', slug: 'onze', kind: 'public' },
    user: cell,
    overrideAccess: false,
  })
  theirs = await payload.create({
    collection: 'partners',
    locale: 'nl',
    data: { name: 'Andere organisatie', slug: 'andere', kind: 'private' },
    user: cell,
    overrideAccess: false,
  })
  partnerUser = await createUser('partner@example.test', ['partner'], { partners: [ours.id] })
  otherPartnerUser = await createUser('other-partner@example.test', ['partner'], { partners: [theirs.id] })
  pillar = await item({ level: 'pillar', code: '1' })
  objective = await item({ level: 'objective', code: '1.1', parent: pillar.id })
  // An objective without measures: the roll-up must give it no figure rather than 0 %.
  await item({ level: 'objective', code: '1.2', parent: pillar.id })
  worksite = await item({ level: 'worksite', code: '1.1.1', parent: objective.id })
  shared = await item({
    level: 'measure',
    code: '1.1.1.1',
    parent: worksite.id,
    partners: [
      { partner: ours.id, role: 'lead' },
      { partner: theirs.id, role: 'contributor' },
    ],
  })
  foreign = await item({ level: 'measure', code: '1.1.1.2', parent: worksite.id, partners: [{ partner: theirs.id, role: 'lead' }] })
})
after(() => instance.close())

describe('plan structure', () => {
  it('a child takes its parent’s version, whatever it was sent', async () => {
    const child = await item({ level: 'measure', code: '1.1.1.9', parent: worksite.id, planVersion: previousVersion.id })
    assert.equal(typeof child.planVersion === 'object' ? child.planVersion.id : child.planVersion, version.id)
    await payload.delete({ collection: 'plan-items', id: child.id, overrideAccess: true })
  })

  it('refuses a parent of the wrong level, a code that does not continue the parent’s, and a code used twice', async () => {
    assert.deepEqual(await rejectedFields(item({ level: 'measure', code: '1.1.3', parent: objective.id })), ['parent'])
    assert.deepEqual(await rejectedFields(item({ level: 'worksite', code: '2.1.1', parent: objective.id })), ['code'])
    assert.deepEqual(await rejectedFields(item({ level: 'objective', code: '1.1', parent: pillar.id })), ['code'])
    assert.deepEqual(await rejectedFields(item({ level: 'pillar', code: '1.4' })), ['code'])
  })

  it('refuses a due date before the start (bad input: date out of order), storing nothing', async () => {
    const before = await payload.count({ collection: 'plan-items', overrideAccess: true })
    const fields = await rejectedFields(
      item({
        level: 'measure',
        code: '1.1.1.5',
        parent: worksite.id,
        startDate: '2026-05-01T00:00:00.000Z',
        dueDate: '2025-05-01T00:00:00.000Z',
      }),
    )
    assert.deepEqual(fields, ['dueDate'])
    assert.equal((await payload.count({ collection: 'plan-items', overrideAccess: true })).totalDocs, before.totalDocs)
  })

  it('only the follow-up cell changes the structure', async () => {
    for (const user of [editor, evaluator, partnerUser]) {
      await isForbidden(
        payload.update({ collection: 'plan-items', id: shared.id, locale: 'nl', data: { title: 'Gekaapt' }, user, overrideAccess: false }),
      )
      await isForbidden(
        payload.create({
          collection: 'plan-items',
          locale: 'nl',
          data: { level: 'pillar', code: '7', title: 'x', planVersion: version.id },
          user,
          overrideAccess: false,
        }),
      )
    }
  })
})

describe('progress reports: partner scoping and workflow', () => {
  it('a partner reports on their own organisation’s measure, submits it, and cannot change it afterwards', async () => {
    const draft = await report({ workflow: 'draft' }, partnerUser)
    assert.equal(draft.workflow, 'draft')
    const submitted = await payload.update({
      collection: 'progress-reports',
      id: draft.id,
      data: { workflow: 'submitted' },
      user: partnerUser,
      overrideAccess: false,
    })
    assert.equal(submitted.workflow, 'submitted')
    assert.ok(submitted.submittedAt)
    await isForbidden(
      payload.update({ collection: 'progress-reports', id: draft.id, data: { percent: 99 }, user: partnerUser, overrideAccess: false }),
    )
    await payload.delete({ collection: 'progress-reports', id: draft.id, overrideAccess: true })
  })

  it('a partner cannot validate their own report', async () => {
    assert.deepEqual(await rejectedFields(report({ workflow: 'validated' }, partnerUser)), ['workflow'])
  })

  it('each workflow step is taken by exactly the roles the role matrix names for it, whatever the state it starts from', async () => {
    const users = { 'follow-up': cell, partner: partnerUser } as const
    const states = { submit: 'draft', 'send-back': 'submitted', validate: 'submitted' } as const
    for (const [step, from] of Object.entries(states) as [keyof typeof states, (typeof states)[keyof typeof states]][]) {
      const to = stepsFrom(from).find((move) => move.step === step)?.to
      assert.ok(to, `${step} leads on from ${from}`)
      for (const [subject, user] of Object.entries(users) as [keyof typeof users, User][]) {
        const start = await report({ workflow: from }, cell)
        const taken: boolean = await payload
          .update({
            collection: 'progress-reports',
            id: start.id,
            data: { workflow: to, reviewNote: step === 'send-back' ? 'Een reden.' : undefined },
            user,
            overrideAccess: false,
          })
          .then(
            (updated) => updated.workflow === to,
            () => false,
          )
        assert.equal(taken, stepCellOf('progress-reports', subject, step) !== undefined, `${subject} ${step}`)
        await payload.delete({ collection: 'progress-reports', id: start.id, overrideAccess: true })
      }
    }
    // Where no move leads (draft to validated, say), nobody but an admin goes, step or not.
    assert.deepEqual(await rejectedFields(report({ workflow: 'validated' }, cell)), ['workflow'])
    assert.deepEqual(await rejectedFields(report({ workflow: 'sent-back', reviewNote: 'x' }, partnerUser)), ['workflow'])
  })

  it('a partner cannot report for another organisation', async () => {
    await isForbidden(report({ partner: theirs.id }, partnerUser))
    await isForbidden(report({ measure: foreign.id, partner: theirs.id }, partnerUser))
  })

  it('a report on someone else’s measure is refused, naming the measure (bad input), storing nothing', async () => {
    const before = await payload.count({ collection: 'progress-reports', overrideAccess: true })
    assert.deepEqual(await rejectedFields(report({ measure: foreign.id }, partnerUser)), ['measure'])
    assert.deepEqual(await rejectedFields(report({ measure: worksite.id }, cell)), ['measure'])
    assert.equal((await payload.count({ collection: 'progress-reports', overrideAccess: true })).totalDocs, before.totalDocs)
  })

  it('a partner sees only their organisation’s reports; others are hidden even by id', async () => {
    const mine = await report({ workflow: 'submitted' }, partnerUser)
    const othersDraft = await report({ partner: theirs.id, workflow: 'draft' }, otherPartnerUser)
    const othersValidated = await report({ partner: theirs.id, workflow: 'submitted' }, otherPartnerUser)
    await payload.update({
      collection: 'progress-reports',
      id: othersValidated.id,
      data: { workflow: 'validated' },
      user: cell,
      overrideAccess: false,
    })
    const seen = await payload.find({ collection: 'progress-reports', user: partnerUser, overrideAccess: false, pagination: false })
    assert.ok(seen.docs.length > 0)
    assert.ok(seen.docs.every((r) => (typeof r.partner === 'object' ? r.partner.id : r.partner) === ours.id))
    await isForbidden(payload.findByID({ collection: 'progress-reports', id: othersDraft.id, user: partnerUser, overrideAccess: false }))
    await isForbidden(
      payload.update({
        collection: 'progress-reports',
        id: othersDraft.id,
        data: { percent: 1 },
        user: partnerUser,
        overrideAccess: false,
      }),
    )
    await isForbidden(payload.delete({ collection: 'progress-reports', id: othersDraft.id, user: partnerUser, overrideAccess: false }))
    const other = await payload.find({ collection: 'progress-reports', user: otherPartnerUser, overrideAccess: false, pagination: false })
    assert.ok(!other.docs.some((r) => r.id === mine.id))
    for (const id of [mine.id, othersDraft.id, othersValidated.id])
      await payload.delete({ collection: 'progress-reports', id, overrideAccess: true })
  })

  it('a partner cannot touch indicators, summits or partners', async () => {
    await isForbidden(
      payload.create({
        collection: 'partners',
        locale: 'nl',
        data: { name: 'x', slug: 'x', kind: 'public' },
        user: partnerUser,
        overrideAccess: false,
      }),
    )
    await isForbidden(
      payload.update({
        collection: 'partners',
        id: theirs.id,
        locale: 'nl',
        data: { name: 'x' },
        user: partnerUser,
        overrideAccess: false,
      }),
    )
    await isForbidden(
      payload.create({
        collection: 'indicators',
        locale: 'nl',
        data: {
          title: 'x',
          slug: 'x',
          objective: objective.id,
          unit: 'percent',
          direction: 'higher',
          source: 'x',
          baseline: { value: 1, date: '2019-01-01' },
          target: { value: 2, date: '2030-01-01' },
        },
        user: partnerUser,
        overrideAccess: false,
      }),
    )
  })

  it('the cell validates or sends back with a reason; only validated reports are public', async () => {
    const submitted = await report({ workflow: 'submitted', percent: 55 }, partnerUser)
    const anonymousBefore = await payload.find({
      collection: 'progress-reports',
      where: { id: { equals: submitted.id } },
      overrideAccess: false,
    })
    assert.equal(anonymousBefore.totalDocs, 0)

    assert.deepEqual(
      await rejectedFields(
        payload.update({
          collection: 'progress-reports',
          id: submitted.id,
          data: { workflow: 'sent-back' },
          user: cell,
          overrideAccess: false,
        }),
      ),
      ['reviewNote'],
    )
    const sentBack = await payload.update({
      collection: 'progress-reports',
      id: submitted.id,
      data: { workflow: 'sent-back', reviewNote: 'Voeg een bewijsstuk toe.' },
      user: cell,
      overrideAccess: false,
    })
    assert.equal(sentBack.workflow, 'sent-back')

    // Back with the partner: they mend and submit again; they cannot write the cell's note.
    const mended = await payload.update({
      collection: 'progress-reports',
      id: submitted.id,
      data: { workflow: 'submitted', evidence: [{ label: 'Verslag', url: 'https://example.org/verslag' }], reviewNote: 'Gewist' },
      user: partnerUser,
      overrideAccess: false,
    })
    assert.equal(mended.workflow, 'submitted')
    assert.equal(mended.reviewNote, 'Voeg een bewijsstuk toe.')

    const validated = await payload.update({
      collection: 'progress-reports',
      id: submitted.id,
      data: { workflow: 'validated' },
      user: cell,
      overrideAccess: false,
    })
    assert.equal(validated.workflow, 'validated')
    assert.ok(validated.validatedAt)
    const anonymousAfter = await payload.find({
      collection: 'progress-reports',
      where: { id: { equals: submitted.id } },
      overrideAccess: false,
    })
    assert.equal(anonymousAfter.totalDocs, 1)
    assert.equal(anonymousAfter.docs[0]?.validatedBy, undefined, 'who validated stays internal')

    // A validated report is public record: the cell cannot rewrite it, send it back or delete it; only an admin can.
    await isForbidden(
      payload.update({
        collection: 'progress-reports',
        id: submitted.id,
        data: { workflow: 'sent-back', reviewNote: 'x' },
        user: cell,
        overrideAccess: false,
      }),
    )
    await isForbidden(
      payload.update({ collection: 'progress-reports', id: submitted.id, data: { percent: 80 }, user: cell, overrideAccess: false }),
    )
    await isForbidden(payload.delete({ collection: 'progress-reports', id: submitted.id, user: cell, overrideAccess: false }))
    await payload.delete({ collection: 'progress-reports', id: submitted.id, overrideAccess: true })
  })

  it('reviewNote is read, searched and sorted on by the cell and the reporting partner only; a partner who is also an editor or an evaluator reaches other organisations’ reports, but not their notes', async () => {
    const secret = 'nagebeld-en-gecontroleerd'
    const submitted = await report({ workflow: 'submitted', percent: 45 }, partnerUser)
    await payload.update({
      collection: 'progress-reports',
      id: submitted.id,
      data: { workflow: 'validated', reviewNote: `Intern: ${secret}.` },
      user: cell,
      overrideAccess: false,
    })
    const found = async (user: User, where: Where) => {
      const result = await payload
        .find({ collection: 'progress-reports', where, sort: 'id', user, overrideAccess: false, depth: 0 })
        .catch((error: Error & { status?: number }) => error)
      if (result instanceof Error) {
        assert.equal(result.status, 400, result.message)
        return []
      }
      return result.docs
    }
    const searches: Where[] = [
      { reviewNote: { like: secret } },
      { reviewNote: { exists: true } },
      { or: [{ reviewNote: { contains: secret } }] },
    ]
    const others: [string, User][] = [
      ['editor', editor],
      ['evaluator', evaluator],
      ['translator', await createUser('translator@example.test', ['translator'])],
      ['contact-handler', await createUser('handler@example.test', ['contact-handler'])],
      ['another organisation’s partner', otherPartnerUser],
      ['their partner and an editor', await createUser('their-editor@example.test', ['partner', 'editor'], { partners: [theirs.id] })],
      [
        'their partner and an evaluator',
        await createUser('their-evaluator@example.test', ['partner', 'evaluator'], { partners: [theirs.id] }),
      ],
    ]
    for (const [who, user] of others) {
      const read = await found(user, { id: { equals: submitted.id } })
      assert.ok(
        read.every((doc) => doc.reviewNote === undefined),
        `${who} reads the note`,
      )
      for (const where of searches) assert.deepEqual(await found(user, where), [], `${who} searches ${JSON.stringify(where)}`)
      // Sorting on the note would order this report by it: refused, unless the report is out of reach anyway.
      const sorted = await payload
        .find({ collection: 'progress-reports', sort: 'reviewNote', user, overrideAccess: false, pagination: false, depth: 0 })
        .catch((error: Error & { status?: number }) => error)
      if (sorted instanceof Error) assert.equal(sorted.status, 400, sorted.message)
      else assert.ok(!sorted.docs.some((doc) => doc.id === submitted.id), `${who} sorts on the note`)
    }
    for (const [who, user] of [
      ['the cell', cell],
      ['the reporting partner', partnerUser],
    ] as const) {
      const [doc] = await found(user, { id: { equals: submitted.id } })
      assert.equal(doc?.reviewNote, `Intern: ${secret}.`, who)
      assert.deepEqual(
        (await found(user, searches[0]!)).map((report) => report.id),
        [submitted.id],
        who,
      )
      await payload.find({ collection: 'progress-reports', sort: 'reviewNote', user, overrideAccess: false })
    }
  })

  it('refuses a percentage outside 0–100 and a period that ends before it starts (bad input), naming the field', async () => {
    const before = await payload.count({ collection: 'progress-reports', overrideAccess: true })
    assert.deepEqual(await rejectedFields(report({ percent: 120 }, partnerUser)), ['percent'])
    assert.deepEqual(await rejectedFields(report({ percent: -5 }, partnerUser)), ['percent'])
    assert.deepEqual(
      await rejectedFields(report({ periodStart: '2026-06-30T00:00:00.000Z', periodEnd: '2026-01-01T00:00:00.000Z' }, partnerUser)),
      ['periodEnd'],
    )
    assert.equal((await payload.count({ collection: 'progress-reports', overrideAccess: true })).totalDocs, before.totalDocs)
  })
})

describe('indicators', () => {
  const indicatorData = (objectiveId: number) => ({
    title: 'Werkzaamheidsgraad',
    slug: 'werkzaamheidsgraad',
    objective: objectiveId,
    unit: 'percent' as const,
    direction: 'higher' as const,
    source: 'BISA',
    baseline: { value: 60, date: '2019-01-01T00:00:00.000Z' },
    target: { value: 70, date: '2030-01-01T00:00:00.000Z' },
  })

  it('an evaluator keeps indicators and their series, and nothing else', async () => {
    assert.deepEqual(
      await rejectedFields(
        payload.create({
          collection: 'indicators',
          locale: 'nl',
          data: indicatorData(worksite.id),
          user: evaluator,
          overrideAccess: false,
        }),
      ),
      ['objective'],
    )
    const indicator = await payload.create({
      collection: 'indicators',
      locale: 'nl',
      data: indicatorData(objective.id),
      user: evaluator,
      overrideAccess: false,
    })
    const observation = await payload.create({
      collection: 'indicator-observations',
      locale: 'nl',
      data: { indicator: indicator.id, date: '2024-01-01T00:00:00.000Z', value: 63 },
      user: evaluator,
      overrideAccess: false,
    })
    assert.equal(observation.unit, 'percent', 'an observation takes its indicator’s unit')
    await payload.update({
      collection: 'indicators',
      id: indicator.id,
      locale: 'nl',
      data: { evaluations: [{ date: '2025-03-01T00:00:00.000Z', author: 'BISA', note: 'Op koers.' }] },
      user: evaluator,
      overrideAccess: false,
    })
    await isForbidden(
      payload.update({
        collection: 'plan-items',
        id: objective.id,
        locale: 'nl',
        data: { title: 'x' },
        user: evaluator,
        overrideAccess: false,
      }),
    )
    await isForbidden(report({}, evaluator))

    // Bad input: a unit that is not the indicator's, a second value for one date, a target before the baseline.
    const before = await payload.count({ collection: 'indicator-observations', overrideAccess: true })
    assert.deepEqual(
      await rejectedFields(
        payload.create({
          collection: 'indicator-observations',
          locale: 'nl',
          data: { indicator: indicator.id, date: '2025-01-01T00:00:00.000Z', value: 120000, unit: 'people' },
          user: evaluator,
          overrideAccess: false,
        }),
      ),
      ['unit'],
    )
    assert.deepEqual(
      await rejectedFields(
        payload.create({
          collection: 'indicator-observations',
          locale: 'nl',
          data: { indicator: indicator.id, date: '2024-01-01T00:00:00.000Z', value: 64 },
          user: evaluator,
          overrideAccess: false,
        }),
      ),
      ['date'],
    )
    assert.equal((await payload.count({ collection: 'indicator-observations', overrideAccess: true })).totalDocs, before.totalDocs)
    const late = { ...indicatorData(objective.id), slug: 'te-laat', target: { value: 70, date: '2018-01-01T00:00:00.000Z' } }
    assert.deepEqual(
      await rejectedFields(payload.create({ collection: 'indicators', locale: 'nl', data: late, user: evaluator, overrideAccess: false })),
      ['target.date'],
    )
  })
})

describe('roll-up and the Social Summit', () => {
  let summit: SocialSummit

  it('rolls validated reports up the tree, leaves stopped measures out of progress and empty branches without a figure', async () => {
    const stopped = await item({ level: 'measure', code: '1.1.1.3', parent: worksite.id, partners: [{ partner: ours.id, role: 'lead' }] })
    await validatedReport({ percent: 40 })
    await validatedReport({ measure: stopped.id, status: 'stopped', percent: 10 })
    // Not validated: must not count.
    await report({
      workflow: 'submitted',
      percent: 100,
      status: 'done',
      periodStart: '2026-07-01T00:00:00.000Z',
      periodEnd: '2026-09-30T00:00:00.000Z',
    })
    const plan = await loadPlan(payload, version, { locale: 'nl' })
    const site = plan.byCode.get('1.1.1')
    assert.ok(site)
    // shared 40 %, foreign not started 0 %, stopped left out: (40 + 0) / 2.
    assert.equal(site.rollup.progress, 20)
    assert.equal(site.rollup.counts['on-track'], 1)
    assert.equal(site.rollup.counts['not-started'], 1)
    assert.equal(site.rollup.counts.stopped, 1)
    assert.equal(site.rollup.measures, 3)
    assert.equal(plan.byCode.get('1.2')?.rollup.progress, null, 'an empty objective has no progress, not 0 %')
    assert.equal(plan.byCode.get('1')?.rollup.progress, 20)
    assert.equal(plan.rollup.progress, 20)
  })

  it('freezes the stock-taking: later edits of the plan and reports leave the summit’s snapshot as it was', async () => {
    summit = await payload.create({
      collection: 'social-summits',
      locale: 'nl',
      data: {
        year: 2026,
        date: '2026-10-13T00:00:00.000Z',
        title: 'Sociale Top 2026',
        summary: 'Balans.',
        planVersion: version.id,
        priorities: [{ objective: objective.id, text: 'Versnellen.' }],
        takeStock: true,
      },
      user: cell,
      overrideAccess: false,
    })
    const frozen = snapshotOf(summit.snapshot)
    assert.ok(frozen, 'the snapshot was taken')
    const measure = frozen.items.find((i) => i.code === '1.1.1.1')
    assert.equal(measure?.percent, 40)
    assert.equal(measure?.title.nl, 'Onderdeel 1.1.1.1')

    await payload.update({
      collection: 'plan-items',
      id: shared.id,
      locale: 'nl',
      data: { title: 'Nieuwe titel' },
      user: cell,
      overrideAccess: false,
    })
    await validatedReport({ status: 'done', percent: 100, periodStart: '2026-07-01T00:00:00.000Z', periodEnd: '2026-09-30T00:00:00.000Z' })
    await payload.update({
      collection: 'social-summits',
      id: summit.id,
      locale: 'nl',
      data: { summary: 'Balans, herschreven.', takeStock: true, snapshot: { items: [] } },
      user: cell,
      overrideAccess: false,
    })
    const again = await payload.findByID({ collection: 'social-summits', id: summit.id, locale: 'nl', overrideAccess: true })
    assert.deepEqual(snapshotOf(again.snapshot), frozen)
    assert.equal(again.summary, 'Balans, herschreven.')

    // Today's plan has moved on; the summit has not.
    const today = await loadPlan(payload, version, { locale: 'nl' })
    assert.equal(today.byCode.get('1.1.1.1')?.latest?.percent, 100)
  })

  it('only the cell prepares summits', async () => {
    for (const user of [editor, evaluator, partnerUser]) {
      await isForbidden(
        payload.update({ collection: 'social-summits', id: summit.id, locale: 'nl', data: { summary: 'x' }, user, overrideAccess: false }),
      )
    }
  })
})
