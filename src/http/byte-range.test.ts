import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseRange } from './byte-range'

describe('parseRange', () => {
  it('reads open, closed and suffix ranges', () => {
    assert.deepEqual(parseRange(undefined, 100), { kind: 'whole' })
    assert.deepEqual(parseRange('bytes=0-9', 100), { kind: 'part', start: 0, end: 9 })
    assert.deepEqual(parseRange('bytes=90-', 100), { kind: 'part', start: 90, end: 99 })
    assert.deepEqual(parseRange('bytes=-10', 100), { kind: 'part', start: 90, end: 99 })
    assert.deepEqual(parseRange('bytes=50-500', 100), { kind: 'part', start: 50, end: 99 })
  })
  it('says when a range cannot be served, and serves the whole file for what it does not handle', () => {
    assert.deepEqual(parseRange('bytes=100-', 100), { kind: 'unsatisfiable' })
    assert.deepEqual(parseRange('bytes=9-3', 100), { kind: 'unsatisfiable' })
    assert.deepEqual(parseRange('bytes=-0', 100), { kind: 'unsatisfiable' })
    assert.deepEqual(parseRange('bytes=abc', 100), { kind: 'unsatisfiable' })
    assert.deepEqual(parseRange('bytes=0-1,5-6', 100), { kind: 'whole' })
    assert.deepEqual(parseRange('pages=1-2', 100), { kind: 'whole' })
  })
})
