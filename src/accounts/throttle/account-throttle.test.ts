import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { AccountThrottle, POLICIES } from './account-throttle'
import type { MakeLimiter } from './growing-delay'

const memory: MakeLimiter = (options) => new RateLimiterMemory(options)
const owner = 'owner@example.test'

describe('account throttle', () => {
  it('slows the address that guesses, not another address, not the owner', async () => {
    const throttle = new AccountThrottle(memory, 'secret')
    const burst = await Promise.all(Array.from({ length: 30 }, () => throttle.admitSignIn({ email: owner, address: '203.0.113.9' })))
    const refused = burst.filter((verdict) => !verdict.allowed)
    assert.ok(refused.length >= 30 - POLICIES.signInAccountAddress.free - 1, `${refused.length} of 30 refused`)
    assert.equal((await throttle.admitSignIn({ email: owner, address: '203.0.113.9' })).allowed, false)
    assert.equal((await throttle.admitSignIn({ email: 'someone@example.test', address: '198.51.100.4' })).allowed, true)
    assert.equal((await throttle.admitSignIn({ email: owner, address: '192.0.2.1' })).allowed, true)
  })

  it('slows an address guessing many accounts', async () => {
    const throttle = new AccountThrottle(memory, 'secret')
    const verdicts = []
    for (let i = 0; i < POLICIES.signInAddress.free + 3; i++)
      verdicts.push(await throttle.admitSignIn({ email: `user${i}@example.test`, address: '203.0.113.9' }))
    const last = verdicts.at(-1)
    assert.ok(last && !last.allowed && last.limit === 'sign-in:address')
  })

  it('slows an account guessed from everywhere, except from where its owner signed in before', async () => {
    const throttle = new AccountThrottle(memory, 'secret')
    await throttle.admitSignIn({ email: owner, address: '192.0.2.1' })
    await throttle.signedIn({ email: owner, address: '192.0.2.1' })
    // Many addresses, a few guesses each: under every per-address limit, over the account's.
    for (let i = 0; i < POLICIES.signInAccount.free + 2; i++) await throttle.admitSignIn({ email: owner, address: `198.51.100.${i}` })
    const stranger = await throttle.admitSignIn({ email: owner, address: '203.0.113.200' })
    assert.ok(!stranger.allowed && stranger.limit === 'sign-in:account')
    assert.equal((await throttle.admitSignIn({ email: owner, address: '192.0.2.1' })).allowed, true, 'the owner’s usual address')
  })

  it('throttles Local API calls (no address) by account only', async () => {
    const throttle = new AccountThrottle(memory, 'secret')
    const verdicts = []
    for (let i = 0; i < POLICIES.signInAccount.free + 2; i++) verdicts.push(await throttle.admitSignIn({ email: owner }))
    const last = verdicts.at(-1)
    assert.ok(last && !last.allowed && last.limit === 'sign-in:account')
    assert.equal((await throttle.admitSignIn({ email: 'other@example.test' })).allowed, true)
  })
})
