/** What a progress report says of a measure, in the order the interface lists them. */
export const MEASURE_STATUSES = ['not-started', 'on-track', 'at-risk', 'late', 'done', 'stopped'] as const
export type MeasureStatus = (typeof MEASURE_STATUSES)[number]

/** A measure as the roll-up sees it: its latest validated report (none yet: not started, 0 %). */
export interface MeasureProgress {
  status: MeasureStatus
  /** 0–100, as reported. */
  percent: number
  /** How much the measure counts in its branch; 1 when not set. */
  weight?: number
}

/** A worksite, objective, pillar or plan: its own measures and the items under it. */
export interface PlanNode {
  measures?: MeasureProgress[]
  children?: PlanNode[]
}

export interface Rollup {
  /** Weighted progress in percent of everything under the node; null when nothing counts (an empty branch, or only stopped measures). */
  progress: number | null
  counts: Record<MeasureStatus, number>
  measures: number
}

function measuresUnder(node: PlanNode): MeasureProgress[] {
  return [...(node.measures ?? []), ...(node.children ?? []).flatMap(measuresUnder)]
}

/**
 * Computed, never typed: the weighted mean progress of the measures under a node and how many are
 * in each status. A stopped measure is counted but leaves the progress (it will not be finished, and
 * must not drag its branch down or up); a done measure counts as 100 % whatever its last figure.
 */
export function rollUp(node: PlanNode): Rollup {
  const measures = measuresUnder(node)
  const counts = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>
  let weighted = 0
  let weights = 0
  for (const measure of measures) {
    counts[measure.status]++
    if (measure.status === 'stopped') continue
    const weight = measure.weight ?? 1
    if (weight <= 0) continue
    const percent = measure.status === 'done' ? 100 : Math.min(100, Math.max(0, measure.percent))
    weighted += percent * weight
    weights += weight
  }
  return { progress: weights > 0 ? Math.round((weighted / weights) * 10) / 10 : null, counts, measures: measures.length }
}
