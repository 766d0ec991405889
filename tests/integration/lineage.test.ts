/**
 * Lineage between plan versions (src/tracker/lineage): the cell records what each item comes from;
 * a link that points forward, closes a loop, jumps a level, drops without a reason or gives "new" a
 * source is refused with the field named and nothing written. The comparison counts each kind.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Payload, ValidationError } from 'payload'
import type { LineageLink, PlanItem, PlanVersion, User } from '@/payload-types'
import { compareVersions } from '@/tracker/lineage/compare'
import { readLinks } from '@/tracker/lineage/read'
import { buildDataset, datasetOf } from '@/tracker/open-data/registry'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let cell: User
let partnerUser: User
const versions: Record<number, PlanVersion> = {}
const items: Record<string, PlanItem> = {}

const DROPPED = {
  nl: 'De pijler ging op in de andere.',
  fr: 'Le pilier a rejoint les autres.',
  en: 'The pillar went into the others.',
}

async function createUser(email: string, roles: User['roles'], extra: Partial<User> = {}): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles, ...extra }, overrideAccess: true })
}

/** The refused write's fields and messages. */
async function refused(write: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await write
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map((e) => ({ path: e.path, message: e.message }))
    throw error
  }
  assert.fail('the write was accepted')
}

const link = (data: Partial<LineageLink>, user: User = cell) =>
  payload.create({ collection: 'lineage-links', data: data as LineageLink, user, overrideAccess: false })

const countLinks = async () => (await payload.count({ collection: 'lineage-links', overrideAccess: true })).totalDocs

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  cell = await createUser('cell@example.test', ['follow-up'])
  const partner = await payload.create({
    collection: 'partners',
    locale: 'nl',
    data: { name: 'Partner', slug: 'partner', kind: 'public' },
    overrideAccess: true,
  })
  partnerUser = await createUser('partner@example.test', ['partner'], { partners: [partner.id] })
  for (const year of [2015, 2020, 2021]) {
    versions[year] = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year, title: `Strategie ${year}`, summary: 'De strategie.', _status: 'published' },
      overrideAccess: true,
    })
  }
  const item = async (year: number, level: PlanItem['level'], code: string, parent?: string) => {
    items[`${year}:${code}`] = await payload.create({
      collection: 'plan-items',
      locale: 'nl',
      data: {
        level,
        code,
        title: `Onderdeel ${year} ${code}`,
        planVersion: versions[year]!.id,
        parent: parent ? items[`${year}:${parent}`]!.id : undefined,
      },
      overrideAccess: true,
    })
  }
  await item(2015, 'pillar', '1')
  await item(2015, 'pillar', '2')
  await item(2015, 'objective', '1.1', '1')
  await item(2015, 'objective', '1.2', '1')
  await item(2020, 'pillar', '1')
  await item(2020, 'objective', '1.1', '1')
  await item(2020, 'objective', '1.2', '1')
  await item(2020, 'worksite', '1.1.1', '1.1')
  await item(2020, 'measure', '1.1.1.1', '1.1.1')
  await item(2021, 'pillar', '1')
})

after(() => instance.close())

const id = (key: string) => items[key]!.id

describe('lineage links', () => {
  it('the cell records continued, merged, new and dropped items; the link takes its version from its item', async () => {
    const continued = await link({ kind: 'continues', item: id('2020:1'), from: [id('2015:1')] })
    assert.equal(typeof continued.planVersion === 'object' ? continued.planVersion?.id : continued.planVersion, versions[2020]!.id)
    await link({ kind: 'merged', item: id('2020:1.1'), from: [id('2015:1.1'), id('2015:1.2')] })
    await link({ kind: 'new', item: id('2020:1.2') })
    await link({ kind: 'dropped', from: [id('2015:2')], planVersion: versions[2020]!.id, reason: DROPPED })
    await link({ kind: 'continues', item: id('2021:1'), from: [id('2020:1')] })
    assert.equal(await countLinks(), 5)
  })

  it('refuses a source in a later version, naming the field, and writes nothing', async () => {
    const before = await countLinks()
    const errors = await refused(link({ kind: 'continues', item: id('2020:1.2'), from: [id('2021:1')] }))
    assert.deepEqual(
      errors.map((e) => e.path),
      ['from'],
    )
    assert.match(errors[0]!.message, /2021/)
    assert.equal(await countLinks(), before)
  })

  it('refuses a link that closes a loop', async () => {
    const before = await countLinks()
    // 2021:1 comes from 2020:1; 2020:1 coming from 2021:1 would close the loop.
    const errors = await refused(link({ kind: 'revised', item: id('2020:1'), from: [id('2021:1')] }))
    assert.deepEqual(
      errors.map((e) => e.path),
      ['from'],
    )
    assert.match(errors[0]!.message, /kring|boucle|loop/)
    assert.equal(await countLinks(), before)
  })

  it('refuses a level jump (a measure from a pillar)', async () => {
    const before = await countLinks()
    const errors = await refused(link({ kind: 'revised', item: id('2020:1.1.1.1'), from: [id('2015:1')] }))
    assert.deepEqual(
      errors.map((e) => e.path),
      ['from'],
    )
    assert.match(errors[0]!.message, /1/)
    assert.equal(await countLinks(), before)
  })

  it('refuses a dropped item without its reason in every language', async () => {
    const before = await countLinks()
    const none = await refused(link({ kind: 'dropped', from: [id('2015:1.2')], planVersion: versions[2020]!.id }))
    assert.deepEqual(
      none.map((e) => e.path),
      ['reason.nl'],
    )
    const dutchOnly = await refused(
      link({ kind: 'dropped', from: [id('2015:1.2')], planVersion: versions[2020]!.id, reason: { nl: DROPPED.nl } }),
    )
    assert.deepEqual(
      dutchOnly.map((e) => e.path),
      ['reason.fr'],
    )
    assert.equal(await countLinks(), before)
  })

  it('refuses "new" with a source, one source for a kind that takes one, and a dropped item with a successor', async () => {
    const before = await countLinks()
    const cases: [Partial<LineageLink>, string][] = [
      [{ kind: 'new', item: id('2020:1.2'), from: [id('2015:1')] }, 'from'],
      [{ kind: 'continues', item: id('2020:1.2'), from: [id('2015:1.1'), id('2015:1.2')] }, 'from'],
      [{ kind: 'continues', item: id('2020:1.2'), from: [] }, 'from'],
      [{ kind: 'dropped', item: id('2020:1.2'), from: [id('2015:1.2')], reason: DROPPED }, 'item'],
    ]
    for (const [data, path] of cases) {
      assert.deepEqual(
        (await refused(link(data))).map((e) => e.path),
        [path],
        JSON.stringify(data),
      )
    }
    assert.equal(await countLinks(), before)
  })

  it('refuses an update that would break a rule, keeping the link as it was', async () => {
    const [existing] = (await payload.find({ collection: 'lineage-links', where: { kind: { equals: 'dropped' } }, overrideAccess: true }))
      .docs
    const errors = await refused(
      payload.update({
        collection: 'lineage-links',
        id: existing!.id,
        data: { reason: { nl: '', fr: '', en: '' } },
        user: cell,
        overrideAccess: false,
      }),
    )
    assert.deepEqual(
      errors.map((e) => e.path),
      ['reason.nl'],
    )
    const kept = await payload.findByID({ collection: 'lineage-links', id: existing!.id, overrideAccess: true })
    assert.equal(kept.reason?.en, DROPPED.en)
  })

  it('is not the partners’ to write', async () => {
    await assert.rejects(
      link({ kind: 'new', item: id('2020:1.2') }, partnerUser),
      (error: Error & { status?: number }) => error.status === 403,
    )
  })
})

describe('comparing two versions', () => {
  it('counts each kind and what is not linked yet', async () => {
    const inVersion = async (year: number) =>
      (
        await payload.find({ collection: 'plan-items', where: { planVersion: { equals: versions[year]!.id } }, pagination: false })
      ).docs.map((i) => i.id)
    const links = await readLinks(payload, { planVersion: { equals: versions[2020]!.id } })
    const comparison = compareVersions(await inVersion(2015), await inVersion(2020), links)
    assert.deepEqual(comparison.counts, { continues: 1, revised: 0, merged: 1, split: 0, replaced: 0, dropped: 1, new: 1 })
    assert.deepEqual(comparison.untracedBefore, [])
    assert.deepEqual(new Set(comparison.untracedAfter), new Set([id('2020:1.1.1'), id('2020:1.1.1.1')]))
    assert.equal(comparison.byKind.dropped[0]?.reason.fr, DROPPED.fr)
  })

  it('publishes the lineage into a version as open data, a row per link with codes', async () => {
    const dataset = await buildDataset(datasetOf('lineage'), payload, 'https://example.test', 2020)
    assert.ok(dataset)
    const rows = dataset.rows as { kind: string; fromCodes: string[]; itemCode: string | null; fromYear: number | null }[]
    assert.equal(rows.length, 4)
    const merged = rows.find((r) => r.kind === 'merged')
    assert.deepEqual(merged?.fromCodes, ['1.1', '1.2'])
    assert.equal(merged?.fromYear, 2015)
    assert.equal(rows.find((r) => r.kind === 'dropped')?.itemCode, null)
  })
})

describe('deleting a plan item', () => {
  it('deletes the links it was the later item of, drops it from the sources, and deletes a link left without one', async () => {
    for (const code of ['5', '6', '7', '8']) {
      items[`2015:${code}`] = await payload.create({
        collection: 'plan-items',
        locale: 'nl',
        data: { level: 'pillar', code, title: `Weg ${code}`, planVersion: versions[2015]!.id },
        overrideAccess: true,
      })
    }
    for (const code of ['5', '6']) {
      items[`2020:${code}`] = await payload.create({
        collection: 'plan-items',
        locale: 'nl',
        data: { level: 'pillar', code, title: `Weg ${code}`, planVersion: versions[2020]!.id },
        overrideAccess: true,
      })
    }
    const continued = await link({ kind: 'continues', item: id('2020:5'), from: [id('2015:5')] })
    const merged = await link({ kind: 'merged', item: id('2020:6'), from: [id('2015:6'), id('2015:7')] })
    const dropped = await link({ kind: 'dropped', from: [id('2015:8')], planVersion: versions[2020]!.id, reason: DROPPED })
    const gone = (key: string) => payload.delete({ collection: 'plan-items', id: id(key), user: cell, overrideAccess: false })
    const exists = async (linkId: number) =>
      (await payload.count({ collection: 'lineage-links', where: { id: { equals: linkId } }, overrideAccess: true })).totalDocs === 1

    await gone('2020:5')
    assert.equal(await exists(continued.id), false, 'the link of a deleted later item is deleted')
    await gone('2015:6')
    const [left] = await readLinks(payload, { id: { equals: merged.id } })
    assert.deepEqual(left?.from, [id('2015:7')], 'the deleted source is removed')
    await gone('2015:8')
    assert.equal(await exists(dropped.id), false, 'a dropped item that is gone takes its link along')
    await gone('2015:7')
    assert.equal(await exists(merged.id), false, 'a link left without a source is deleted')
    const everywhere = await payload.find({ collection: 'lineage-links', depth: 0, pagination: false, overrideAccess: true })
    const deleted = new Set(['2020:5', '2015:6', '2015:7', '2015:8'].map(id))
    for (const remaining of everywhere.docs) {
      const named = [remaining.item, ...(remaining.from ?? [])].map((ref) => (typeof ref === 'object' ? ref?.id : ref))
      assert.ok(!named.some((ref) => ref !== undefined && ref !== null && deleted.has(ref)), `link ${remaining.id} names a deleted item`)
    }
  })
})
