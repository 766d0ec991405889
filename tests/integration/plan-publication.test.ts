/**
 * Plan versions are published or drafts: a draft version (the next strategy being prepared), its
 * plan items and their reports are out of sight of visitors — over the API and in every public view
 * (the tracker's pages, the look back, the open data, the sitemap) — while the follow-up cell works
 * on them; publishing shows them, unpublishing hides them again.
 */
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import type { PlanItem, PlanVersion, User } from '@/payload-types'
import { renderPublic } from '@/site/router'
import { type Locale, planItemPath, planVersionPath, sectionPath } from '@/site/routes'
import { buildPlan } from '@/tracker/open-data/datasets'
import { trackerUrlSets } from '@/tracker/sitemap'
import { versionsWithPlan } from '@/tracker/versions'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()

let cell: User
let editor: User
let adopted: PlanVersion
let next: PlanVersion
let nextMeasure: PlanItem
let nextObjective: PlanItem

const ORIGIN = 'http://localhost:3000'

const render = (locale: Locale, path: string) =>
  renderPublic({
    payload,
    locale,
    segments: path.split('/').filter(Boolean).slice(1),
    path,
    query: new URLSearchParams(),
    origin: ORIGIN,
    draft: false,
  })

function createUser(email: string, roles: User['roles']): Promise<User> {
  return payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles }, overrideAccess: true })
}

/** A plan item made by the follow-up cell, as in the admin. */
function item(version: PlanVersion, data: Pick<PlanItem, 'level' | 'code'> & Partial<PlanItem>): Promise<PlanItem> {
  return payload.create({
    collection: 'plan-items',
    locale: 'nl',
    data: { title: `Onderdeel ${data.code}`, planVersion: version.id, ...data } as PlanItem,
    user: cell,
    overrideAccess: false,
  })
}

async function structure(version: PlanVersion): Promise<{ objective: PlanItem; measure: PlanItem }> {
  const pillar = await item(version, { level: 'pillar', code: '1' })
  const objective = await item(version, { level: 'objective', code: '1.1', parent: pillar.id })
  const worksite = await item(version, { level: 'worksite', code: '1.1.1', parent: objective.id })
  const measure = await item(version, { level: 'measure', code: '1.1.1.1', parent: worksite.id })
  return { objective, measure }
}

/** What a visitor gets of a version with its four items: the API's answer (access as for REST and GraphQL) and the Local API as the public views call it. */
async function visitorSees(version: PlanVersion): Promise<{ api: boolean; views: boolean }> {
  const viaApi = await payload.find({ collection: 'plan-versions', where: { id: { equals: version.id } }, overrideAccess: false })
  const itemsViaApi = await payload.find({
    collection: 'plan-items',
    where: { planVersion: { equals: version.id } },
    overrideAccess: false,
  })
  const viaViews = await payload.find({ collection: 'plan-versions', where: { id: { equals: version.id } } })
  const itemsViaViews = await payload.find({ collection: 'plan-items', where: { planVersion: { equals: version.id } } })
  assert.equal(viaApi.totalDocs === 1, itemsViaApi.totalDocs === 4, 'the API shows a version and its items together')
  assert.equal(viaViews.totalDocs === 1, itemsViaViews.totalDocs === 4, 'the views show a version and its items together')
  return { api: viaApi.totalDocs === 1, views: viaViews.totalDocs === 1 }
}

async function sitemapPaths(): Promise<string[]> {
  return (await trackerUrlSets(payload, new Set())).flatMap((set) => Object.values(set.paths))
}

async function setStatus(version: PlanVersion, status: 'published' | 'draft', user: User): Promise<PlanVersion> {
  return payload.update({
    collection: 'plan-versions',
    id: version.id,
    locale: 'nl',
    data: { _status: status },
    user,
    overrideAccess: false,
  })
}

describe('a draft plan version', () => {
  before(async () => {
    cell = await createUser('cell@example.test', ['follow-up'])
    editor = await createUser('editor@example.test', ['editor'])
    adopted = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year: 2021, title: 'Aangenomen strategie', summary: 'Van kracht.', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    next = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      draft: true,
      data: {
        year: 2026,
        title: 'Bijwerking in voorbereiding',
        summary: 'Nog niet aangenomen.',
        predecessor: adopted.id,
        _status: 'draft',
      },
      user: editor,
      overrideAccess: false,
    })
    await structure(adopted)
    ;({ objective: nextObjective, measure: nextMeasure } = await structure(next))
  })

  it('and its items are invisible to visitors over the API and to the public views, and visible to the follow-up cell', async () => {
    assert.deepEqual(await visitorSees(next), { api: false, views: false })
    assert.deepEqual(await visitorSees(adopted), { api: true, views: true })
    const byCell = await payload.find({
      collection: 'plan-versions',
      where: { id: { equals: next.id } },
      user: cell,
      overrideAccess: false,
    })
    assert.equal(byCell.totalDocs, 1)
    const itemsByCell = await payload.find({
      collection: 'plan-items',
      where: { planVersion: { equals: next.id } },
      user: cell,
      overrideAccess: false,
    })
    assert.equal(itemsByCell.totalDocs, 4)
    // Found by id too, not only left out of lists.
    await assert.rejects(
      payload.findByID({ collection: 'plan-items', id: nextMeasure.id }),
      (e: Error & { status?: number }) => e.status === 404,
    )
    // An indicator the cell already links to the coming version's objective does not lead visitors to it.
    const indicator = await payload.create({
      collection: 'indicators',
      locale: 'nl',
      data: {
        title: 'Werkzaamheidsgraad',
        slug: 'werkzaamheidsgraad',
        objective: nextObjective.id,
        unit: 'percent',
        direction: 'higher',
        source: 'BISA',
        baseline: { value: 60, date: '2020-01-01' },
        target: { value: 70, date: '2030-01-01' },
      },
      user: cell,
      overrideAccess: false,
    })
    const linked = await payload.findByID({ collection: 'indicators', id: indicator.id, depth: 1, overrideAccess: false })
    assert.equal(typeof linked.objective === 'object' && linked.objective !== null, false, 'the API leaves the link unresolved')
    const inViews = await payload.findByID({ collection: 'indicators', id: indicator.id, depth: 1 })
    assert.equal(typeof inViews.objective === 'object' && inViews.objective !== null, false, 'the views leave the link unresolved')
    const byCellLinked = await payload.findByID({ collection: 'indicators', id: indicator.id, depth: 1, user: cell, overrideAccess: false })
    assert.equal((byCellLinked.objective as PlanItem).code, '1.1')
    // The adopted version does not name its draft successor.
    const read = await payload.findByID({ collection: 'plan-versions', id: adopted.id, depth: 0 })
    assert.deepEqual(read.successors?.docs ?? [], [])
  })

  it('has no public pages: 404 on its pages, absent from the look back, the open data and the sitemap', async () => {
    assert.equal((await render('nl', planVersionPath(2026, 'nl'))).status, 404)
    assert.equal((await render('fr', planItemPath(2026, '1.1.1.1', 'fr'))).status, 404)
    assert.equal((await render('nl', planItemPath(2021, '1.1.1.1', 'nl'))).status, 200)
    const lookBack = await render('en', sectionPath('lookBack', 'en'))
    assert.equal(lookBack.status, 200)
    assert.doesNotMatch(lookBack.html, /Bijwerking in voorbereiding/)
    assert.equal(await buildPlan(payload, ORIGIN, 2026), undefined)
    assert.deepEqual(
      (await versionsWithPlan(payload, 'nl')).map((v) => v.year),
      [2021],
    )
    const paths = await sitemapPaths()
    assert.ok(paths.includes(planVersionPath(2021, 'nl')))
    assert.ok(!paths.some((path) => path.includes('/2026')), paths.join(' '))
  })

  it('the follow-up cell prepares it but does not publish it; publishing shows it, unpublishing hides it again', async () => {
    await assert.rejects(setStatus(next, 'published', cell), (e: Error & { status?: number }) => e.status === 403)
    await setStatus(next, 'published', editor)
    assert.deepEqual(await visitorSees(next), { api: true, views: true })
    assert.equal((await render('nl', planItemPath(2026, '1.1.1.1', 'nl'))).status, 200)
    assert.ok((await sitemapPaths()).includes(planVersionPath(2026, 'fr')))
    assert.ok(await buildPlan(payload, ORIGIN, 2026))

    await setStatus(next, 'draft', editor)
    assert.deepEqual(await visitorSees(next), { api: false, views: false })
    assert.equal((await render('nl', planVersionPath(2026, 'nl'))).status, 404)
    assert.ok(!(await sitemapPaths()).some((path) => path.includes('/2026')))
  })
})
