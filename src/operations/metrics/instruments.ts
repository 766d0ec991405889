/**
 * What `/metrics` says about this instance, in Prometheus's text format: traffic by route kind,
 * the caches, the renders, the outbox, the jobs, the last backup, and Node's own figures (event-loop
 * lag, heap). Traffic is counted as it happens; everything else is read when Prometheus scrapes.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import { RequestTally } from './request-tally'
import { shareWhileFresh } from './share-while-fresh'

/** Which mount answered a request: few and fixed, so every series stays small. */
export const ROUTE_KINDS = [
  'cached-page',
  'back-office',
  'health',
  'readiness',
  'metrics',
  'asset',
  'open-data',
  'canonical-redirect',
  'contact-form',
  'page-feedback',
  'format-request',
  'follow',
  'read-only',
  'document-file',
  'preview-link',
  'root-redirect',
  'robots',
  'sitemap',
  'page',
  'bad-target',
  'unanswered',
] as const
export type RouteKind = (typeof ROUTE_KINDS)[number]

/** Counters an in-memory cache keeps since the process started. */
export interface PageCacheFigures {
  entries: number
  bytes: number
  maxBytes: number
  hits: number
  misses: number
  purged: number
  evicted: number
}
export interface ReadCacheFigures {
  entries: number
  hits: number
  misses: number
}
export interface OutboxFigures {
  /** Emails waiting to be sent or being sent. */
  pending: number
  /** When the oldest of them was queued; undefined when none waits. */
  oldestQueuedAt: Date | undefined
}

/** Where the figures read at scrape time come from (main.ts wires them to this instance). */
export interface MetricSources {
  pageCache?: () => PageCacheFigures
  readCache?: () => ReadCacheFigures
  renders?: () => { running: number; waiting: number }
  outbox?: () => Promise<OutboxFigures>
  failedJobs?: () => Promise<number>
  /** When the last backup finished; undefined when none is recorded. */
  lastBackup?: () => Promise<Date | undefined>
  /** Whether `/readyz` would say ready. */
  ready?: () => Promise<boolean>
  /** Told when a figure could not be read (the scrape still answers, with NaN for it). */
  warn?: (message: string, error: unknown) => void
}

export interface Metrics {
  /** A page cache hit, answered before any mount: one counter increment and one observation, nothing more. */
  cachedPage(status: number, seconds: number): void
  /** Any other request, once its response has ended. */
  answered(route: RouteKind, status: number, seconds: number): void
  /** A public page was rendered with this many database queries. */
  rendered(queries: number): void
  /** The text Prometheus scrapes, and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>
}

const seconds = (date: Date) => date.getTime() / 1000

export function createMetrics(sources: MetricSources = {}): Metrics {
  const registry = new Registry()
  const registers = [registry]
  // Event-loop lag, heap, garbage collection, open handles, CPU: prom-client's own `nodejs_*` and `process_*` series.
  collectDefaultMetrics({ register: registry })
  const warn = sources.warn ?? (() => undefined)
  /** A figure that failed to read is NaN for this scrape: alerts comparing it stay quiet, the readiness alert speaks. */
  const orNaN = async <T>(what: string, read: () => Promise<T>, use: (value: T) => number): Promise<number> => {
    try {
      return use(await read())
    } catch (error) {
      warn(`metrics: could not read ${what}`, error)
      return Number.NaN
    }
  }

  const traffic = new RequestTally(ROUTE_KINDS)
  traffic.register(
    registry,
    { name: 'belfort_http_requests_total', help: 'Requests answered, by route kind and status' },
    { name: 'belfort_http_request_duration_seconds', help: 'Time from the request to the end of its response, by route kind' },
  )
  const cachedPageRoute = traffic.indexOf('cached-page')
  const queries = new Histogram({
    name: 'belfort_render_database_queries',
    help: 'Database queries one public page render made (reads answered by the read cache are not queries)',
    buckets: [0, 1, 2, 5, 10, 20, 50, 100, 200],
    registers,
  })

  const pageCache = sources.pageCache
  if (pageCache) {
    const total = (name: string, help: string, pick: (figures: PageCacheFigures) => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset()
          this.inc(pick(pageCache()))
        },
      })
    total('belfort_page_cache_hits_total', 'Public pages answered from the page cache', (f) => f.hits)
    total('belfort_page_cache_misses_total', 'Cacheable public pages not in the page cache, rendered', (f) => f.misses)
    total(
      'belfort_page_cache_evictions_total',
      'Pages pushed out of the page cache to make room (least recently used first)',
      (f) => f.evicted,
    )
    total('belfort_page_cache_purges_total', 'Pages removed from the page cache because content they show changed', (f) => f.purged)
    const gauge = (name: string, help: string, pick: (figures: PageCacheFigures) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(pick(pageCache()))
        },
      })
    gauge('belfort_page_cache_bytes', 'Memory the page cache holds, its compressed variants included', (f) => f.bytes)
    gauge('belfort_page_cache_max_bytes', 'The page cache’s bound (PAGE_CACHE_MB)', (f) => f.maxBytes)
    gauge('belfort_page_cache_entries', 'Pages in the page cache', (f) => f.entries)
  }

  const readCache = sources.readCache
  if (readCache) {
    new Counter({
      name: 'belfort_read_cache_hits_total',
      help: 'Content reads answered by the read cache',
      registers,
      collect() {
        this.reset()
        this.inc(readCache().hits)
      },
    })
    new Counter({
      name: 'belfort_read_cache_misses_total',
      help: 'Content reads that went to Payload and the database',
      registers,
      collect() {
        this.reset()
        this.inc(readCache().misses)
      },
    })
    new Gauge({
      name: 'belfort_read_cache_hit_ratio',
      help: 'Share of content reads the read cache answered since the start (NaN before the first read)',
      registers,
      collect() {
        const { hits, misses } = readCache()
        this.set(hits + misses === 0 ? Number.NaN : hits / (hits + misses))
      },
    })
    new Gauge({
      name: 'belfort_read_cache_entries',
      help: 'Reads kept in the read cache',
      registers,
      collect() {
        this.set(readCache().entries)
      },
    })
  }

  const renders = sources.renders
  if (renders) {
    new Gauge({
      name: 'belfort_renders_in_flight',
      help: 'Public pages being rendered now (at most RENDER_CONCURRENCY)',
      registers,
      collect() {
        this.set(renders().running)
      },
    })
    new Gauge({
      name: 'belfort_renders_waiting',
      help: 'Public page renders waiting for a slot',
      registers,
      collect() {
        this.set(renders().waiting)
      },
    })
  }

  const outbox = sources.outbox
  if (outbox) {
    // Both gauges come from one read per scrape.
    const read = shareWhileFresh(outbox, 1000)
    new Gauge({
      name: 'belfort_outbox_pending_emails',
      help: 'Emails in the outbox waiting to be sent (queued or being sent)',
      registers,
      async collect() {
        this.set(await orNaN('the outbox', read, (figures) => figures.pending))
      },
    })
    new Gauge({
      name: 'belfort_outbox_oldest_pending_age_seconds',
      help: 'How long the oldest email waiting in the outbox has waited (0 when none waits)',
      registers,
      async collect() {
        this.set(
          await orNaN('the outbox', read, (figures) =>
            figures.oldestQueuedAt ? Math.max(0, Date.now() / 1000 - seconds(figures.oldestQueuedAt)) : 0,
          ),
        )
      },
    })
  }

  const failedJobs = sources.failedJobs
  if (failedJobs) {
    new Gauge({
      name: 'belfort_jobs_failed',
      help: 'Queued jobs that ended with an error and will not be retried',
      registers,
      async collect() {
        this.set(await orNaN('the failed jobs', failedJobs, (count) => count))
      },
    })
  }

  const lastBackup = sources.lastBackup
  if (lastBackup) {
    // A record that cannot be read counts as no backup (0): the alert on a missing backup then speaks, as it should.
    const read = shareWhileFresh(
      () =>
        lastBackup().catch((error: unknown) => {
          warn('metrics: could not read the last backup’s record', error)
          return undefined
        }),
      1000,
    )
    new Gauge({
      name: 'belfort_backup_last_success_timestamp_seconds',
      help: 'When the last successful backup finished (Unix time; 0 when none is recorded)',
      registers,
      async collect() {
        const finished = await read()
        this.set(finished ? seconds(finished) : 0)
      },
    })
    new Gauge({
      name: 'belfort_backup_age_seconds',
      help: 'Time since the last successful backup finished (NaN when none is recorded)',
      registers,
      async collect() {
        const finished = await read()
        this.set(finished ? Date.now() / 1000 - seconds(finished) : Number.NaN)
      },
    })
  }

  const ready = sources.ready
  if (ready) {
    new Gauge({
      name: 'belfort_ready',
      help: 'Whether /readyz says ready: 1, or 0 (stopping, database unreachable, migrations not current)',
      registers,
      async collect() {
        this.set(await orNaN('readiness', ready, (isReady) => (isReady ? 1 : 0)))
      },
    })
  }

  return {
    cachedPage(status, took) {
      traffic.record(cachedPageRoute, status, took)
    },
    answered(route, status, took) {
      traffic.record(traffic.indexOf(route), status, took)
    },
    rendered(count) {
      queries.observe(count)
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() }
    },
  }
}
