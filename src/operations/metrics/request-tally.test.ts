import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Registry } from 'prom-client'
import { parsePrometheusText, sampleValue } from '../../../tests/support/prometheus-text'
import { RequestTally } from './request-tally'

describe('RequestTally', () => {
  it('counts by route and status and puts each duration in the first bucket that holds it (le is inclusive)', async () => {
    const tally = new RequestTally(['page', 'asset'] as const)
    const registry = new Registry()
    tally.register(registry, { name: 't_requests_total', help: 'h' }, { name: 't_duration_seconds', help: 'h' })
    const page = tally.indexOf('page')
    tally.record(page, 200, 0.0005)
    tally.record(page, 200, 0.003)
    tally.record(page, 503, 60)
    tally.record(page, 42, 0.001)
    const families = parsePrometheusText(await registry.metrics())
    const value = (name: string, labels: Record<string, string>) => sampleValue(families, name, labels)
    assert.equal(value('t_requests_total', { route: 'page', status: '200' }), 2)
    assert.equal(value('t_requests_total', { route: 'page', status: '503' }), 1)
    assert.equal(value('t_requests_total', { route: 'page', status: '0' }), 1, 'a status that is not one is counted as 0')
    assert.equal(value('t_duration_seconds_bucket', { route: 'page', le: '0.0005' }), 1)
    assert.equal(value('t_duration_seconds_bucket', { route: 'page', le: '0.001' }), 2)
    assert.equal(value('t_duration_seconds_bucket', { route: 'page', le: '0.005' }), 3)
    assert.equal(value('t_duration_seconds_bucket', { route: 'page', le: '10' }), 3)
    assert.equal(value('t_duration_seconds_bucket', { route: 'page', le: '+Inf' }), 4)
    assert.equal(value('t_duration_seconds_count', { route: 'page' }), 4)
    assert.ok(Math.abs(value('t_duration_seconds_sum', { route: 'page' }) - 60.0045) < 1e-9)
    assert.equal(families.get('t_requests_total')?.type, 'counter')
    assert.equal(families.get('t_duration_seconds')?.type, 'histogram')
    assert.ok(
      !families.get('t_requests_total')?.samples.some((sample) => sample.labels.route === 'asset'),
      'a route never answered has no series',
    )
  })
})
