/**
 * Requests by route kind and status, and their durations as a histogram, kept in plain arrays: a
 * page cache hit (tens of thousands a second) costs a few array increments here, where prom-client's
 * labelled counter and histogram hash their labels on every call (microseconds). Turned into
 * Prometheus's counter and histogram only when scraped.
 */
import type { Metric, Registry } from 'prom-client'

/** Upper bounds of the duration buckets, in seconds: from a cache hit to a slow back-office call. */
export const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const

/** Statuses are counted in an array indexed by status; anything outside 100–599 counts as 0 ("none sent"). */
const STATUSES = 600

interface RouteTally {
  byStatus: Float64Array
  /** Per bucket, not cumulative; the last slot is +Inf. */
  buckets: Float64Array
  sum: number
  count: number
}

type Value = { value: number; labels: Record<string, string | number>; metricName?: string }

export class RequestTally<Route extends string> {
  private readonly tallies: RouteTally[]
  private readonly index: Map<Route, number>

  constructor(private readonly routes: readonly Route[]) {
    this.tallies = routes.map(() => ({
      byStatus: new Float64Array(STATUSES),
      buckets: new Float64Array(DURATION_BUCKETS.length + 1),
      sum: 0,
      count: 0,
    }))
    this.index = new Map(routes.map((route, i) => [route, i]))
  }

  /** The index `record` takes for a route kind (look it up once where the route is fixed). */
  indexOf(route: Route): number {
    return this.index.get(route) ?? this.routes.length - 1
  }

  record(routeIndex: number, status: number, seconds: number): void {
    const tally = this.tallies[routeIndex]!
    tally.byStatus[status >= 100 && status < STATUSES ? status : 0]!++
    let bucket = 0
    while (bucket < DURATION_BUCKETS.length && seconds > DURATION_BUCKETS[bucket]!) bucket++
    tally.buckets[bucket]!++
    tally.sum += seconds
    tally.count++
  }

  /** Registers the counter and the histogram these tallies make. */
  register(registry: Registry, counter: { name: string; help: string }, histogram: { name: string; help: string }): void {
    const counterValues = (): Value[] =>
      this.tallies.flatMap((tally, i) => {
        const values: Value[] = []
        tally.byStatus.forEach((count, status) => {
          if (count > 0) values.push({ value: count, labels: { route: this.routes[i]!, status } })
        })
        return values
      })
    const histogramValues = (): Value[] =>
      this.tallies.flatMap((tally, i) => {
        if (tally.count === 0) return []
        const route = this.routes[i]!
        let cumulative = 0
        const values: Value[] = DURATION_BUCKETS.map((le, bucket) => {
          cumulative += tally.buckets[bucket]!
          return { metricName: `${histogram.name}_bucket`, value: cumulative, labels: { le, route } }
        })
        values.push(
          { metricName: `${histogram.name}_bucket`, value: tally.count, labels: { le: '+Inf', route } },
          { metricName: `${histogram.name}_sum`, value: tally.sum, labels: { route } },
          { metricName: `${histogram.name}_count`, value: tally.count, labels: { route } },
        )
        return values
      })
    // prom-client takes any object that answers `get()` as its own metrics do; its type names its classes only.
    const metric = (name: string, help: string, type: 'counter' | 'histogram', values: () => Value[]) =>
      ({
        name,
        help,
        type,
        aggregator: 'sum',
        get: async () => ({ name, help, type, aggregator: 'sum', values: values() }),
      }) as unknown as Metric
    registry.registerMetric(metric(counter.name, counter.help, 'counter', counterValues))
    registry.registerMetric(metric(histogram.name, histogram.help, 'histogram', histogramValues))
  }
}
