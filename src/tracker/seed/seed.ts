import type { Payload } from 'payload'
import { themes } from '@/news/seed/themes'
import type { ThemeKey } from '@/news/seed/types'
import type { AdministrationKey } from '@/seed/content/types'
import { relationId } from '@/relation-id'
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/site/routes'
import { EVALUATOR, indicators, PROVISIONAL_NOTE, SOURCE } from './indicators'
import { partners } from './partners'
import { corrections } from './corrections'
import { seedEarlierPlans } from './earlier-seed'
import { rounds } from './rounds'
import { currentPlan, previousPlan } from './plan'
import { reports } from './reports'
import { summits } from './summits'
import { levelOfCode, type PartnerKey, type SeedPlanItem } from './types'

const TRANSLATIONS = LOCALES.filter((l) => l !== DEFAULT_LOCALE)

/** Array rows keep their ids when another language is written, or Payload would replace them. */
const withRowIds = <T extends object>(rows: T[], saved: { id?: string | null }[] | null | undefined) =>
  rows.map((row, i) => ({ ...row, id: saved?.[i]?.id ?? undefined }))

const day = (date: string) => `${date}T00:00:00.000Z`

const parentCode = (code: string) => code.split('.').slice(0, -1).join('.')

/** Looks a key up, or says which one the demo content names wrongly (a mistake in this folder, not in the data). */
function need<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key)
  if (value === undefined) throw new Error(`Tracker seed: unknown ${what} “${String(key)}”`)
  return value
}

/**
 * The demo of the strategy tracker on the newest version of Go4Brussels 2030 (seeded by the
 * documents): partners, the full plan tree (and a short one for the version before, linked item by
 * item), two years of progress reports, six indicators with their series, and two Social Summits
 * that each froze their stock-taking. Reports are written before the summits, so the snapshots hold
 * them. Runs after the news (themes) and documents (plan versions) seeds.
 *
 * Every write asks for depth 0 and one field back: populating what was just written would cost more
 * than the writing, and this runs on every fresh start and in every browser test's server.
 */
export async function seedTracker(payload: Payload, adminIds: Map<AdministrationKey, number>): Promise<void> {
  const versions = await payload.find({ collection: 'plan-versions', sort: '-year', limit: 2, depth: 0, overrideAccess: true })
  const current = versions.docs[0]
  if (!current) return
  const previousId = relationId(current.predecessor) ?? versions.docs[1]?.id ?? null

  const themeSlugs = await payload.find({ collection: 'themes', locale: DEFAULT_LOCALE, depth: 0, pagination: false, overrideAccess: true })
  const themeIds = new Map<ThemeKey, number>()
  for (const theme of themes) {
    const found = themeSlugs.docs.find((doc) => doc.slug === theme.slug[DEFAULT_LOCALE])
    if (found) themeIds.set(theme.key, found.id)
  }

  const partnerIds = new Map<PartnerKey, number>()
  for (const partner of partners) {
    const text = (l: Locale) => ({ name: partner.name[l], description: partner.description[l], slug: partner.slug[l] })
    const created = await payload.create({
      collection: 'partners',
      depth: 0,
      select: { kind: true },
      locale: DEFAULT_LOCALE,
      data: { ...text(DEFAULT_LOCALE), kind: partner.kind, website: partner.website },
    })
    for (const l of TRANSLATIONS)
      await payload.update({ collection: 'partners', depth: 0, select: { kind: true }, id: created.id, locale: l, data: text(l) })
    partnerIds.set(partner.key, created.id)
  }

  const writeTree = async (versionId: number, items: SeedPlanItem[]) => {
    const ids = new Map<string, number>()
    for (const item of items) {
      const level = levelOfCode(item.code)
      const text = (l: Locale) => ({ title: item.title[l], ...(item.description ? { description: item.description[l] } : {}) })
      const created = await payload.create({
        collection: 'plan-items',
        depth: 0,
        select: { code: true },
        locale: DEFAULT_LOCALE,
        data: {
          ...text(DEFAULT_LOCALE),
          level,
          code: item.code,
          planVersion: versionId,
          parent: level === 'pillar' ? undefined : need(ids, parentCode(item.code), 'parent code'),
          themes: item.themes?.map((key) => need(themeIds, key, 'theme')),
          leadAdministration: item.leadAdministration ? need(adminIds, item.leadAdministration, 'administration') : undefined,
          partners: item.partners?.map((row) => ({ partner: need(partnerIds, row.partner, 'partner'), role: row.role })),
          startDate: item.startDate ? day(item.startDate) : undefined,
          dueDate: item.dueDate ? day(item.dueDate) : undefined,
          weight: level === 'measure' ? (item.weight ?? 1) : undefined,
        },
      })
      for (const l of TRANSLATIONS)
        await payload.update({ collection: 'plan-items', depth: 0, select: { code: true }, id: created.id, locale: l, data: text(l) })
      ids.set(item.code, created.id)
    }
    return ids
  }
  const previousIds = previousId === null ? undefined : await writeTree(previousId, previousPlan)
  const itemIds = await writeTree(current.id, currentPlan)
  const trees = new Map<number, Map<string, number>>([[current.year, itemIds]])
  const previousVersion = versions.docs.find((v) => v.id === previousId)
  if (previousVersion && previousIds) trees.set(previousVersion.year, previousIds)
  await seedEarlierPlans(payload, writeTree, trees)

  const leadOf = new Map(
    currentPlan.filter((item) => item.partners).map((item) => [item.code, item.partners?.find((row) => row.role === 'lead')?.partner]),
  )
  for (const report of reports) {
    const partner = report.partner ?? leadOf.get(report.measure)
    if (!partner) throw new Error(`Tracker seed: no partner for the report on ${report.measure}`)
    const text = (l: Locale) => ({ account: report.account[l] })
    const evidence = (l: Locale) => report.evidence?.map((row) => ({ label: row.label[l], url: row.url }))
    const created = await payload.create({
      collection: 'progress-reports',
      depth: 0,
      select: { evidence: true },
      locale: DEFAULT_LOCALE,
      data: {
        ...text(DEFAULT_LOCALE),
        measure: need(itemIds, report.measure, 'measure code'),
        partner: need(partnerIds, partner, 'partner'),
        periodStart: day(report.period[0]),
        periodEnd: day(report.period[1]),
        status: report.status,
        percent: report.percent,
        workflow: report.workflow ?? 'validated',
        reviewNote: report.reviewNote,
        evidence: evidence(DEFAULT_LOCALE),
      },
    })
    for (const l of TRANSLATIONS) {
      await payload.update({
        collection: 'progress-reports',
        depth: 0,
        select: { status: true },
        id: created.id,
        locale: l,
        data: { ...text(l), ...(report.evidence ? { evidence: withRowIds(evidence(l) ?? [], created.evidence) } : {}) },
      })
    }
  }

  for (const indicator of indicators) {
    const text = (l: Locale) => ({
      title: indicator.title[l],
      description: indicator.description[l],
      source: SOURCE[l],
      slug: indicator.slug[l],
    })
    const evaluations = (l: Locale) => indicator.evaluations.map((e) => ({ date: day(e.date), author: EVALUATOR, note: e.note[l] }))
    const created = await payload.create({
      collection: 'indicators',
      depth: 0,
      select: { evaluations: true },
      locale: DEFAULT_LOCALE,
      data: {
        ...text(DEFAULT_LOCALE),
        objective: need(itemIds, indicator.objective, 'objective code'),
        unit: indicator.unit,
        direction: indicator.direction,
        sourceUrl: indicator.sourceUrl,
        baseline: { value: indicator.baseline.value, date: day(indicator.baseline.date) },
        target: { value: indicator.target.value, date: day(indicator.target.date) },
        evaluations: evaluations(DEFAULT_LOCALE),
      },
    })
    for (const l of TRANSLATIONS) {
      await payload.update({
        collection: 'indicators',
        depth: 0,
        select: { unit: true },
        id: created.id,
        locale: l,
        data: { ...text(l), evaluations: withRowIds(evaluations(l), created.evaluations) },
      })
    }
    const firstProvisional = indicator.series.length - indicator.provisional
    for (const [i, point] of indicator.series.entries()) {
      const provisional = i >= firstProvisional
      const observation = await payload.create({
        collection: 'indicator-observations',
        depth: 0,
        select: { date: true },
        locale: DEFAULT_LOCALE,
        data: {
          indicator: created.id,
          date: day(`${point.year}-06-30`),
          value: point.value,
          provisional,
          note: provisional ? PROVISIONAL_NOTE[DEFAULT_LOCALE] : undefined,
        },
      })
      if (provisional)
        for (const l of TRANSLATIONS)
          await payload.update({
            collection: 'indicator-observations',
            depth: 0,
            select: { date: true },
            id: observation.id,
            locale: l,
            data: { note: PROVISIONAL_NOTE[l] },
          })
    }
  }

  const strategyDocuments = (current.documents ?? []).map((d) => relationId(d)).filter((id): id is number => id !== null)
  for (const summit of summits) {
    const text = (l: Locale) => ({ title: summit.title[l], summary: summit.summary[l], participants: summit.participants[l].join('\n') })
    const priorities = (l: Locale) =>
      summit.priorities.map((p) => ({ objective: need(itemIds, p.objective, 'objective code'), text: p.text[l] }))
    const created = await payload.create({
      collection: 'social-summits',
      depth: 0,
      select: { priorities: true },
      locale: DEFAULT_LOCALE,
      data: {
        ...text(DEFAULT_LOCALE),
        year: summit.year,
        date: day(summit.date),
        planVersion: current.id,
        priorities: priorities(DEFAULT_LOCALE),
        documents: strategyDocuments,
        takeStock: true,
      },
    })
    for (const l of TRANSLATIONS) {
      await payload.update({
        collection: 'social-summits',
        depth: 0,
        select: { year: true },
        id: created.id,
        locale: l,
        data: { ...text(l), priorities: withRowIds(priorities(l), created.priorities) },
      })
    }
  }

  // After the summits: their stock-taking was frozen before the correction, as it would have been.
  for (const correction of corrections) {
    const found = await payload.find({
      collection: 'progress-reports',
      where: {
        and: [
          { measure: { equals: need(itemIds, correction.measure, 'measure code') } },
          { periodEnd: { equals: day(correction.periodEnd) } },
          { workflow: { equals: 'validated' } },
        ],
      },
      depth: 0,
      limit: 1,
      select: { status: true },
    })
    const report = found.docs[0]
    if (!report) throw new Error(`Tracker seed: no validated report on ${correction.measure} to ${correction.periodEnd} to correct`)
    await payload.create({
      collection: 'corrections',
      depth: 0,
      data: {
        subject: 'report',
        report: report.id,
        newStatus: correction.newStatus ?? report.status,
        newPercent: correction.newPercent,
        reason: correction.reason,
      },
    })
  }

  // Last: a closed round closes its period, and the reports above are its history.
  for (const round of rounds) {
    await payload.create({
      collection: 'reporting-rounds',
      depth: 0,
      data: {
        planVersion: current.id,
        periodStart: day(round.period[0]),
        periodEnd: day(round.period[1]),
        deadline: day(round.deadline),
        scope: 'all',
        state: round.state,
        announcedAt: day(round.announced),
      },
    })
  }
}
