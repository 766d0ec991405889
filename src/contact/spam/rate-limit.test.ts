import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RateLimiter, type RateLimitOptions } from './rate-limit'

/** A limiter on a clock the test moves by hand. */
function limiterAt(options: Omit<RateLimitOptions, 'now'>) {
  const clock = { now: 0 }
  return { limiter: new RateLimiter({ ...options, now: () => clock.now }), clock }
}

describe('RateLimiter', () => {
  it('allows up to the limit within the window, counting down what remains', () => {
    const { limiter } = limiterAt({ limit: 3, windowMs: 60_000 })
    assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 2 })
    assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 1 })
    assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 0 })
    assert.equal(limiter.take('a').allowed, false)
  })

  it('says when the oldest counted hit leaves the window, rounded up to whole seconds', () => {
    const { limiter, clock } = limiterAt({ limit: 2, windowMs: 60_000 })
    clock.now = 1_000
    limiter.take('a')
    clock.now = 30_000
    limiter.take('a')
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 31 })
    clock.now = 30_001
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 31 }, '30.999 s rounds up')
    clock.now = 60_999
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 1 }, 'never less than a second')
    clock.now = 61_000
    assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 0 }, 'the first hit has left: the window is a sliding one')
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 29 }, 'now the hit at 30 s is the oldest')
  })

  it('does not count refused hits: hammering does not push the wait further out', () => {
    const { limiter, clock } = limiterAt({ limit: 1, windowMs: 10_000 })
    limiter.take('a')
    for (let t = 1_000; t < 10_000; t += 1_000) {
      clock.now = t
      assert.equal(limiter.take('a').allowed, false)
    }
    clock.now = 10_000
    assert.equal(limiter.take('a').allowed, true)
  })

  it('counts each key apart', () => {
    const { limiter } = limiterAt({ limit: 1, windowMs: 60_000 })
    assert.equal(limiter.take('192.0.2.1').allowed, true)
    assert.equal(limiter.take('192.0.2.1').allowed, false)
    assert.equal(limiter.take('192.0.2.2').allowed, true)
    assert.equal(limiter.take('2001:db8::1').allowed, true)
    assert.equal(limiter.take('').allowed, true, 'even an empty key')
    assert.equal(limiter.take('').allowed, false)
  })

  it('forgets the least recently seen key beyond its memory bound', () => {
    const { limiter } = limiterAt({ limit: 1, windowMs: 60_000, maxKeys: 2 })
    limiter.take('a')
    limiter.take('b')
    assert.equal(limiter.take('a').allowed, false, 'a is seen again, so b is now the least recent')
    limiter.take('c')
    assert.equal(limiter.take('a').allowed, false, 'a is still counted')
    assert.equal(limiter.take('c').allowed, false, 'c is counted')
    assert.equal(limiter.take('b').allowed, true, 'b was forgotten')
  })

  it('stays within its memory bound under a flood of keys, by default 10 000', () => {
    const { limiter } = limiterAt({ limit: 1, windowMs: 60_000 })
    for (let i = 0; i <= 10_000; i++) limiter.take(`key ${i}`)
    assert.equal(limiter.take('key 10000').allowed, false, 'the newest is remembered')
    assert.equal(limiter.take('key 1').allowed, false, 'so is the second oldest')
    assert.equal(limiter.take('key 0').allowed, true, 'the oldest was forgotten')
  })

  it('copes with a clock that goes back', () => {
    const { limiter, clock } = limiterAt({ limit: 2, windowMs: 10_000 })
    clock.now = 50_000
    limiter.take('a')
    clock.now = 45_000
    limiter.take('a')
    const decision = limiter.take('a')
    assert.deepEqual(decision, { allowed: false, retryAfterSeconds: 10 }, 'counted from the earliest hit')
  })

  it('works on the real clock when none is given', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 })
    assert.deepEqual(limiter.take('a'), { allowed: true, remaining: 0 })
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 60 })
  })

  it('refuses options that make no sense', () => {
    for (const options of [
      { limit: 0, windowMs: 1000 },
      { limit: 1.5, windowMs: 1000 },
      { limit: 1, windowMs: 0 },
      { limit: 1, windowMs: Number.NaN },
      { limit: 1, windowMs: Number.POSITIVE_INFINITY },
      { limit: 1, windowMs: 1000, maxKeys: 0 },
    ]) {
      assert.throws(() => new RateLimiter(options), RangeError, JSON.stringify(options))
    }
  })
})
