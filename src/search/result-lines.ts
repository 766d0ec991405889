/**
 * The line under a result that says what it is, for the types whose name alone says too little:
 * "Maatregel · Go4Brussels 2030 · Op schema", "Indicator · Laatste waarde: 7,8 % (2024)",
 * "Sociale Top · 2024", "Partner · Sociale partner", "Opdracht · Brussel Financiën en Begroting".
 * Read when the page is shown, not kept in the index: a status or a latest value changes with
 * every validated report or new figure, and a results page holds ten hits at most (a few queries
 * per type on the page, whatever the number of hits).
 */
import type { Payload } from 'payload'
import { relationId } from '@/relation-id'
import { numberFormat, type Translate } from '@/site/i18n'
import type { Locale } from '@/site/routes'
import { PARTNER_KIND_LABELS } from '@/tracker/collections/Partners'
import { LEVEL_LABELS } from '@/tracker/collections/levels'
import { STATUS_LABELS } from '@/tracker/collections/statuses'
import { UNIT_LABELS } from '@/tracker/collections/units'
import { formatValue } from '@/tracker/indicator-values'
import { loadPlan, statusOf } from '@/tracker/plan'
import type { SearchHit } from './backend'
import type { SearchType } from './entries'

export const hitKey = (hit: Pick<SearchHit, 'type' | 'refId'>): string => `${hit.type}:${hit.refId}`

type Lines = Map<string, string>
type Describe = (payload: Payload, ids: number[], locale: Locale, t: Translate) => Promise<[id: number, line: string][]>

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ')

/** Level, plan version, and how it is going as the follow-up shows it: a measure's status, a branch's progress. */
const planItems: Describe = async (payload, ids, locale, t) => {
  const items = await payload.find({
    collection: 'plan-items',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    pagination: false,
    select: { planVersion: true },
    overrideAccess: false,
  })
  const versionIds = [...new Set(items.docs.map((item) => relationId(item.planVersion)).filter((id): id is number => id !== null))]
  const versions = await payload.find({
    collection: 'plan-versions',
    where: { id: { in: versionIds } },
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const lines: [number, string][] = []
  for (const version of versions.docs) {
    const plan = await loadPlan(payload, version, { locale })
    for (const id of ids) {
      const entry = plan.byId.get(id)
      if (!entry) continue
      const progress = entry.rollup.progress
      const standing =
        entry.level === 'measure'
          ? STATUS_LABELS[statusOf(entry)][locale]
          : progress === null
            ? t('trackerNoProgress')
            : t('trackerProgress', { percent: numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(progress / 100) })
      lines.push([id, joined(LEVEL_LABELS[entry.level][locale], version.title, standing)])
    }
  }
  return lines
}

/** The latest observed value and its year, or the unit while there is none. */
const indicators: Describe = async (payload, ids, locale, t) => {
  const [found, observations] = await Promise.all([
    payload.find({
      collection: 'indicators',
      where: { id: { in: ids } },
      locale,
      depth: 0,
      pagination: false,
      joins: false,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'indicator-observations',
      where: { indicator: { in: ids } },
      sort: '-date',
      depth: 0,
      pagination: false,
      select: { indicator: true, date: true, value: true },
      overrideAccess: false,
    }),
  ])
  const latest = new Map<number, { date: string; value: number }>()
  for (const observation of observations.docs) {
    const id = relationId(observation.indicator)
    if (id !== null && !latest.has(id)) latest.set(id, observation)
  }
  return found.docs.map((indicator) => {
    const last = latest.get(indicator.id)
    const figure = last
      ? t('resultLatestValue', { value: formatValue(last.value, indicator.unit, locale), year: new Date(last.date).getUTCFullYear() })
      : UNIT_LABELS[indicator.unit][locale]
    return [indicator.id, joined(t('resultIndicator'), figure)]
  })
}

const summits: Describe = async (payload, ids, locale, t) => {
  const found = await payload.find({
    collection: 'social-summits',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    pagination: false,
    select: { year: true },
    overrideAccess: false,
  })
  return found.docs.map((summit) => [summit.id, joined(t('resultSummit'), String(summit.year))])
}

const partners: Describe = async (payload, ids, locale, t) => {
  const found = await payload.find({
    collection: 'partners',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    pagination: false,
    select: { kind: true },
    overrideAccess: false,
  })
  return found.docs.map((partner) => [partner.id, joined(t('resultPartner'), PARTNER_KIND_LABELS[partner.kind][locale])])
}

/** The administrations that carry the mission out. */
const missions: Describe = async (payload, ids, locale, t) => {
  const found = await payload.find({
    collection: 'missions',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    pagination: false,
    select: { administrations: true },
    overrideAccess: false,
  })
  const adminIds = [
    ...new Set(found.docs.flatMap((m) => (m.administrations ?? []).map(relationId)).filter((id): id is number => id !== null)),
  ]
  const names = new Map<number, string>()
  if (adminIds.length > 0) {
    const administrations = await payload.find({
      collection: 'administrations',
      where: { id: { in: adminIds } },
      locale,
      depth: 0,
      pagination: false,
      select: { name: true },
      overrideAccess: false,
    })
    for (const a of administrations.docs) names.set(a.id, a.name)
  }
  return found.docs.map((mission) => {
    const carriedBy = (mission.administrations ?? []).map((a) => names.get(relationId(a) ?? -1)).filter(Boolean)
    return [mission.id, joined(t('resultMission'), carriedBy.join(', ') || undefined)]
  })
}

const DESCRIBE: Partial<Record<SearchType, Describe>> = {
  'plan-items': planItems,
  indicators,
  'social-summits': summits,
  partners,
  missions,
}

/** The line of each hit that has one (hitKey → line); other hits keep their type's name and date. */
export async function resultLines(payload: Payload, hits: SearchHit[], locale: Locale, t: Translate): Promise<Lines> {
  const lines: Lines = new Map()
  const byType = new Map<SearchType, number[]>()
  for (const hit of hits) if (DESCRIBE[hit.type]) byType.set(hit.type, [...(byType.get(hit.type) ?? []), hit.refId])
  const described = await Promise.all([...byType].map(([type, ids]) => DESCRIBE[type]?.(payload, ids, locale, t) ?? []))
  ;[...byType.keys()].forEach((type, index) => {
    for (const [id, line] of described[index] ?? []) lines.set(hitKey({ type, refId: id }), line)
  })
  return lines
}
