import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { PageCache } from './page-cache'

const page = (body: string, tags: string[] = []) => ({ status: 200, contentType: 'text/html', body, tags })

describe('PageCache', () => {
  it('stores identity, gzip and brotli variants of the same bytes', () => {
    const cache = new PageCache(1024 * 1024)
    const body = '<p>hello</p>'.repeat(200)
    cache.set('/nl/', page(body))
    const hit = cache.get('/nl/')
    assert.ok(hit)
    assert.equal(hit.identity.toString(), body)
    assert.equal(gunzipSync(hit.gzip).toString(), body)
    assert.equal(brotliDecompressSync(hit.br).toString(), body)
    assert.match(hit.etag, /^"[\w-]+"$/)
  })

  it('counts hits and misses', () => {
    const cache = new PageCache(1024 * 1024)
    cache.get('/nl/')
    cache.set('/nl/', page('x'))
    cache.get('/nl/')
    cache.get('/nl/')
    assert.deepEqual([cache.stats().hits, cache.stats().misses], [2, 1])
  })

  it('never grows past its byte bound and evicts the least recently used page first', () => {
    const cache = new PageCache(64 * 1024)
    const body = (i: number) => `${i}`.padEnd(2000, 'x') + Math.random()
    for (let i = 0; i < 10; i++) cache.set(`/p${i}`, page(body(i)))
    cache.get('/p0') // p0 becomes recently used
    for (let i = 10; i < 200; i++) {
      cache.set(`/p${i}`, page(body(i)))
      if (i % 3 === 0) cache.get('/p0')
      assert.ok(cache.stats().bytes <= cache.maxBytes)
    }
    assert.ok(cache.has('/p0'), 'a page in use survives a flood of one-off pages')
    assert.ok(!cache.has('/p1'))
    // Every page stored and no longer held was pushed out for room (nothing was purged).
    assert.equal(cache.stats().evicted, 200 - cache.stats().entries)
    assert.equal(cache.stats().purged, 0)
  })

  it('refuses a page larger than an eighth of the cache', () => {
    const cache = new PageCache(8 * 1024)
    cache.set('/small', page('s'))
    cache.set('/huge', page('h'.repeat(4000) + Math.random().toString(36).repeat(200)))
    assert.ok(!cache.has('/huge'))
    assert.ok(cache.has('/small'))
  })

  it('purges exactly the pages that carry a tag', () => {
    const cache = new PageCache(1024 * 1024)
    cache.set('/nl/over-ons', page('a', ['pages:1']))
    cache.set('/nl/administraties', page('b', ['administrations:*']))
    cache.set('/nl/', page('c', ['global:home', 'pages:1']))
    assert.equal(cache.purge(['pages:1', 'pages:*']), 2)
    assert.ok(cache.has('/nl/administraties'))
    assert.ok(!cache.has('/nl/over-ons'))
    assert.ok(!cache.has('/nl/'))
  })

  it('does not keep a page rendered before a purge', () => {
    const cache = new PageCache(1024 * 1024)
    const started = cache.generation
    cache.purge(['pages:1'])
    cache.set('/nl/over-ons', page('stale'), started)
    assert.ok(!cache.has('/nl/over-ons'))
  })

  it('purges a page that read something of unknown dependencies on any change', () => {
    const cache = new PageCache(1024 * 1024)
    cache.set('/nl/x', page('x', ['*']))
    cache.set('/nl/y', page('y', ['pages:2']))
    assert.equal(cache.purge(['news:*', 'news:1']), 1)
    assert.ok(!cache.has('/nl/x'))
    assert.ok(cache.has('/nl/y'))
  })

  it('drops a page at the instant it says it holds until, and keeps one without such an instant', () => {
    let now = Date.parse('2026-12-01T22:00:00.000Z')
    const cache = new PageCache(1024 * 1024, () => now)
    const midnight = new Date('2026-12-01T23:00:00.000Z')
    cache.set('/nl/due', { ...page('<p>due on 1 December</p>'), freshUntil: midnight })
    cache.set('/nl/plain', page('<p>no date</p>'))
    assert.equal(cache.get('/nl/due')?.expiresAt, midnight.getTime())
    now = midnight.getTime() - 1
    assert.ok(cache.find('/nl/due'), 'still held a moment before')
    now = midnight.getTime()
    assert.equal(cache.find('/nl/due'), undefined, 'gone at the instant')
    assert.equal(cache.has('/nl/due'), false)
    assert.ok(cache.get('/nl/plain'))
    assert.equal(cache.stats().entries, 1)
  })

  it('does not store a page rendered after the instant it holds until', () => {
    const cache = new PageCache(1024 * 1024, () => Date.parse('2026-12-02T00:00:00.000Z'))
    cache.set('/nl/due', { ...page('<p>late</p>'), freshUntil: new Date('2026-12-01T23:00:00.000Z') })
    assert.equal(cache.has('/nl/due'), false)
  })
})
