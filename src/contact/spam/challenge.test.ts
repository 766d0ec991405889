import assert from 'node:assert/strict'
import { createHash, createHmac } from 'node:crypto'
import { beforeEach, describe, it } from 'node:test'
import { type ChallengeOptions, createChallenge, solveChallenge, verifyChallenge } from './challenge'

let now = 0
const options: ChallengeOptions = { secret: 'test-secret', maxNumber: 2000, minSecondsWithoutWork: 5, maxAgeSeconds: 3600, now: () => now }
beforeEach(() => {
  now = 1_700_000_000_000
})

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const decode = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))
const encode = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url')
/** A token signed the way createChallenge signs, for payloads it would never write. */
const signed = (payload: unknown, secret = options.secret) => {
  const encoded = encode(payload)
  return `${encoded}.${createHmac('sha256', secret).update(encoded).digest('base64url')}`
}
const later = (seconds: number) => {
  now += seconds * 1000
}

describe('createChallenge', () => {
  it('gives a random salt, the hash of salt + a number within the work, and a token that carries them', () => {
    const challenge = createChallenge(options)
    assert.match(challenge.salt, /^[0-9a-f]{32}$/)
    assert.match(challenge.target, /^[0-9a-f]{64}$/)
    assert.equal(challenge.algorithm, 'SHA-256')
    assert.equal(challenge.maxNumber, 2000)
    assert.match(challenge.token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    assert.deepEqual(decode(challenge.token), { salt: challenge.salt, target: challenge.target, maxNumber: 2000, issuedAt: now })
    const n = solveChallenge(challenge)
    assert.ok(n !== undefined && n >= 0 && n <= 2000)
    assert.equal(sha256(challenge.salt + String(n)), challenge.target)
  })

  it('never gives the same salt twice, and spreads the secret number over the range', () => {
    const small = { ...options, maxNumber: 3 }
    const challenges = Array.from({ length: 200 }, () => createChallenge(small))
    assert.equal(new Set(challenges.map((c) => c.salt)).size, 200)
    assert.deepEqual(new Set(challenges.map((c) => solveChallenge(c))), new Set([0, 1, 2, 3]))
  })

  it('takes no work at all for maxNumber 0, and refuses a maxNumber that is not a whole number in range', () => {
    const none = createChallenge({ ...options, maxNumber: 0 })
    assert.equal(solveChallenge(none), 0)
    for (const maxNumber of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 48])
      assert.throws(() => createChallenge({ ...options, maxNumber }), RangeError)
  })

  it('refuses to work without a secret', () => {
    assert.throws(() => createChallenge({ ...options, secret: '' }), /secret/)
    assert.throws(() => verifyChallenge('a.b', '1', { ...options, secret: '' }), /secret/)
  })
})

describe('verifyChallenge', () => {
  it('accepts a solved challenge at once, and names it by its salt', () => {
    const challenge = createChallenge(options)
    const solution = String(solveChallenge(challenge))
    assert.deepEqual(verifyChallenge(challenge.token, solution, options), { ok: true, id: challenge.salt, solved: true })
  })

  it('without a solution, accepts only a form that has been open long enough', () => {
    const challenge = createChallenge(options)
    assert.deepEqual(verifyChallenge(challenge.token, undefined, options), { ok: false, problem: 'too-fast' })
    later(4.999)
    assert.deepEqual(verifyChallenge(challenge.token, '', options), { ok: false, problem: 'too-fast' })
    later(0.001)
    assert.deepEqual(verifyChallenge(challenge.token, '', options), { ok: true, id: challenge.salt, solved: false })
    assert.deepEqual(verifyChallenge(challenge.token, undefined, options), { ok: true, id: challenge.salt, solved: false })
  })

  it('missing: no token or an empty one', () => {
    assert.deepEqual(verifyChallenge(undefined, '1', options), { ok: false, problem: 'missing' })
    assert.deepEqual(verifyChallenge('', undefined, options), { ok: false, problem: 'missing' })
  })

  it('invalid: tokens that are not ours in form', () => {
    const { token } = createChallenge(options)
    const [payload, signature] = token.split('.') as [string, string]
    for (const bad of [
      'nonsense',
      '.',
      `${payload}.`,
      `.${signature}`,
      `${payload}.${signature}.x`,
      `${payload}${signature}`,
      ' ',
      '{"salt":"a"}',
      `${payload}.${signature.slice(0, -1)}`,
    ]) {
      assert.deepEqual(verifyChallenge(bad, undefined, options), { ok: false, problem: 'invalid' }, bad)
    }
  })

  it('invalid: a payload changed after signing, whatever was changed', () => {
    const challenge = createChallenge(options)
    const solution = String(solveChallenge(challenge))
    const signature = challenge.token.split('.')[1]!
    const original = decode(challenge.token)
    for (const change of [
      { issuedAt: now + 3_600_000 },
      { issuedAt: 0 },
      { maxNumber: 1 },
      { target: sha256(`${challenge.salt}0`) },
      { salt: 'f'.repeat(32) },
    ]) {
      assert.deepEqual(
        verifyChallenge(`${encode({ ...original, ...change })}.${signature}`, solution, options),
        { ok: false, problem: 'invalid' },
        JSON.stringify(change),
      )
    }
  })

  it('invalid: a signature changed, or made with another secret', () => {
    const challenge = createChallenge(options)
    const solution = String(solveChallenge(challenge))
    const [payload, signature] = challenge.token.split('.') as [string, string]
    const flipped = `${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`
    assert.deepEqual(verifyChallenge(flipped, solution, options), { ok: false, problem: 'invalid' })
    assert.deepEqual(verifyChallenge(challenge.token, solution, { ...options, secret: 'another-secret' }), {
      ok: false,
      problem: 'invalid',
    })
    const foreign = createChallenge({ ...options, secret: 'another-secret' })
    assert.deepEqual(verifyChallenge(foreign.token, String(solveChallenge(foreign)), options), { ok: false, problem: 'invalid' })
  })

  it('invalid: a correctly signed payload that is not the shape we write', () => {
    const salt = 'a'.repeat(32)
    const good = { salt, target: sha256(`${salt}7`), maxNumber: 10, issuedAt: now }
    assert.deepEqual(verifyChallenge(signed(good), '7', options), { ok: true, id: salt, solved: true }, 'the forger here holds the secret')
    for (const payload of [
      { ...good, salt: 'not hex' },
      { ...good, target: 'abc' },
      { ...good, issuedAt: String(now) },
      { ...good, maxNumber: null },
      { salt, target: good.target },
      [good],
      'text',
      null,
    ]) {
      assert.deepEqual(verifyChallenge(signed(payload), '7', options), { ok: false, problem: 'invalid' }, JSON.stringify(payload))
    }
    const notJson = Buffer.from('{not json').toString('base64url')
    assert.deepEqual(
      verifyChallenge(`${notJson}.${createHmac('sha256', options.secret).update(notJson).digest('base64url')}`, '7', options),
      { ok: false, problem: 'invalid' },
    )
  })

  it('invalid: a wrong answer, or anything but a plain decimal number', () => {
    const challenge = createChallenge(options)
    const n = solveChallenge(challenge)!
    assert.deepEqual(verifyChallenge(challenge.token, String((n + 1) % 2001), options), { ok: false, problem: 'invalid' })
    const spellings = [
      `0${n}`,
      `+${n}`,
      ` ${n}`,
      `${n} `,
      `${n}.0`,
      `${n}e0`,
      `0x${n.toString(16)}`,
      `-${n}`,
      `${n}\n`,
      '١٢',
      'NaN',
      `${'9'.repeat(17)}`,
    ]
    for (const spelling of spellings)
      assert.deepEqual(verifyChallenge(challenge.token, spelling, options), { ok: false, problem: 'invalid' }, JSON.stringify(spelling))
    assert.deepEqual(verifyChallenge(challenge.token, String(n), options), { ok: true, id: challenge.salt, solved: true })
  })

  it('expired: older than the maximum age, with or without a solution', () => {
    const challenge = createChallenge(options)
    const solution = String(solveChallenge(challenge))
    later(3600)
    assert.equal(verifyChallenge(challenge.token, solution, options).ok, true, 'exactly the maximum age still counts')
    later(0.001)
    assert.deepEqual(verifyChallenge(challenge.token, solution, options), { ok: false, problem: 'expired' })
    assert.deepEqual(verifyChallenge(challenge.token, undefined, options), { ok: false, problem: 'expired' })
    assert.deepEqual(verifyChallenge(challenge.token, 'not even a number', options), { ok: false, problem: 'expired' })
  })

  it('expired: issued more than a minute in the future; within a minute it is clock drift', () => {
    const challenge = createChallenge(options)
    const solution = String(solveChallenge(challenge))
    later(-60)
    assert.deepEqual(verifyChallenge(challenge.token, solution, options), { ok: true, id: challenge.salt, solved: true })
    assert.deepEqual(verifyChallenge(challenge.token, undefined, options), { ok: false, problem: 'too-fast' })
    later(-0.001)
    assert.deepEqual(verifyChallenge(challenge.token, solution, options), { ok: false, problem: 'expired' })
  })

  it('uses the real clock when none is given', () => {
    const real = { ...options, now: undefined }
    const challenge = createChallenge(real)
    assert.ok(Math.abs((decode(challenge.token).issuedAt as number) - Date.now()) < 5000)
    assert.equal(verifyChallenge(challenge.token, String(solveChallenge(challenge)), real).ok, true)
    assert.deepEqual(verifyChallenge(challenge.token, undefined, real), { ok: false, problem: 'too-fast' })
  })
})

describe('solveChallenge', () => {
  it('finds the number a browser would find, and gives up past maxNumber', () => {
    const salt = 'b'.repeat(32)
    assert.equal(solveChallenge({ salt, target: sha256(`${salt}1234`), maxNumber: 2000 }), 1234)
    assert.equal(solveChallenge({ salt, target: sha256(`${salt}1234`), maxNumber: 1233 }), undefined)
    assert.equal(solveChallenge({ salt, target: 'f'.repeat(64), maxNumber: 50 }), undefined)
  })
})
