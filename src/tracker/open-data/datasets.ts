/**
 * The builders of the tracker's open datasets, from the same computations the pages use
 * (`loadPlan` for the plan tree and its roll-ups, `withSeries` for indicators, the frozen snapshot
 * for summits), in every language at once. Each builds one JSON document whose list (`items`, or
 * `series` for one indicator) is also its CSV, one row per element; the registry says which
 * schema each follows and which columns its CSV has.
 *
 * Only what visitors may read leaves here: validated progress reports (read without overriding
 * access, and filtered on `validated` as well), no review notes, no validator, no draft.
 */
import type { Payload } from 'payload'
import type { Indicator, SocialSummit } from '@/payload-types'
import { relationId } from '@/relation-id'
import { indicatorPath, partnerPath, planItemPath, summitPath } from '@/site/routes'
import { withSeries, type IndicatorWithSeries } from '@/tracker/indicator-series'
import { compareCodes, flatten, loadPlan } from '@/tracker/plan'
import { snapshotOf } from '@/tracker/snapshot'
import { readCorrections } from '@/tracker/corrections/read'
import { countsOf, dayOf, instantOf, newest, pageBySlug, pageInEveryLanguage, textInEveryLanguage } from './field-values'
import { versionsWithPlan } from '../versions'
import { type ItemRef, planItemRefs, versionYears } from './plan-lookups'

/** The licence of every dataset: Creative Commons Attribution 4.0 International. */
export const LICENSE = 'https://creativecommons.org/licenses/by/4.0/'

/** What a request for one dataset gets: the JSON document, the rows of its CSV and when it last changed. */
export interface Dataset {
  json: Record<string, unknown>
  rows: unknown[]
  /** The newest update time of the records it is made of; null for an empty list. */
  updatedAt: string | null
}

/** A plan version's whole tree; undefined when no version of that year has a structure. */
export async function buildPlan(payload: Payload, origin: string, year: number): Promise<Dataset | undefined> {
  const version = (await versionsWithPlan(payload, 'all')).find((v) => v.year === year)
  if (!version) return undefined
  const plan = await loadPlan(payload, version, { locale: 'all' })
  const entries = flatten(plan.pillars)
  const adminIds = [...new Set(entries.map((e) => relationId(e.item.leadAdministration)).filter((id): id is number => id !== null))]
  const administrations =
    adminIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'administrations',
            where: { id: { in: adminIds } },
            pagination: false,
            depth: 0,
            locale: 'all',
            select: { name: true, updatedAt: true },
            overrideAccess: false,
          })
        ).docs
  const adminById = new Map(administrations.map((a) => [a.id, a]))
  const items = entries.map((entry) => {
    const { item } = entry
    const measure = entry.level === 'measure'
    const parent = entry.parentId === null ? undefined : plan.byId.get(entry.parentId)
    const admin = adminById.get(relationId(item.leadAdministration) ?? -1)
    return {
      id: item.id,
      code: item.code,
      level: entry.level,
      parentId: entry.parentId,
      parentCode: parent?.item.code ?? null,
      title: textInEveryLanguage(item.title),
      description: textInEveryLanguage(item.description),
      page: pageInEveryLanguage(origin, (l) => planItemPath(version.year, item.code, l)),
      leadAdministration: admin ? { id: admin.id, name: textInEveryLanguage(admin.name) } : null,
      partners: measure ? (item.partners ?? []).map((row) => ({ id: relationId(row.partner), role: row.role })) : [],
      startDate: dayOf(item.startDate),
      dueDate: dayOf(item.dueDate),
      weight: measure ? (item.weight ?? 1) : null,
      status: measure ? (entry.latest?.status ?? 'not-started') : null,
      percent: measure ? (entry.latest?.percent ?? 0) : null,
      reportedTo: measure ? dayOf(entry.latest?.periodEnd) : null,
      latestReportId: measure ? (entry.latest?.id ?? null) : null,
      progress: entry.rollup.progress,
      measures: entry.rollup.measures,
      counts: countsOf(entry.rollup),
    }
  })
  const updatedAt = newest([
    version.updatedAt,
    ...entries.map((e) => e.item.updatedAt),
    ...entries.map((e) => e.latest?.updatedAt),
    ...administrations.map((a) => a.updatedAt),
  ])
  const json = {
    planVersion: {
      id: version.id,
      year: version.year,
      title: textInEveryLanguage(version.title),
      periodStart: version.periodStart ?? null,
      periodEnd: version.periodEnd ?? null,
    },
    updatedAt,
    license: LICENSE,
    rollup: { progress: plan.rollup.progress, measures: plan.rollup.measures, counts: countsOf(plan.rollup) },
    items,
  }
  return { json, rows: items, updatedAt }
}

/** When each corrected report was last corrected, by report id (corrections are read newest first). */
async function lastCorrections(payload: Payload): Promise<Map<number, string>> {
  const last = new Map<number, string>()
  for (const correction of await readCorrections(payload, { subject: { equals: 'report' } })) {
    if (correction.report && !last.has(correction.report.id)) last.set(correction.report.id, correction.correctedAt)
  }
  return last
}

/** Every validated progress report, by plan version, measure code and period. */
export async function buildReports(payload: Payload): Promise<Dataset> {
  // Read as a visitor: access control keeps other workflow states out, and so does the filter.
  const found = await payload.find({
    collection: 'progress-reports',
    where: { workflow: { equals: 'validated' } },
    overrideAccess: false,
    depth: 0,
    pagination: false,
    locale: 'all',
    sort: 'periodEnd',
  })
  const reports = found.docs.filter((r) => r.workflow === 'validated')
  const measures = await planItemRefs(
    payload,
    reports.map((r) => relationId(r.measure)).filter((id): id is number => id !== null),
  )
  const partnerIds = [...new Set(reports.map((r) => relationId(r.partner)).filter((id): id is number => id !== null))]
  const partners =
    partnerIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'partners',
            where: { id: { in: partnerIds } },
            pagination: false,
            depth: 0,
            locale: 'all',
            // Looked up by id: an order the content store answers for every language at once.
            sort: 'id',
            select: { name: true },
          })
        ).docs
  const partnerNames = new Map(partners.map((p) => [p.id, textInEveryLanguage(p.name)]))
  const correctedAt = await lastCorrections(payload)
  const items = reports.map((report) => {
    const measureId = relationId(report.measure) ?? 0
    const partnerId = relationId(report.partner) ?? 0
    const measure = measures.get(measureId)
    return {
      id: report.id,
      measureId,
      measureCode: measure?.code ?? null,
      measureTitle: measure?.title ?? textInEveryLanguage(null),
      planYear: measure?.planYear ?? null,
      partnerId,
      partnerName: partnerNames.get(partnerId) ?? textInEveryLanguage(null),
      periodStart: dayOf(report.periodStart),
      periodEnd: dayOf(report.periodEnd),
      status: report.status,
      percent: report.percent,
      account: textInEveryLanguage(report.account),
      evidence: (report.evidence ?? []).map((e) => ({ label: textInEveryLanguage(e.label), url: e.url })),
      validatedAt: instantOf(report.validatedAt),
      correctedAt: instantOf(correctedAt.get(report.id)),
      updatedAt: instantOf(report.updatedAt) ?? report.updatedAt,
    }
  })
  items.sort(
    (a, b) =>
      (b.planYear ?? 0) - (a.planYear ?? 0) ||
      compareCodes(a.measureCode ?? '', b.measureCode ?? '') ||
      String(a.periodEnd).localeCompare(String(b.periodEnd)) ||
      a.id - b.id,
  )
  const updatedAt = newest(reports.map((r) => r.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}

type IndicatorItem = ReturnType<typeof indicatorItem>

function indicatorItem(origin: string, found: IndicatorWithSeries, objective: ItemRef | undefined) {
  const { indicator, standing } = found
  const slug = textInEveryLanguage(indicator.slug)
  return {
    id: indicator.id,
    slug,
    title: textInEveryLanguage(indicator.title),
    description: textInEveryLanguage(indicator.description),
    page: pageBySlug(origin, slug, indicatorPath),
    objectiveId: relationId(indicator.objective) ?? 0,
    objectiveCode: objective?.code ?? null,
    planYear: objective?.planYear ?? null,
    unit: indicator.unit,
    direction: indicator.direction,
    source: textInEveryLanguage(indicator.source),
    sourceUrl: indicator.sourceUrl ?? null,
    baseline: { date: dayOf(indicator.baseline.date), value: indicator.baseline.value },
    target: { date: dayOf(indicator.target.date), value: indicator.target.value },
    latest: standing.latest
      ? { date: dayOf(standing.latest.date), value: standing.latest.value, provisional: standing.latest.provisional ?? false }
      : null,
    progressShare: standing.progress,
    remaining: standing.remaining,
    trend: standing.trend,
    observations: found.observations.length,
    evaluations: (indicator.evaluations ?? []).map((e) => ({ date: dayOf(e.date), author: e.author, note: textInEveryLanguage(e.note) })),
    updatedAt: instantOf(found.updatedAt) ?? found.updatedAt,
  }
}

async function indicatorsWithSeries(
  payload: Payload,
  indicators: Indicator[],
  origin: string,
): Promise<{ found: IndicatorWithSeries; item: IndicatorItem }[]> {
  const objectives = await planItemRefs(
    payload,
    indicators.map((i) => relationId(i.objective)).filter((id): id is number => id !== null),
  )
  const all = await Promise.all(indicators.map((indicator) => withSeries(payload, indicator, 'all')))
  return all.map((found) => ({ found, item: indicatorItem(origin, found, objectives.get(relationId(found.indicator.objective) ?? -1)) }))
}

/** Every indicator with where it stands, by plan version, objective code and name. */
export async function buildIndicators(payload: Payload, origin: string): Promise<Dataset> {
  const indicators = await payload.find({ collection: 'indicators', depth: 0, pagination: false, locale: 'all', joins: false, sort: 'id' })
  const items = (await indicatorsWithSeries(payload, indicators.docs, origin)).map((e) => e.item)
  items.sort(
    (a, b) =>
      (b.planYear ?? 0) - (a.planYear ?? 0) ||
      compareCodes(a.objectiveCode ?? '', b.objectiveCode ?? '') ||
      String(a.title.nl).localeCompare(String(b.title.nl)) ||
      a.id - b.id,
  )
  const updatedAt = newest(items.map((i) => i.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}

/** One indicator and its series: baseline, observations oldest first, target. */
export async function buildIndicator(payload: Payload, origin: string, id: number): Promise<Dataset | undefined> {
  const indicator = await payload.findByID({
    collection: 'indicators',
    id,
    depth: 0,
    locale: 'all',
    joins: false,
    disableErrors: true,
    overrideAccess: false,
  })
  if (!indicator) return undefined
  const [{ found, item }] = (await indicatorsWithSeries(payload, [indicator], origin)) as [
    { found: IndicatorWithSeries; item: IndicatorItem },
  ]
  const point = (kind: 'baseline' | 'target', date: string, value: number) => ({
    kind,
    observationId: null,
    date: dayOf(date),
    value,
    unit: indicator.unit,
    provisional: false,
    note: textInEveryLanguage(null),
  })
  const series = [
    point('baseline', indicator.baseline.date, indicator.baseline.value),
    ...found.observations.map((o) => ({
      kind: 'observation',
      observationId: o.id,
      date: dayOf(o.date),
      value: o.value,
      unit: o.unit ?? indicator.unit,
      provisional: o.provisional ?? false,
      note: textInEveryLanguage(o.note),
    })),
    point('target', indicator.target.date, indicator.target.value),
  ]
  return { json: { updatedAt: item.updatedAt, license: LICENSE, indicator: item, series }, rows: series, updatedAt: item.updatedAt }
}

async function summitItems(payload: Payload, origin: string, summits: SocialSummit[]) {
  const objectiveIds = summits
    .flatMap((s) => (s.priorities ?? []).map((p) => relationId(p.objective)))
    .filter((id): id is number => id !== null)
  const objectives = await planItemRefs(payload, objectiveIds)
  const years = await versionYears(
    payload,
    summits.map((s) => relationId(s.planVersion)).filter((id): id is number => id !== null),
  )
  return summits.map((summit) => {
    const snapshot = snapshotOf(summit.snapshot)
    return {
      id: summit.id,
      year: summit.year,
      date: dayOf(summit.date),
      title: textInEveryLanguage(summit.title),
      summary: textInEveryLanguage(summit.summary),
      participants: textInEveryLanguage(summit.participants),
      page: pageInEveryLanguage(origin, (l) => summitPath(summit.year, l)),
      planYear: snapshot?.planVersion.year ?? years.get(relationId(summit.planVersion) ?? -1) ?? null,
      stockTakenAt: snapshot ? instantOf(summit.snapshotTakenAt ?? snapshot.takenAt) : null,
      asOf: snapshot ? dayOf(snapshot.asOf) : null,
      progress: snapshot ? snapshot.rollup.progress : null,
      measures: snapshot ? snapshot.rollup.measures : null,
      counts: snapshot ? countsOf(snapshot.rollup) : null,
      priorities: (summit.priorities ?? []).map((p) => {
        const objectiveId = relationId(p.objective) ?? 0
        return { objectiveId, objectiveCode: objectives.get(objectiveId)?.code ?? null, text: textInEveryLanguage(p.text) }
      }),
      updatedAt: instantOf(summit.updatedAt) ?? summit.updatedAt,
    }
  })
}

/** Every Social Summit, oldest first. */
export async function buildSummits(payload: Payload, origin: string): Promise<Dataset> {
  const summits = await payload.find({ collection: 'social-summits', depth: 0, pagination: false, locale: 'all', sort: 'year' })
  const items = await summitItems(payload, origin, summits.docs)
  const updatedAt = newest(items.map((i) => i.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}

/** One summit and its frozen stock-taking, as it was taken (never recomputed). */
export async function buildSummit(payload: Payload, origin: string, year: number): Promise<Dataset | undefined> {
  const found = await payload.find({ collection: 'social-summits', where: { year: { equals: year } }, depth: 0, limit: 1, locale: 'all' })
  const summit = found.docs[0]
  if (!summit) return undefined
  const [item] = await summitItems(payload, origin, [summit])
  const snapshot = snapshotOf(summit.snapshot)
  const codes = new Map((snapshot?.items ?? []).map((i) => [i.id, i.code]))
  const items = (snapshot?.items ?? []).map((i) => ({
    id: i.id,
    code: i.code,
    level: i.level,
    parentId: i.parent,
    parentCode: i.parent === null ? null : (codes.get(i.parent) ?? null),
    title: textInEveryLanguage(i.title),
    status: i.status,
    percent: i.percent,
    reportedTo: dayOf(i.reportedTo),
    progress: i.rollup.progress,
    measures: i.rollup.measures,
    counts: countsOf(i.rollup),
  }))
  const updatedAt = item!.updatedAt
  return { json: { updatedAt, license: LICENSE, summit: item, items }, rows: items, updatedAt }
}

/** Every partner with the measures it carries out, by name. */
export async function buildPartners(payload: Payload, origin: string): Promise<Dataset> {
  const partners = await payload.find({ collection: 'partners', depth: 0, pagination: false, locale: 'all', sort: 'id' })
  const measures = await payload.find({
    collection: 'plan-items',
    where: { level: { equals: 'measure' } },
    depth: 0,
    pagination: false,
    select: { code: true, planVersion: true, partners: true, updatedAt: true },
  })
  const years = await versionYears(
    payload,
    measures.docs.map((m) => relationId(m.planVersion)).filter((id): id is number => id !== null),
  )
  const carried = new Map<
    number,
    { id: number; code: string; planYear: number | null; role: 'lead' | 'contributor'; updatedAt: string }[]
  >()
  for (const measure of measures.docs) {
    for (const row of measure.partners ?? []) {
      const id = relationId(row.partner)
      if (id === null) continue
      const list = carried.get(id) ?? []
      list.push({
        id: measure.id,
        code: measure.code,
        planYear: years.get(relationId(measure.planVersion) ?? -1) ?? null,
        role: row.role,
        updatedAt: measure.updatedAt,
      })
      carried.set(id, list)
    }
  }
  const items = partners.docs.map((partner) => {
    const slug = textInEveryLanguage(partner.slug)
    const own = (carried.get(partner.id) ?? []).sort((a, b) => (b.planYear ?? 0) - (a.planYear ?? 0) || compareCodes(a.code, b.code))
    return {
      id: partner.id,
      slug,
      name: textInEveryLanguage(partner.name),
      kind: partner.kind,
      description: textInEveryLanguage(partner.description),
      website: partner.website ?? null,
      page: pageBySlug(origin, slug, partnerPath),
      measures: own.map(({ id, code, planYear, role }) => ({ id, code, planYear, role })),
      updatedAt: newest([partner.updatedAt, ...own.map((m) => m.updatedAt)]) ?? partner.updatedAt,
    }
  })
  items.sort((a, b) => String(a.name.nl ?? a.name.fr ?? '').localeCompare(String(b.name.nl ?? b.name.fr ?? ''), 'nl') || a.id - b.id)
  const updatedAt = newest(items.map((i) => i.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}
