import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type ChallengeOptions, createChallenge, solveChallenge, verifyChallenge } from './challenge'

let now = 1_000_000
const options: ChallengeOptions = { secret: 'test-secret', maxNumber: 2000, minSecondsWithoutWork: 5, maxAgeSeconds: 3600, now: () => now }

describe('spam challenge', () => {
  it('accepts the solved challenge at once, and names it by its salt', () => {
    const challenge = createChallenge(options)
    const solution = solveChallenge(challenge)
    assert.notEqual(solution, undefined)
    assert.deepEqual(verifyChallenge(challenge.token, String(solution), options), { ok: true, id: challenge.salt, solved: true })
  })

  it('without a solution, accepts only a form that was open long enough', () => {
    const challenge = createChallenge(options)
    assert.deepEqual(verifyChallenge(challenge.token, undefined, options), { ok: false, problem: 'too-fast' })
    now += 5_000
    assert.deepEqual(verifyChallenge(challenge.token, '', options), { ok: true, id: challenge.salt, solved: false })
  })

  it('refuses a missing, forged, tampered, foreign or expired token and a wrong answer', () => {
    const challenge = createChallenge(options)
    const solution = String(solveChallenge(challenge))
    assert.deepEqual(verifyChallenge(undefined, solution, options), { ok: false, problem: 'missing' })
    assert.deepEqual(verifyChallenge('nonsense', solution, options), { ok: false, problem: 'invalid' })
    const [payload, signature] = challenge.token.split('.')
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), issuedAt: 0 })).toString('base64url')
    assert.deepEqual(verifyChallenge(`${changed}.${signature}`, solution, options), { ok: false, problem: 'invalid' })
    assert.deepEqual(verifyChallenge(challenge.token, solution, { ...options, secret: 'another' }), { ok: false, problem: 'invalid' })
    assert.deepEqual(verifyChallenge(challenge.token, String((Number(solution) + 1) % 2001), options), { ok: false, problem: 'invalid' })
    assert.deepEqual(verifyChallenge(challenge.token, '1e3', options), { ok: false, problem: 'invalid' })
    now += 3601_000
    assert.deepEqual(verifyChallenge(challenge.token, solution, options), { ok: false, problem: 'expired' })
  })
})
