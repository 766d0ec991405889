export interface Observation {
  /** ISO date. */
  date: string
  value: number
  provisional?: boolean
}

export interface IndicatorSeries {
  /** Whether a higher value is better (employment rate) or a lower one (emissions). */
  direction: 'higher' | 'lower'
  baseline: Observation
  target: Observation
  observations: Observation[]
}

export interface IndicatorStanding {
  latest: Observation | undefined
  /** Share of the way from baseline to target covered by the latest value: 0 at baseline, 1 at target, beyond 1 past it, below 0 going the wrong way. */
  progress: number | null
  /** What is left to reach the target, in the indicator's unit; 0 once reached. */
  remaining: number | null
  trend: 'improving' | 'worsening' | 'stable' | 'unknown'
}

const byDate = (a: Observation, b: Observation) => a.date.localeCompare(b.date)

/**
 * Distance to target and trend, computed from the series. The trend compares the latest value with
 * the one before; a change under 1 % of the baseline-to-target gap is stable.
 */
export function standing(series: IndicatorSeries): IndicatorStanding {
  const ordered = [...series.observations].sort(byDate)
  const latest = ordered.at(-1)
  const previous = ordered.at(-2)
  const gap = series.target.value - series.baseline.value
  const better = series.direction === 'higher' ? 1 : -1
  const progress = latest && gap !== 0 ? (latest.value - series.baseline.value) / gap : null
  const remaining = latest ? Math.max(0, (series.target.value - latest.value) * better) : null
  let trend: IndicatorStanding['trend'] = 'unknown'
  if (latest && previous) {
    const change = (latest.value - previous.value) * better
    const threshold = Math.abs(gap) * 0.01
    trend = Math.abs(change) <= threshold ? 'stable' : change > 0 ? 'improving' : 'worsening'
  }
  return { latest, progress, remaining, trend }
}
