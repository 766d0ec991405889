/**
 * The tracker's open datasets, built from the same computations the pages use (`loadPlan` for the
 * plan tree and its roll-ups, `withSeries` for indicators, the frozen snapshot for summits), in
 * every language at once. Each dataset is one JSON document whose list (`items`, or `series` for
 * one indicator) is also its CSV, one row per element, columns as `schema.ts` flattens them.
 *
 * Only what visitors may read leaves here: validated progress reports (read without overriding
 * access, and filtered on `validated` as well), no review notes, no validator, no draft.
 */
import { brusselsDay } from '@/site/i18n'
import type { Payload } from 'payload'
import type { Indicator, PlanVersion, SocialSummit } from '@/payload-types'
import { relationId } from '@/relation-id'
import { indicatorPath, LOCALES, type Locale, partnerPath, planItemPath, summitPath } from '@/site/routes'
import { withSeries, type IndicatorWithSeries } from '@/tracker/indicator-series'
import { compareCodes, flatten, loadPlan } from '@/tracker/plan'
import { MEASURE_STATUSES, type Rollup } from '@/tracker/rollup'
import { snapshotOf } from '@/tracker/snapshot'
import { PLAN_LEVELS } from '@/tracker/collections/levels'
import { PARTNER_KINDS } from '@/tracker/collections/Partners'
import { INDICATOR_UNITS } from '@/tracker/collections/units'
import {
  array,
  boolean,
  type Column,
  columnsOf,
  day,
  dayOrNull,
  instant,
  instantOrNull,
  integer,
  integerOrNull,
  type JsonSchema,
  localized,
  number,
  numberOrNull,
  object,
  objectOrNull,
  oneOf,
  oneOfOrNull,
  string,
  stringOrNull,
} from './schema'

/** The licence of every dataset: Creative Commons Attribution 4.0 International. */
export const LICENSE = 'https://creativecommons.org/licenses/by/4.0/'

export type Localized = Record<Locale, string | null>

/** What a request for one dataset gets: the JSON document, the rows of its CSV and when it last changed. */
export interface Dataset {
  json: Record<string, unknown>
  rows: unknown[]
  columns: Column[]
  /** The newest update time of the records it is made of; null for an empty list. */
  updatedAt: string | null
  /** The CSV's file name, without extension. */
  name: string
}

// ── small helpers ───────────────────────────────────────────────────────────────────────────────

export function loc(value: unknown): Localized {
  const source = value && typeof value === 'object' ? (value as Record<string, unknown>) : { nl: value }
  return Object.fromEntries(LOCALES.map((l) => [l, typeof source[l] === 'string' ? (source[l] as string) : null])) as Localized
}

/** The calendar day in Brussels of a stored date: the day a visitor reads on the pages. */
export function dayOf(iso: string | null | undefined): string | null {
  if (!iso || Number.isNaN(new Date(iso).getTime())) return null
  return brusselsDay(iso)
}

const instantOf = (iso: string | null | undefined): string | null => (iso ? new Date(iso).toISOString() : null)

function newest(times: (string | null | undefined)[]): string | null {
  let best: string | null = null
  for (const time of times) {
    const iso = instantOf(time)
    if (iso && (best === null || iso > best)) best = iso
  }
  return best
}

const pages = (path: (locale: Locale) => string, origin: string): Localized =>
  Object.fromEntries(LOCALES.map((l) => [l, origin + path(l)])) as Localized

const countsOf = (rollup: Rollup | undefined): Record<string, number | null> =>
  Object.fromEntries(MEASURE_STATUSES.map((s) => [s, rollup ? rollup.counts[s] : null]))

// ── schemas ─────────────────────────────────────────────────────────────────────────────────────

const counts = (nullable: boolean) =>
  (nullable ? objectOrNull : object)(
    Object.fromEntries(
      MEASURE_STATUSES.map((s) => [
        s,
        nullable
          ? integerOrNull(`Measures whose latest validated report says “${s}”`)
          : integer(`Measures whose latest validated report says “${s}”`),
      ]),
    ),
    'Measures under the item by status (a measure without a validated report is not-started)',
  )
const rollupFields = {
  progress: numberOrNull(
    'Weighted mean progress (0–100, one decimal) of the measures under the item; done counts as 100, stopped measures are left out; null when nothing counts',
  ),
  measures: integer('Number of measures under (or being) the item'),
  counts: counts(false),
}
const pagesField = localized('Address of the page showing it, per language')

const planItemSchema = object(
  {
    id: integer('Identifier of the plan item'),
    code: string('Code showing its place in the tree, such as 1.3.2', { examples: ['1.3.2'] }),
    level: oneOf(PLAN_LEVELS, 'Level in the tree: a pillar has objectives, an objective worksites, a worksite measures'),
    parentId: integerOrNull('The item it belongs to; null for a pillar'),
    parentCode: stringOrNull('Code of the item it belongs to'),
    title: localized('Title'),
    description: localized('Description'),
    page: pagesField,
    leadAdministration: objectOrNull({ id: integer('Identifier'), name: localized('Name') }, 'The administration that leads it'),
    partners: array(
      object({ id: integer('Partner identifier (see partners)'), role: oneOf(['lead', 'contributor'], 'Role in the measure') }),
      'Measures: organisations carrying it out',
    ),
    startDate: dayOrNull('Planned start'),
    dueDate: dayOrNull('Planned end'),
    weight: numberOrNull('Measures: weight in its worksite’s progress (1 unless set)'),
    status: oneOfOrNull(
      MEASURE_STATUSES,
      'Measures: status of the latest validated report (not-started without one); null for other levels',
    ),
    percent: numberOrNull('Measures: completion in percent of the latest validated report (0 without one); null for other levels'),
    reportedTo: dayOrNull('Measures: end of the period of the latest validated report'),
    latestReportId: integerOrNull('Measures: identifier of that report (see reports)'),
    ...rollupFields,
  },
  'One item of the plan with its computed roll-up',
)

const planSchema = object(
  {
    planVersion: object({
      id: integer('Identifier'),
      year: integer('Year of the version'),
      title: localized('Title'),
      periodStart: integerOrNull('First year it covers'),
      periodEnd: integerOrNull('Last year it covers'),
    }),
    updatedAt: instantOrNull('Last change of the version, its items, their latest reports or lead administrations'),
    license: string('Licence of the data', { format: 'uri' }),
    rollup: object(rollupFields, 'The whole plan'),
    items: array(planItemSchema, 'Every item, depth first in code order (the CSV rows)'),
  },
  'A plan version’s whole tree',
)

const reportSchema = object(
  {
    id: integer('Identifier of the report'),
    measureId: integer('The measure reported on (see plans)'),
    measureCode: stringOrNull('Its code'),
    measureTitle: localized('Its title'),
    planYear: integerOrNull('Year of the plan version the measure belongs to'),
    partnerId: integer('The reporting organisation (see partners)'),
    partnerName: localized('Its name'),
    periodStart: dayOrNull('Start of the period reported on'),
    periodEnd: dayOrNull('End of the period reported on'),
    status: oneOf(MEASURE_STATUSES, 'Status of the measure'),
    percent: number('Completion in percent', { minimum: 0, maximum: 100 }),
    account: localized('What was done'),
    evidence: array(object({ label: localized('What it is'), url: string('Address', { format: 'uri' }) }), 'Links to evidence'),
    validatedAt: instantOrNull('When the follow-up cell validated it'),
    updatedAt: instant('Last change'),
  },
  'A validated progress report',
)

const point = (what: string) => object({ date: day(`Date of the ${what}`), value: number(`Value of the ${what}`) }, `The ${what}`)
const indicatorSchema = object(
  {
    id: integer('Identifier of the indicator'),
    slug: localized('Slug of its page'),
    title: localized('Name'),
    description: localized('What it measures'),
    page: pagesField,
    objectiveId: integer('The objective it measures (see plans)'),
    objectiveCode: stringOrNull('Its code'),
    planYear: integerOrNull('Year of the plan version of the objective'),
    unit: oneOf(INDICATOR_UNITS, 'Unit of every value'),
    direction: oneOf(['higher', 'lower'], 'Whether a higher or a lower value is better'),
    source: localized('Source of the figures'),
    sourceUrl: stringOrNull('Address of the source', { format: 'uri' }),
    baseline: point('baseline'),
    target: point('target'),
    latest: objectOrNull(
      { date: day('Date'), value: number('Value'), provisional: boolean('Whether the figure is provisional') },
      'The newest observation',
    ),
    progressShare: numberOrNull(
      'Share of the way from baseline to target covered by the newest value: 0 at the baseline, 1 at the target, above 1 past it, below 0 going the wrong way',
    ),
    remaining: numberOrNull('What is left to reach the target, in the unit; 0 once reached'),
    trend: oneOf(
      ['improving', 'worsening', 'stable', 'unknown'],
      'The newest value against the one before; a change under 1 % of the baseline-to-target gap is stable',
    ),
    observations: integer('Number of observations'),
    evaluations: array(
      object({ date: day('Date'), author: string('Evaluator'), note: localized('Evaluation') }),
      'Evaluations of the indicator',
    ),
    updatedAt: instant('Last change of the indicator or its observations'),
  },
  'An indicator and where it stands',
)

const seriesSchema = object(
  {
    kind: oneOf(['baseline', 'observation', 'target'], 'What the row is'),
    observationId: integerOrNull('Identifier of the observation'),
    date: day('Date'),
    value: number('Value'),
    unit: oneOf(INDICATOR_UNITS, 'Unit'),
    provisional: boolean('Whether the figure is provisional'),
    note: localized('Note'),
  },
  'One point of an indicator’s series',
)

const indicatorDocSchema = object(
  {
    updatedAt: instant('Last change of the indicator or its observations'),
    license: string('Licence of the data', { format: 'uri' }),
    indicator: indicatorSchema,
    series: array(seriesSchema, 'Baseline, observations oldest first, target (the CSV rows)'),
  },
  'One indicator with its series',
)

const summitFields = {
  id: integer('Identifier of the summit'),
  year: integer('Year'),
  date: dayOrNull('Date'),
  title: localized('Title'),
  summary: localized('Summary'),
  participants: localized('Participants, one per line'),
  page: pagesField,
  planYear: integerOrNull('Year of the plan version it took stock of'),
  stockTakenAt: instantOrNull('When the stock-taking was frozen; null while it has not been taken'),
  asOf: dayOrNull('The date the stock-taking describes'),
  progress: numberOrNull('Progress of the whole plan at the stock-taking (0–100)'),
  measures: integerOrNull('Measures in the plan at the stock-taking'),
  counts: counts(true),
  priorities: array(
    object({ objectiveId: integer('Objective (see plans)'), objectiveCode: stringOrNull('Its code'), text: localized('Commitment') }),
    'Priorities set for the next year',
  ),
  updatedAt: instant('Last change'),
}
const summitSchema = object(summitFields, 'A Social Summit')

const snapshotItemSchema = object(
  {
    id: integer('Identifier of the plan item'),
    code: string('Code'),
    level: oneOf(PLAN_LEVELS, 'Level'),
    parentId: integerOrNull('The item it belonged to'),
    parentCode: stringOrNull('Its code'),
    title: localized('Title as it stood'),
    status: oneOfOrNull(MEASURE_STATUSES, 'Measures: status of the latest validated report at the time'),
    percent: numberOrNull('Measures: completion in percent at the time'),
    reportedTo: dayOrNull('Measures: end of the period of that report'),
    ...rollupFields,
  },
  'One item of the plan as it stood on the day of the summit',
)

const summitDocSchema = object(
  {
    updatedAt: instant('Last change of the summit'),
    license: string('Licence of the data', { format: 'uri' }),
    summit: summitSchema,
    items: array(snapshotItemSchema, 'The frozen stock-taking, depth first in code order (the CSV rows); empty before stock was taken'),
  },
  'One summit and its frozen stock-taking',
)

const partnerSchema = object(
  {
    id: integer('Identifier of the partner'),
    slug: localized('Slug of its page'),
    name: localized('Name'),
    kind: oneOf(PARTNER_KINDS, 'Kind of organisation'),
    description: localized('Description'),
    website: stringOrNull('Website', { format: 'uri' }),
    page: pagesField,
    measures: array(
      object({
        id: integer('Measure (see plans)'),
        code: string('Its code'),
        planYear: integerOrNull('Its plan version'),
        role: oneOf(['lead', 'contributor'], 'Role'),
      }),
      'Measures it carries out',
    ),
    updatedAt: instant('Last change of the partner or of the measures it carries out'),
  },
  'An organisation carrying out measures',
)

/** A list document; its items are described once, under their own name. */
const list = (item: string, description: string): JsonSchema =>
  object(
    {
      updatedAt: instantOrNull('The newest update time of the records listed'),
      license: string('Licence of the data', { format: 'uri' }),
      items: array({ $ref: `#/components/schemas/${item}` }, 'The records (the CSV rows)'),
    },
    description,
  )

/** Named schemas, published under `components.schemas` in the OpenAPI description. */
export const SCHEMAS = {
  Plan: planSchema,
  PlanItem: planItemSchema,
  Reports: list('Report', 'Every validated progress report'),
  Report: reportSchema,
  Indicators: list('Indicator', 'Every indicator'),
  Indicator: indicatorSchema,
  IndicatorSeries: indicatorDocSchema,
  SeriesPoint: seriesSchema,
  Summits: list('Summit', 'Every Social Summit'),
  Summit: summitSchema,
  SummitStock: summitDocSchema,
  SnapshotItem: snapshotItemSchema,
  Partners: list('Partner', 'Every partner'),
  Partner: partnerSchema,
} satisfies Record<string, JsonSchema>

export const COLUMNS = {
  plan: columnsOf(planItemSchema),
  reports: columnsOf(reportSchema),
  indicators: columnsOf(indicatorSchema),
  indicator: columnsOf(seriesSchema),
  summits: columnsOf(summitSchema),
  summit: columnsOf(snapshotItemSchema),
  partners: columnsOf(partnerSchema),
}

// ── lookups ─────────────────────────────────────────────────────────────────────────────────────

/** Plan versions that have a structure (a pillar at least), newest first: those the plan dataset covers. */
export async function structuredVersions(payload: Payload): Promise<PlanVersion[]> {
  const pillars = await payload.find({
    collection: 'plan-items',
    where: { level: { equals: 'pillar' } },
    depth: 0,
    pagination: false,
    select: { planVersion: true },
  })
  const ids = [...new Set(pillars.docs.map((p) => relationId(p.planVersion)).filter((id): id is number => id !== null))]
  if (ids.length === 0) return []
  const versions = await payload.find({
    collection: 'plan-versions',
    where: { id: { in: ids } },
    sort: '-year',
    pagination: false,
    depth: 0,
    locale: 'all',
  })
  return versions.docs
}

async function versionYears(payload: Payload, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map()
  const versions = await payload.find({
    collection: 'plan-versions',
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    select: { year: true },
  })
  return new Map(versions.docs.map((v) => [v.id, v.year]))
}

interface ItemRef {
  code: string
  title: Localized
  planYear: number | null
  updatedAt: string
}

async function planItemRefs(payload: Payload, ids: number[]): Promise<Map<number, ItemRef>> {
  if (ids.length === 0) return new Map()
  const items = await payload.find({
    collection: 'plan-items',
    where: { id: { in: [...new Set(ids)] } },
    pagination: false,
    depth: 0,
    locale: 'all',
    select: { code: true, title: true, planVersion: true, updatedAt: true },
  })
  const years = await versionYears(
    payload,
    items.docs.map((i) => relationId(i.planVersion)).filter((id): id is number => id !== null),
  )
  return new Map(
    items.docs.map((i) => [
      i.id,
      { code: i.code, title: loc(i.title), planYear: years.get(relationId(i.planVersion) ?? -1) ?? null, updatedAt: i.updatedAt },
    ]),
  )
}

// ── datasets ────────────────────────────────────────────────────────────────────────────────────

/** A plan version's whole tree; undefined when no version of that year has a structure. */
export async function planDataset(payload: Payload, origin: string, year: number): Promise<Dataset | undefined> {
  const version = (await structuredVersions(payload)).find((v) => v.year === year)
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
      title: loc(item.title),
      description: loc(item.description),
      page: pages((l) => planItemPath(version.year, item.code, l), origin),
      leadAdministration: admin ? { id: admin.id, name: loc(admin.name) } : null,
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
      title: loc(version.title),
      periodStart: version.periodStart ?? null,
      periodEnd: version.periodEnd ?? null,
    },
    updatedAt,
    license: LICENSE,
    rollup: { progress: plan.rollup.progress, measures: plan.rollup.measures, counts: countsOf(plan.rollup) },
    items,
  }
  return { json, rows: items, columns: COLUMNS.plan, updatedAt, name: `strategy-plan-${version.year}` }
}

/** Every validated progress report, by plan version, measure code and period. */
export async function reportsDataset(payload: Payload): Promise<Dataset> {
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
            select: { name: true },
          })
        ).docs
  const partnerNames = new Map(partners.map((p) => [p.id, loc(p.name)]))
  const items = reports.map((report) => {
    const measureId = relationId(report.measure) ?? 0
    const partnerId = relationId(report.partner) ?? 0
    const measure = measures.get(measureId)
    return {
      id: report.id,
      measureId,
      measureCode: measure?.code ?? null,
      measureTitle: measure?.title ?? loc(null),
      planYear: measure?.planYear ?? null,
      partnerId,
      partnerName: partnerNames.get(partnerId) ?? loc(null),
      periodStart: dayOf(report.periodStart),
      periodEnd: dayOf(report.periodEnd),
      status: report.status,
      percent: report.percent,
      account: loc(report.account),
      evidence: (report.evidence ?? []).map((e) => ({ label: loc(e.label), url: e.url })),
      validatedAt: instantOf(report.validatedAt),
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
  return { json: { updatedAt, license: LICENSE, items }, rows: items, columns: COLUMNS.reports, updatedAt, name: 'strategy-reports' }
}

type IndicatorItem = ReturnType<typeof indicatorItem>

function indicatorItem(origin: string, found: IndicatorWithSeries, objective: ItemRef | undefined) {
  const { indicator, standing } = found
  const slug = loc(indicator.slug)
  return {
    id: indicator.id,
    slug,
    title: loc(indicator.title),
    description: loc(indicator.description),
    page: Object.fromEntries(LOCALES.map((l) => [l, slug[l] ? origin + indicatorPath(slug[l], l) : null])) as Localized,
    objectiveId: relationId(indicator.objective) ?? 0,
    objectiveCode: objective?.code ?? null,
    planYear: objective?.planYear ?? null,
    unit: indicator.unit,
    direction: indicator.direction,
    source: loc(indicator.source),
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
    evaluations: (indicator.evaluations ?? []).map((e) => ({ date: dayOf(e.date), author: e.author, note: loc(e.note) })),
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
export async function indicatorsDataset(payload: Payload, origin: string): Promise<Dataset> {
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
  return { json: { updatedAt, license: LICENSE, items }, rows: items, columns: COLUMNS.indicators, updatedAt, name: 'strategy-indicators' }
}

/** One indicator and its series: baseline, observations oldest first, target. */
export async function indicatorDataset(payload: Payload, origin: string, id: number): Promise<Dataset | undefined> {
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
    note: loc(null),
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
      note: loc(o.note),
    })),
    point('target', indicator.target.date, indicator.target.value),
  ]
  return {
    json: { updatedAt: item.updatedAt, license: LICENSE, indicator: item, series },
    rows: series,
    columns: COLUMNS.indicator,
    updatedAt: item.updatedAt,
    name: `strategy-indicator-${indicator.id}`,
  }
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
      title: loc(summit.title),
      summary: loc(summit.summary),
      participants: loc(summit.participants),
      page: pages((l) => summitPath(summit.year, l), origin),
      planYear: snapshot?.planVersion.year ?? years.get(relationId(summit.planVersion) ?? -1) ?? null,
      stockTakenAt: snapshot ? instantOf(summit.snapshotTakenAt ?? snapshot.takenAt) : null,
      asOf: snapshot ? dayOf(snapshot.asOf) : null,
      progress: snapshot ? snapshot.rollup.progress : null,
      measures: snapshot ? snapshot.rollup.measures : null,
      counts: snapshot ? countsOf(snapshot.rollup) : null,
      priorities: (summit.priorities ?? []).map((p) => {
        const objectiveId = relationId(p.objective) ?? 0
        return { objectiveId, objectiveCode: objectives.get(objectiveId)?.code ?? null, text: loc(p.text) }
      }),
      updatedAt: instantOf(summit.updatedAt) ?? summit.updatedAt,
    }
  })
}

/** Every Social Summit, oldest first. */
export async function summitsDataset(payload: Payload, origin: string): Promise<Dataset> {
  const summits = await payload.find({ collection: 'social-summits', depth: 0, pagination: false, locale: 'all', sort: 'year' })
  const items = await summitItems(payload, origin, summits.docs)
  const updatedAt = newest(items.map((i) => i.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, columns: COLUMNS.summits, updatedAt, name: 'strategy-summits' }
}

/** One summit and its frozen stock-taking, as it was taken (never recomputed). */
export async function summitDataset(payload: Payload, origin: string, year: number): Promise<Dataset | undefined> {
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
    title: loc(i.title),
    status: i.status,
    percent: i.percent,
    reportedTo: dayOf(i.reportedTo),
    progress: i.rollup.progress,
    measures: i.rollup.measures,
    counts: countsOf(i.rollup),
  }))
  const updatedAt = item!.updatedAt
  return {
    json: { updatedAt, license: LICENSE, summit: item, items },
    rows: items,
    columns: COLUMNS.summit,
    updatedAt,
    name: `strategy-summit-${summit.year}`,
  }
}

/** Every partner with the measures it carries out, by name. */
export async function partnersDataset(payload: Payload, origin: string): Promise<Dataset> {
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
    const slug = loc(partner.slug)
    const own = (carried.get(partner.id) ?? []).sort((a, b) => (b.planYear ?? 0) - (a.planYear ?? 0) || compareCodes(a.code, b.code))
    return {
      id: partner.id,
      slug,
      name: loc(partner.name),
      kind: partner.kind,
      description: loc(partner.description),
      website: partner.website ?? null,
      page: Object.fromEntries(LOCALES.map((l) => [l, slug[l] ? origin + partnerPath(slug[l], l) : null])) as Localized,
      measures: own.map(({ id, code, planYear, role }) => ({ id, code, planYear, role })),
      updatedAt: newest([partner.updatedAt, ...own.map((m) => m.updatedAt)]) ?? partner.updatedAt,
    }
  })
  items.sort((a, b) => String(a.name.nl ?? a.name.fr ?? '').localeCompare(String(b.name.nl ?? b.name.fr ?? ''), 'nl') || a.id - b.id)
  const updatedAt = newest(items.map((i) => i.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, columns: COLUMNS.partners, updatedAt, name: 'strategy-partners' }
}
