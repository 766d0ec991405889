import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RateLimiter } from './rate-limit'

describe('RateLimiter', () => {
  it('allows up to the limit within the window, then says when to come back', () => {
    let now = 0
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now })
    assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 2 })
    now = 10_000
    limiter.take('a')
    limiter.take('a')
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 50 })
    assert.equal(limiter.take('b').allowed, true, 'other addresses are counted apart')
    now = 60_001
    assert.equal(limiter.take('a').allowed, true, 'the first hit has left the window')
    assert.equal(limiter.take('a').allowed, false)
  })

  it('forgets the least recently seen address beyond its memory bound', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2, now: () => 0 })
    limiter.take('a')
    limiter.take('b')
    limiter.take('c')
    assert.equal(limiter.take('a').allowed, true, 'a was forgotten')
    assert.equal(limiter.take('c').allowed, false, 'c is still counted')
  })
})
