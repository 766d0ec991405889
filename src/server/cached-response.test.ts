import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cacheControlUntil } from './cached-response'

describe('cacheControlUntil', () => {
  const midnight = Date.parse('2026-12-01T23:00:00.000Z')

  it('leaves the usual header to a page without an end, or far from it', () => {
    assert.equal(cacheControlUntil(undefined, midnight), undefined)
    assert.equal(cacheControlUntil(midnight, midnight - 3_600_000), undefined)
  })

  it('lets a shared cache keep and serve a page no later than the instant it stops holding', () => {
    assert.equal(cacheControlUntil(midnight, midnight - 30_000), 'public, max-age=0, s-maxage=10, stale-while-revalidate=20')
    assert.equal(cacheControlUntil(midnight, midnight - 4_000), 'public, max-age=0, s-maxage=4, stale-while-revalidate=0')
    assert.equal(cacheControlUntil(midnight, midnight + 1_000), 'public, max-age=0, s-maxage=0, stale-while-revalidate=0')
  })
})
