import type { Payload, PayloadRequest } from 'payload'
import type { PlanVersion } from '@/payload-types'
import type { PartlyLocalized } from '@/site/i18n/localized'
import type { PlanLevel } from './collections/levels'
import { flatten, loadPlan } from './plan'
import type { MeasureStatus, Rollup } from './rollup'

/** One item as it stood on the day of a summit: enough to show it without reading today's plan. */
export interface SnapshotItem {
  id: number
  code: string
  level: PlanLevel
  parent: number | null
  title: PartlyLocalized
  /** Measures: the status and figure of the latest validated report (null when none yet). */
  status: MeasureStatus | null
  percent: number | null
  /** The period end of that report. */
  reportedTo: string | null
  rollup: Rollup
}

export interface SummitSnapshot {
  /** When the stock was taken, and the date it describes (the summit's). */
  takenAt: string
  asOf: string
  planVersion: { id: number; year: number; title: PartlyLocalized }
  rollup: Rollup
  items: SnapshotItem[]
}

/** Written once per summit and then never again (see SocialSummits): later edits of the plan do not rewrite it. */
export async function takeSnapshot(payload: Payload, version: PlanVersion, asOf: string, req?: PayloadRequest): Promise<SummitSnapshot> {
  const plan = await loadPlan(payload, version, { locale: 'all', asOf, req, pastAccess: true })
  const localized = (value: unknown): PartlyLocalized =>
    value && typeof value === 'object' ? (value as PartlyLocalized) : { nl: String(value ?? '') }
  const versionTitle = await payload.findByID({
    collection: 'plan-versions',
    id: version.id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    takenAt: new Date().toISOString(),
    asOf,
    planVersion: { id: version.id, year: version.year, title: localized(versionTitle.title) },
    rollup: plan.rollup,
    items: flatten(plan.pillars).map((entry) => ({
      id: entry.item.id,
      code: entry.item.code,
      level: entry.level,
      parent: entry.parentId,
      title: localized(entry.item.title),
      status: entry.level === 'measure' ? (entry.latest?.status ?? 'not-started') : null,
      percent: entry.level === 'measure' ? (entry.latest?.percent ?? 0) : null,
      reportedTo: entry.latest?.periodEnd ?? null,
      rollup: entry.rollup,
    })),
  }
}

/** Reads a stored snapshot back (the JSON column hands it over untyped). */
export function snapshotOf(value: unknown): SummitSnapshot | null {
  if (!value || typeof value !== 'object' || !Array.isArray((value as SummitSnapshot).items)) return null
  return value as SummitSnapshot
}
