/**
 * The orders of the list of every measure (`?sort=` on the measures page): the plan's own order by
 * code, or by status, by completion or by the day of the last validated report, for visitors who
 * want the measures without the plan's hierarchy.
 */
import { brusselsDay } from '@/site/i18n'
import { type PlanEntry, statusOf } from './plan'
import type { MeasureStatus } from './rollup'

export const MEASURE_SORTS = ['code', 'status', 'progress', 'validated'] as const
export type MeasureSort = (typeof MEASURE_SORTS)[number]

/** `?sort=` as given: absent is the plan's order; anything else not listed is a mistake to name. */
export function readSort(value: string | null): { sort: MeasureSort } | { bad: string } {
  if (value === null || value === '') return { sort: 'code' }
  return (MEASURE_SORTS as readonly string[]).includes(value) ? { sort: value as MeasureSort } : { bad: value.slice(0, 80) }
}

/** Measures that need attention first: late, at risk, not started; then those going well, done, stopped. */
const ATTENTION: Record<MeasureStatus, number> = { late: 0, 'at-risk': 1, 'not-started': 2, 'on-track': 3, done: 4, stopped: 5 }

/** The Brussels day of a measure's last validated report, or undefined when none is. */
export function lastValidated(entry: PlanEntry): string | undefined {
  const at = entry.latest?.validatedAt
  return at ? brusselsDay(at) : undefined
}

/**
 * The measures in `sort`'s order; equal ones keep the plan's order (`entries` comes in it). Completion
 * and validation run from the highest and the newest; a measure never validated comes last.
 */
export function sortMeasures(entries: readonly PlanEntry[], sort: MeasureSort): PlanEntry[] {
  const keyed = entries.map((entry, index) => ({ entry, index }))
  const by = {
    code: () => 0,
    status: (a: PlanEntry, b: PlanEntry) => ATTENTION[statusOf(a)] - ATTENTION[statusOf(b)],
    progress: (a: PlanEntry, b: PlanEntry) => (b.latest?.percent ?? 0) - (a.latest?.percent ?? 0),
    validated: (a: PlanEntry, b: PlanEntry) => (lastValidated(b) ?? '').localeCompare(lastValidated(a) ?? ''),
  }[sort]
  return keyed.sort((a, b) => by(a.entry, b.entry) || a.index - b.index).map(({ entry }) => entry)
}
