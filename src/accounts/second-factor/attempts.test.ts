import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { WrongCodes } from './attempts'

const inMemory = () => new WrongCodes((options) => new RateLimiterMemory(options), 'a-secret-of-this-test', 3)

describe('WrongCodes', () => {
  it('refuses an account after the limit, and no other account', async () => {
    const counter = inMemory()
    assert.equal(await counter.fail('7'), 2)
    assert.equal(await counter.fail('7'), 1)
    assert.equal(await counter.allows('7'), true)
    assert.equal(await counter.fail('7'), 0)
    assert.equal(await counter.allows('7'), false)
    assert.equal(await counter.allows('8'), true)
  })
  it('forgets the count after a right answer', async () => {
    const counter = inMemory()
    for (let i = 0; i < 3; i++) await counter.fail('7')
    assert.equal(await counter.allows('7'), false)
    await counter.succeed('7')
    assert.equal(await counter.allows('7'), true)
  })
  it('shares its count with every counter on the same store (instances on one PostgreSQL)', async () => {
    const store = new Map<string, RateLimiterMemory>()
    const shared = (options: { keyPrefix: string; points: number; duration: number }) => {
      const limiter = store.get(options.keyPrefix) ?? new RateLimiterMemory(options)
      store.set(options.keyPrefix, limiter)
      return limiter
    }
    const one = new WrongCodes(shared, 'a-secret-of-this-test', 3)
    const two = new WrongCodes(shared, 'a-secret-of-this-test', 3)
    await one.fail('7')
    await two.fail('7')
    await one.fail('7')
    assert.equal(await two.allows('7'), false)
  })
})
