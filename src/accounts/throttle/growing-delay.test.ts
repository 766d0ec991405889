import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { GrowingDelay, type MakeLimiter } from './growing-delay'

const memory: MakeLimiter = (options) => new RateLimiterMemory(options)
const policy = { name: 'test', free: 2, firstWaitSeconds: 1, maxWaitSeconds: 4, windowSeconds: 60 }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('growing delays', () => {
  it('lets the free attempts through, then one attempt per wait, each wait twice the one before', async () => {
    const delay = new GrowingDelay(memory, policy)
    assert.deepEqual(await delay.admit('k'), { allowed: true })
    assert.deepEqual(await delay.admit('k'), { allowed: true })
    assert.deepEqual(await delay.admit('k'), { allowed: true }) // opens a 1 s wait
    const refused = await delay.admit('k')
    assert.equal(refused.allowed, false)
    if (refused.allowed) return
    assert.ok(refused.retryAfterMs > 0 && refused.retryAfterMs <= 1000)
    assert.equal(refused.firstRefusal, true)
    const again = await delay.admit('k')
    assert.equal(!again.allowed && again.firstRefusal, false, 'one refusal reported per wait')
    await sleep(1100)
    assert.deepEqual(await delay.admit('k'), { allowed: true }) // opens a 2 s wait
    const longer = await delay.admit('k')
    assert.ok(!longer.allowed && longer.retryAfterMs > 1000 && longer.retryAfterMs <= 2000)
    assert.equal(delay.waitSeconds(5), 4, 'never more than the ceiling')
  })

  it('lets exactly one attempt through per wait when a burst arrives at once', async () => {
    const delay = new GrowingDelay(memory, policy)
    const answers = await Promise.all(Array.from({ length: 20 }, () => delay.admit('burst')))
    assert.equal(answers.filter((answer) => answer.allowed).length, 3)
  })

  it('keeps keys apart, and forgets a key after a success that proves its owner', async () => {
    const delay = new GrowingDelay(memory, policy)
    for (let i = 0; i < 4; i++) await delay.admit('a')
    assert.equal((await delay.admit('a')).allowed, false)
    assert.equal((await delay.admit('b')).allowed, true)
    await delay.forget('a')
    assert.equal((await delay.admit('a')).allowed, true)
  })
})
