/**
 * Everything a visitor can reach is findable, on a real database (SQLite, or PostgreSQL with
 * BELFORT_TEST_DB=postgres), over a part of the demo content written as the seed writes it (the
 * whole demo takes a minute and a half to write on a busy machine): the follow-up's plan items (by
 * their words and by their code), indicators, Social Summits and partners, and the missions; each
 * with its facet, its public address and a line that says what it is. A plan version's items
 * follow their version; an index built before these types is recognised as outdated.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import type { PlanVersion } from '@/payload-types'
import { planVersions } from '@/documents/seed/content'
import { administrations } from '@/seed/content/administrations'
import { missions } from '@/seed/content/missions'
import { LOCALES, type Locale } from '@/site/routes'
import { indicators } from '@/tracker/seed/indicators'
import { partners } from '@/tracker/seed/partners'
import { currentPlan } from '@/tracker/seed/plan'
import { summits } from '@/tracker/seed/summits'
import { levelOfCode } from '@/tracker/seed/types'
import type { SearchHit, SearchQuery } from '@/search/backend'
import { hitKey, resultLines } from '@/search/result-lines'
import { keepSearchIndexCurrent, rebuildSearchIndex, searchBackend, searchIndexState } from '@/search/service'
import { termsVersion } from '@/search/text'
import { translator } from '@/site/i18n'
import { STATUS_LABELS } from '@/tracker/collections/statuses'
import { loadPlan, statusOf } from '@/tracker/plan'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let stopFollowing: () => void
let current: PlanVersion

const search = (text: string, locale: SearchQuery['locale'], type?: SearchQuery['type']) =>
  searchBackend(payload).search({ text, locale, type, limit: 20, offset: 0 })
const first = async (text: string, locale: SearchQuery['locale']): Promise<SearchHit | undefined> => (await search(text, locale)).hits[0]
const lineOf = async (hit: SearchHit, locale: SearchQuery['locale']) =>
  (await resultLines(payload, [hit], locale, translator(locale))).get(hitKey(hit))

/** Waits for the index to follow a change (keepSearchIndexCurrent re-indexes shortly after it). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > 10_000) assert.fail(`${what}: not within 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const found = <T>(value: T | undefined, what: string): T => value ?? assert.fail(`the demo content has no ${what}`)

/** Writes a document in Dutch, then its French and English text. */
async function inEveryLanguage<
  C extends 'administrations' | 'missions' | 'plan-versions' | 'plan-items' | 'indicators' | 'partners' | 'social-summits',
>(collection: C, shared: Record<string, unknown>, text: (locale: Locale) => Record<string, unknown>): Promise<number> {
  // The fixtures below fill what each collection requires; the Local API's generated data types are too strict to spell here.
  const created = await payload.create({ collection, locale: 'nl', data: { ...shared, ...text('nl') } as never, depth: 0 })
  for (const locale of LOCALES.filter((l) => l !== 'nl'))
    await payload.update({ collection, id: created.id, locale, data: text(locale) as never, depth: 0 })
  return created.id
}

/** Part of the demo: one administration and its mission, the 2021 plan version with the branches the tests look at, one indicator, partner and summit. */
async function seedPartOfTheDemo(): Promise<void> {
  const economy = found(
    administrations.find((a) => a.key === 'economy-employment'),
    'economy administration',
  )
  const adminId = await inEveryLanguage('administrations', {}, (l) => ({
    name: economy.name[l],
    slug: economy.slug[l],
    summary: economy.summary[l],
  }))
  const mission = found(missions[0], 'mission')
  await inEveryLanguage('missions', { order: 1, administrations: [adminId] }, (l) => ({
    title: mission.title[l],
    summary: mission.summary[l],
  }))
  const version = found(
    planVersions.find((v) => v.year === 2021),
    '2021 plan version',
  )
  // Published in each language: a draft version and its items are not a visitor's to find.
  const versionId = await inEveryLanguage('plan-versions', { year: 2021 }, (l) => ({
    _status: 'published',
    title: version.title[l],
    summary: version.summary[l],
  }))
  const codes = new Set(['1', '1.1', '1.1.1', '1.1.1.1', '1.1.2', '1.2', '1.2.1', '1.6', '2', '2.1'])
  const ids = new Map<string, number>()
  for (const item of currentPlan.filter((i) => codes.has(i.code) || i.code.startsWith('1.1.2.'))) {
    const level = levelOfCode(item.code)
    const parent = item.code.split('.').slice(0, -1).join('.')
    const id = await inEveryLanguage(
      'plan-items',
      { level, code: item.code, planVersion: versionId, parent: parent ? ids.get(parent) : undefined },
      (l) => ({ title: item.title[l], description: item.description?.[l] }),
    )
    ids.set(item.code, id)
  }
  const rate = found(
    indicators.find((i) => i.key === 'unemployment-rate'),
    'unemployment rate',
  )
  const indicatorId = await inEveryLanguage(
    'indicators',
    {
      objective: ids.get(rate.objective),
      unit: rate.unit,
      direction: rate.direction,
      baseline: { value: rate.baseline.value, date: rate.baseline.date },
      target: { value: rate.target.value, date: rate.target.date },
    },
    (l) => ({ title: rate.title[l], slug: rate.slug[l], description: rate.description[l], source: 'BISA' }),
  )
  for (const [year, value] of [
    [2023, 11.3],
    [2024, 11.1],
  ] as const)
    await payload.create({ collection: 'indicator-observations', data: { indicator: indicatorId, date: `${year}-06-30`, value }, depth: 0 })
  const actiris = found(
    partners.find((p) => p.key === 'actiris'),
    'Actiris',
  )
  await inEveryLanguage('partners', { kind: actiris.kind, website: actiris.website }, (l) => ({
    name: actiris.name[l],
    slug: actiris.slug[l],
    description: actiris.description[l],
  }))
  for (const summit of summits)
    await inEveryLanguage('social-summits', { year: summit.year, date: summit.date, planVersion: versionId }, (l) => ({
      title: summit.title[l],
      summary: summit.summary[l],
      participants: summit.participants[l].join('\n'),
    }))
}

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
    await seedPartOfTheDemo()
    await rebuildSearchIndex(payload)
    stopFollowing = keepSearchIndexCurrent(payload, (message, error) => console.error(message, error), 10)
    const versions = await payload.find({ collection: 'plan-versions', where: { year: { equals: 2021 } }, locale: 'nl', limit: 1 })
    current = versions.docs[0] as PlanVersion
  },
  { timeout: 120_000 },
)
after(async () => {
  stopFollowing?.()
  await instance?.close()
})

describe(`what a visitor can reach is findable on ${process.env.BELFORT_TEST_DB === 'postgres' ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('finds the indicator Werkloosheidsgraad by werkloosheid, under its facet and at its public address', async () => {
    const result = await search('werkloosheid', 'nl')
    const hit = result.hits.find((h) => h.title === 'Werkloosheidsgraad')
    assert.ok(hit, result.hits.map((h) => h.title).join(' / '))
    assert.equal(hit.type, 'indicators')
    assert.equal(hit.url, '/nl/opvolging/indicatoren/werkloosheidsgraad')
    assert.ok((result.facets.indicators ?? 0) >= 1)
    assert.match((await lineOf(hit, 'nl')) ?? '', /^Indicator · Laatste waarde: \d+(,\d+)?\s?% \(20\d\d\)$/)
    const fr = (await search('chômage', 'fr')).hits.find((h) => h.title === 'Taux de chômage')
    assert.ok(fr)
    assert.match((await lineOf(fr, 'fr')) ?? '', /^Indicateur · Dernière valeur : /)
  })

  it('finds the measure on the energy renovation of SMEs by energierenovatie, with its level, version and status', async () => {
    const hit = await first('energierenovatie', 'nl')
    assert.equal(hit?.title, '1.1.1.1 Eén loket voor de energierenovatie van kmo’s')
    assert.equal(hit.type, 'plan-items')
    assert.equal(hit.url, '/nl/opvolging/2021/1.1.1.1')
    const plan = await loadPlan(payload, current, { locale: 'nl' })
    const entry = plan.byCode.get('1.1.1.1')
    assert.ok(entry)
    assert.equal(await lineOf(hit, 'nl'), `Maatregel · ${current.title} · ${STATUS_LABELS[statusOf(entry)].nl}`)
    const en = await first('one-stop shop energy renovation', 'en')
    assert.equal(en?.url, '/en/follow-up/2021/1.1.1.1')
    assert.equal(await lineOf(en, 'en'), 'Measure · Go4Brussels 2030, updated after the COVID crisis · Not started')
  })

  it('finds a plan item by its code first, and not the items whose codes hold the same digits', async () => {
    for (const [text, locale] of [
      ['1.1.2', 'nl'],
      ['1.1.2', 'fr'],
      ['chantier 1.1.2', 'fr'],
      ['1.1.2', 'en'],
    ] as const) {
      const result = await search(text, locale)
      assert.match(result.hits[0]?.title ?? '', /^1\.1\.2 /, `${text} (${locale})`)
      assert.equal(result.hits[0]?.type, 'plan-items')
      assert.ok(!result.hits.some((h) => /^(1\.2\.1|2\.1|1\.1\.2\.\d+) /.test(h.title)), result.hits.map((h) => h.title).join(' / '))
    }
    const worksite = await first('1.1.2', 'nl')
    assert.ok(worksite)
    assert.equal(await lineOf(worksite, 'nl'), `Beleidswerf · ${current.title} · Vooruitgang: 0%`)
    assert.equal((await first('1.1.1.1', 'nl'))?.url, '/nl/opvolging/2021/1.1.1.1')
  })

  it('finds a mission with the administrations that carry it out, and a partner with its kind', async () => {
    const mission = (await search('duurzame economie', 'nl', 'missions')).hits[0]
    assert.equal(mission?.title, 'Een duurzame economie en werkgelegenheid')
    assert.match(mission.url, /^\/nl\/opdrachten#mission-\d+$/)
    assert.match((await lineOf(mission, 'nl')) ?? '', /^Opdracht · Brussel .+/)
    const partner = await first('Actiris', 'fr')
    assert.equal(partner?.type, 'partners')
    assert.equal(partner.url, '/fr/suivi/partenaires/actiris')
    assert.equal(await lineOf(partner, 'fr'), 'Partenaire · Public')
    const summit = (await search('Sociale Top', 'nl', 'social-summits')).hits.map((h) => h.title)
    assert.deepEqual(summit.sort(), ['Sociale Top 2025', 'Sociale Top 2026'])
    const hit = (await search('Sommet social 2025', 'fr', 'social-summits')).hits[0]
    assert.equal(hit?.url, '/fr/suivi/sommet-social/2025')
    assert.equal(await lineOf(hit, 'fr'), 'Sommet social · 2025')
  })

  it('keeps a plan version’s items in step with their version, drops them when it is unpublished or goes, and finds them again when it is republished', async () => {
    const version = await payload.create({
      collection: 'plan-versions',
      locale: 'nl',
      data: { year: 2031, title: 'Proefversie van de strategie', summary: 'Een versie om te proberen.', _status: 'published' },
    })
    const pillar = await payload.create({
      collection: 'plan-items',
      locale: 'nl',
      data: { level: 'pillar', code: '7', title: 'Zwaluwstaartverbindingen voor het Gewest', planVersion: version.id },
    })
    const objective = await payload.create({
      collection: 'plan-items',
      locale: 'nl',
      data: { level: 'objective', code: '7.3', title: 'Kwartiermakers voor de zwaluwstaart', planVersion: version.id, parent: pillar.id },
    })
    await until(async () => (await search('zwaluwstaart', 'nl')).total === 2, 'the new version’s items are found')
    assert.equal((await first('7.3', 'nl'))?.url, '/nl/opvolging/2031/7.3')
    assert.equal((await search('zwaluwstaart', 'fr')).total, 0, 'not written in French: not found in French')
    await payload.update({ collection: 'plan-versions', id: version.id, data: { year: 2032 } })
    await until(async () => (await first('7.3', 'nl'))?.url === '/nl/opvolging/2032/7.3', 'the items move with their version')
    await payload.update({ collection: 'plan-versions', id: version.id, data: { _status: 'draft' } })
    await until(async () => (await search('zwaluwstaart', 'nl')).total === 0, 'an unpublished version’s items leave the index')
    await payload.update({ collection: 'plan-versions', id: version.id, data: { _status: 'published' } })
    await until(async () => (await search('zwaluwstaart', 'nl')).total === 2, 'published again, they are found again')
    await payload.delete({ collection: 'plan-items', id: objective.id })
    await payload.delete({ collection: 'plan-items', id: pillar.id })
    await payload.delete({ collection: 'plan-versions', id: version.id })
    await until(async () => (await search('zwaluwstaart', 'nl')).total === 0, 'the items leave the index')
    assert.equal((await search('7.3', 'nl')).total, 0)
    assert.ok((await search('energierenovatie', 'nl')).total > 0, 'the other versions’ items stay')
  })

  it('knows an index built before the follow-up was searchable as outdated', async () => {
    const backend = searchBackend(payload)
    assert.equal(await searchIndexState(payload), 'current')
    await backend.markBuiltWith(termsVersion())
    assert.equal(await searchIndexState(payload), 'outdated', 'the same terms, but without the new types')
    await rebuildSearchIndex(payload)
    assert.equal(await searchIndexState(payload), 'current')
  })
})
