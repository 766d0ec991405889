import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { describe, it } from 'node:test'
import { etagMatches, isNotModified } from './conditional'

const request = (headers: Record<string, string>) => ({ headers }) as IncomingMessage

describe('etagMatches', () => {
  it('compares weakly, in lists, and with *', () => {
    assert.ok(etagMatches('"a"', '"a"'))
    assert.ok(etagMatches('W/"a"', '"a"'))
    assert.ok(etagMatches('"b", "a"', '"a"'))
    assert.ok(etagMatches('*', '"a"'))
    assert.ok(!etagMatches('"b"', '"a"'))
    assert.ok(!etagMatches(undefined, '"a"'))
  })
})

describe('isNotModified', () => {
  const validators = { etag: '"a"', lastModified: '2026-03-14T10:00:00.500Z' }
  it('lets If-None-Match decide when it is sent, whatever If-Modified-Since says', () => {
    assert.ok(isNotModified(request({ 'if-none-match': '"a"' }), validators))
    assert.ok(!isNotModified(request({ 'if-none-match': '"b"', 'if-modified-since': 'Sat, 14 Mar 2026 10:00:00 GMT' }), validators))
  })
  it('compares If-Modified-Since to the second', () => {
    assert.ok(isNotModified(request({ 'if-modified-since': 'Sat, 14 Mar 2026 10:00:00 GMT' }), validators))
    assert.ok(!isNotModified(request({ 'if-modified-since': 'Sat, 14 Mar 2026 09:59:59 GMT' }), validators))
    assert.ok(!isNotModified(request({ 'if-modified-since': 'not a date' }), validators))
    assert.ok(!isNotModified(request({ 'if-modified-since': 'Sat, 14 Mar 2026 10:00:00 GMT' }), { etag: '"a"', lastModified: null }))
    assert.ok(!isNotModified(request({}), validators))
  })
})
