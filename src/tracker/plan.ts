import type { Payload, PayloadRequest, Where } from 'payload'
import type { PlanItem, PlanVersion, ProgressReport } from '@/payload-types'
import { relationId } from '@/relation-id'
import type { Locale } from '@/site/routes'
import type { PlanLevel } from './collections/levels'
import { type MeasureProgress, type MeasureStatus, type PlanNode, type Rollup, rollUp } from './rollup'

/** One item of a loaded plan, with what is computed for it. */
export interface PlanEntry {
  item: PlanItem
  level: PlanLevel
  parentId: number | null
  children: PlanEntry[]
  /** Measures only: the latest validated report on or before the plan's date. */
  latest?: ProgressReport
  rollup: Rollup
}

export interface Plan {
  version: PlanVersion
  /** Pillars, each with its tree, in code order. */
  pillars: PlanEntry[]
  byId: Map<number, PlanEntry>
  byCode: Map<string, PlanEntry>
  /** The plan as a whole. */
  rollup: Rollup
}

export interface LoadPlanOptions {
  /** A locale, or 'all' for every language at once (snapshots keep all three). */
  locale: Locale | 'all'
  /** Only reports of periods ending on or before this ISO date count (a summit's stock-taking). */
  asOf?: string
  req?: PayloadRequest
  /**
   * Reads past access rules (a summit's snapshot, which the follow-up cell may take of any version);
   * otherwise the plan is read as a visitor reads it, which the content store answers.
   */
  pastAccess?: boolean
}

/** Codes sort as numbers (1.10 after 1.9). */
export function compareCodes(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

/** Each measure's latest validated report (by period end, then validation), as of a date. */
export async function latestReports(
  payload: Payload,
  measureIds: number[],
  options: Pick<LoadPlanOptions, 'asOf' | 'locale' | 'req' | 'pastAccess'>,
): Promise<Map<number, ProgressReport>> {
  const latest = new Map<number, ProgressReport>()
  if (measureIds.length === 0) return latest
  const where: Where = { and: [{ workflow: { equals: 'validated' } }, { measure: { in: measureIds } }] }
  if (options.asOf) where.and?.push({ periodEnd: { less_than_equal: options.asOf } })
  const reports = await payload.find({
    collection: 'progress-reports',
    where,
    depth: 0,
    pagination: false,
    sort: 'periodEnd',
    locale: options.locale,
    overrideAccess: options.pastAccess === true,
    req: options.req,
  })
  for (const report of reports.docs) {
    const id = relationId(report.measure)
    if (id === null) continue
    const known = latest.get(id)
    if (
      !known ||
      known.periodEnd < report.periodEnd ||
      (known.periodEnd === report.periodEnd && String(known.validatedAt) <= String(report.validatedAt))
    )
      latest.set(id, report)
  }
  return latest
}

function progressOf(entry: PlanEntry): MeasureProgress {
  const report = entry.latest
  return { status: report?.status ?? 'not-started', percent: report?.percent ?? 0, weight: entry.item.weight ?? 1 }
}

function asNode(entry: PlanEntry): PlanNode {
  if (entry.level === 'measure') return { measures: [progressOf(entry)] }
  return { children: entry.children.map(asNode) }
}

/**
 * A plan version's whole tree with every roll-up computed from validated reports: what the
 * dashboard, the open data and a summit's snapshot all read, so they cannot disagree.
 */
export async function loadPlan(payload: Payload, version: PlanVersion, options: LoadPlanOptions): Promise<Plan> {
  const items = await payload.find({
    collection: 'plan-items',
    where: { planVersion: { equals: version.id } },
    depth: 0,
    pagination: false,
    locale: options.locale,
    overrideAccess: options.pastAccess === true,
    req: options.req,
    joins: false,
  })
  const byId = new Map<number, PlanEntry>()
  for (const item of items.docs)
    byId.set(item.id, { item, level: item.level, parentId: relationId(item.parent), children: [], rollup: rollUp({}) })
  const measureIds = items.docs.filter((i) => i.level === 'measure').map((i) => i.id)
  const latest = await latestReports(payload, measureIds, options)
  const pillars: PlanEntry[] = []
  for (const entry of byId.values()) {
    entry.latest = latest.get(entry.item.id)
    const parent = entry.parentId === null ? undefined : byId.get(entry.parentId)
    if (parent) parent.children.push(entry)
    else if (entry.level === 'pillar') pillars.push(entry)
  }
  const byCode = new Map<string, PlanEntry>()
  const order = (list: PlanEntry[]) => list.sort((a, b) => compareCodes(a.item.code, b.item.code))
  for (const entry of byId.values()) {
    order(entry.children)
    byCode.set(entry.item.code, entry)
  }
  order(pillars)
  for (const entry of byId.values()) entry.rollup = rollUp(asNode(entry))
  return { version, pillars, byId, byCode, rollup: rollUp({ children: pillars.map(asNode) }) }
}

/** Every entry under (and including) one, depth first in code order. */
export function flatten(entries: PlanEntry[]): PlanEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)])
}

/** The chain from the pillar down to an entry's parent. */
export function ancestors(plan: Plan, entry: PlanEntry): PlanEntry[] {
  const chain: PlanEntry[] = []
  let parent = entry.parentId === null ? undefined : plan.byId.get(entry.parentId)
  while (parent) {
    chain.unshift(parent)
    parent = parent.parentId === null ? undefined : plan.byId.get(parent.parentId)
  }
  return chain
}

/** The status a measure counts with: its latest validated report's, or not started. */
export const statusOf = (entry: PlanEntry): MeasureStatus => entry.latest?.status ?? 'not-started'
export const measureProgress = (entry: PlanEntry): MeasureProgress => ({
  status: statusOf(entry),
  percent: entry.latest?.percent ?? 0,
  weight: entry.item.weight ?? 1,
})
