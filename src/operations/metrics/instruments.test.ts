import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parsePrometheusText, sampleValue } from '../../../tests/support/prometheus-text'
import { createMetrics, type MetricSources } from './instruments'

const hourAgo = new Date(Date.now() - 3600_000)

function sources(changes: Partial<MetricSources> = {}): MetricSources {
  return {
    pageCache: () => ({ entries: 3, bytes: 4096, maxBytes: 65536, hits: 7, misses: 2, purged: 1, evicted: 4 }),
    readCache: () => ({ entries: 5, hits: 3, misses: 1 }),
    renders: () => ({ running: 2, waiting: 1 }),
    outbox: async () => ({ pending: 4, oldestQueuedAt: hourAgo }),
    failedJobs: async () => 1,
    lastBackup: async () => hourAgo,
    ready: async () => true,
    ...changes,
  }
}

describe('createMetrics', () => {
  it('says every figure in Prometheus text format', async () => {
    const metrics = createMetrics(sources())
    metrics.cachedPage(200, 0.0002)
    metrics.answered('page', 200, 0.03)
    metrics.answered('page', 404, 0.02)
    metrics.rendered(12)
    const { contentType, body } = await metrics.scrape()
    assert.match(contentType, /^text\/plain; version=0\.0\.4/)
    const families = parsePrometheusText(body)
    const value = (name: string, labels?: Record<string, string>) => sampleValue(families, name, labels)
    assert.equal(value('belfort_http_requests_total', { route: 'cached-page', status: '200' }), 1)
    assert.equal(value('belfort_http_requests_total', { route: 'page', status: '404' }), 1)
    assert.equal(value('belfort_http_request_duration_seconds_count', { route: 'page' }), 2)
    assert.equal(value('belfort_http_request_duration_seconds_bucket', { route: 'cached-page', le: '0.0005' }), 1)
    assert.equal(value('belfort_render_database_queries_sum'), 12)
    assert.equal(value('belfort_page_cache_hits_total'), 7)
    assert.equal(value('belfort_page_cache_misses_total'), 2)
    assert.equal(value('belfort_page_cache_evictions_total'), 4)
    assert.equal(value('belfort_page_cache_purges_total'), 1)
    assert.equal(value('belfort_page_cache_bytes'), 4096)
    assert.equal(value('belfort_read_cache_hit_ratio'), 0.75)
    assert.equal(value('belfort_renders_in_flight'), 2)
    assert.equal(value('belfort_renders_waiting'), 1)
    assert.equal(value('belfort_outbox_pending_emails'), 4)
    assert.ok(Math.abs(value('belfort_outbox_oldest_pending_age_seconds') - 3600) < 5)
    assert.equal(value('belfort_jobs_failed'), 1)
    assert.equal(value('belfort_backup_last_success_timestamp_seconds'), hourAgo.getTime() / 1000)
    assert.ok(Math.abs(value('belfort_backup_age_seconds') - 3600) < 5)
    assert.equal(value('belfort_ready'), 1)
    assert.ok(value('nodejs_heap_size_used_bytes') > 0)
    assert.ok(families.has('nodejs_eventloop_lag_seconds'))
  })

  it('counts a counter from the cache’s own tally, not adding up scrapes', async () => {
    let hits = 1
    const metrics = createMetrics(
      sources({ pageCache: () => ({ entries: 0, bytes: 0, maxBytes: 1, hits, misses: 0, purged: 0, evicted: 0 }) }),
    )
    await metrics.scrape()
    hits = 5
    assert.equal(sampleValue(parsePrometheusText((await metrics.scrape()).body), 'belfort_page_cache_hits_total'), 5)
  })

  it('says no backup as a timestamp of 0 and an age of NaN, also when the record cannot be read', async () => {
    for (const lastBackup of [async () => undefined, async () => Promise.reject(new Error('bad record'))]) {
      const warnings: string[] = []
      const metrics = createMetrics(sources({ lastBackup, warn: (message) => warnings.push(message) }))
      const families = parsePrometheusText((await metrics.scrape()).body)
      assert.equal(sampleValue(families, 'belfort_backup_last_success_timestamp_seconds'), 0)
      assert.ok(Number.isNaN(sampleValue(families, 'belfort_backup_age_seconds')))
    }
  })

  it('answers a scrape when the database does not, with NaN for what it could not read', async () => {
    const down = async () => Promise.reject(new Error('database down'))
    const warnings: string[] = []
    const metrics = createMetrics(
      sources({ outbox: down, failedJobs: down, ready: async () => false, warn: (message) => warnings.push(message) }),
    )
    const families = parsePrometheusText((await metrics.scrape()).body)
    assert.ok(Number.isNaN(sampleValue(families, 'belfort_outbox_pending_emails')))
    assert.ok(Number.isNaN(sampleValue(families, 'belfort_jobs_failed')))
    assert.equal(sampleValue(families, 'belfort_ready'), 0)
    assert.ok(warnings.length >= 2)
  })

  it('reads the outbox once for both of its gauges', async () => {
    let reads = 0
    const metrics = createMetrics(
      sources({
        outbox: async () => {
          reads++
          return { pending: 0, oldestQueuedAt: undefined }
        },
      }),
    )
    const families = parsePrometheusText((await metrics.scrape()).body)
    assert.equal(reads, 1)
    assert.equal(sampleValue(families, 'belfort_outbox_oldest_pending_age_seconds'), 0)
  })
})
