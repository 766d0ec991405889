import { AsyncLocalStorage } from 'node:async_hooks'
import { performance } from 'node:perf_hooks'

/** What one render spent in the database: how many adapter calls and their summed time. */
interface Tally {
  queries: number
  databaseMs: number
}

const tallies = new AsyncLocalStorage<Tally>()

/** The adapter calls that read (a public render only reads); writes are not counted. */
const READS = [
  'find',
  'findOne',
  'findGlobal',
  'count',
  'countVersions',
  'countGlobalVersions',
  'findVersions',
  'findGlobalVersions',
  'findDistinct',
  'queryDrafts',
] as const

/**
 * Wraps the database adapter's read methods so a render can say how many queries it made and how
 * long they took. Outside a timed render the wrapper only checks for a tally and calls through.
 * `reads` names other read methods (the content store's `read`).
 */
export function countDatabaseReads(db: object, reads: readonly string[] = READS): void {
  const methods = db as Record<string, unknown>
  for (const name of reads) {
    const original = methods[name]
    if (typeof original !== 'function') continue
    methods[name] = async function counted(this: unknown, ...args: unknown[]) {
      const tally = tallies.getStore()
      if (!tally) return original.apply(this, args)
      const started = performance.now()
      tally.queries++
      try {
        return await original.apply(this, args)
      } finally {
        tally.databaseMs += performance.now() - started
      }
    }
  }
}

export interface RenderTiming {
  queries: number
  databaseMs: number
  totalMs: number
  /** A `Server-Timing` header value (W3C Server Timing), read by browsers' developer tools and the benchmark. */
  header: string
}

const ms = (value: number) => (Math.round(value * 10) / 10).toString()

/**
 * Runs a render and says where its time went. Queries run in parallel overlap, so the database
 * figure is the sum of their times and the rest (`render`) is at least zero.
 */
export async function timeRender<T>(render: () => Promise<T>): Promise<{ result: T; timing: RenderTiming }> {
  const tally: Tally = { queries: 0, databaseMs: 0 }
  const started = performance.now()
  const result = await tallies.run(tally, render)
  const totalMs = performance.now() - started
  const renderMs = Math.max(0, totalMs - tally.databaseMs)
  return {
    result,
    timing: {
      queries: tally.queries,
      databaseMs: tally.databaseMs,
      totalMs,
      header: `db;dur=${ms(tally.databaseMs)};desc="${tally.queries} queries", render;dur=${ms(renderMs)}, total;dur=${ms(totalMs)}`,
    },
  }
}
