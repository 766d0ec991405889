import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/**
 * A proof-of-work spam check in the manner of ALTCHA, without a third party and without a
 * cookie. The page carries a salt and the hash of salt + a secret number; the browser finds the
 * number by trying (client/contact.ts), which costs a visitor a moment and a spammer CPU for
 * every message. Without JavaScript the form is accepted once it has been open a few seconds,
 * which a person needs anyway and a bot has to wait for. The token is signed, so it cannot be
 * forged, and it expires; its salt is stored with the message, so that it serves once.
 */
export interface ChallengeOptions {
  /** HMAC key. */
  secret: string
  /** The work: the browser tries 0..maxNumber. */
  maxNumber: number
  /** No-JS fallback: a form without a solution is accepted only when at least this old. */
  minSecondsWithoutWork: number
  /** Older tokens are expired. */
  maxAgeSeconds: number
  /** Clock in milliseconds, for tests. */
  now?: () => number
}

export interface Challenge {
  token: string
  salt: string
  target: string
  maxNumber: number
  algorithm: 'SHA-256'
}

export type ChallengeVerdict =
  | { ok: true; id: string; solved: boolean }
  | { ok: false; problem: 'missing' | 'invalid' | 'expired' | 'too-fast' }

interface TokenPayload {
  salt: string
  target: string
  maxNumber: number
  issuedAt: number
}

/** How far a token's time may be ahead of ours (another instance's clock) before it is refused. */
const CLOCK_SKEW_SECONDS = 60
/** Digits of the largest safe integer: a longer "number" is not one the browser could have tried. */
const MAX_SOLUTION_DIGITS = 16
const SOLUTION = /^(0|[1-9][0-9]*)$/

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
const sign = (secret: string, encodedPayload: string): string => createHmac('sha256', secret).update(encodedPayload).digest('base64url')

function checkSecret(options: ChallengeOptions): void {
  // An empty key would make every token forgeable; better to fail loudly at the first use.
  if (!options.secret) throw new Error('The spam challenge needs a secret')
}

export function createChallenge(options: ChallengeOptions): Challenge {
  checkSecret(options)
  const { maxNumber } = options
  // randomInt's range is limited to 2^48; far beyond any work a browser could do anyway.
  if (!Number.isSafeInteger(maxNumber) || maxNumber < 0 || maxNumber >= 2 ** 48)
    throw new RangeError(`maxNumber must be a whole number from 0 to 2^48 - 1, not ${maxNumber}`)
  const salt = randomBytes(16).toString('hex')
  const target = sha256Hex(salt + String(randomInt(0, maxNumber + 1)))
  const payload: TokenPayload = { salt, target, maxNumber, issuedAt: (options.now ?? Date.now)() }
  const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')
  return { token: `${encoded}.${sign(options.secret, encoded)}`, salt, target, maxNumber, algorithm: 'SHA-256' }
}

function isPayload(value: unknown): value is TokenPayload {
  if (typeof value !== 'object' || value === null) return false
  const { salt, target, maxNumber, issuedAt } = value as Record<string, unknown>
  return (
    typeof salt === 'string' &&
    /^[0-9a-f]{32}$/.test(salt) &&
    typeof target === 'string' &&
    /^[0-9a-f]{64}$/.test(target) &&
    Number.isSafeInteger(maxNumber) &&
    Number.isSafeInteger(issuedAt)
  )
}

/** The payload of a token we signed, or undefined for anything else. */
function readToken(token: string, secret: string): TokenPayload | undefined {
  const parts = token.split('.')
  if (parts.length !== 2) return undefined
  const [encoded, signature] = parts as [string, string]
  // Compared as the text we would have written, so that no other spelling of the bytes passes.
  const expected = Buffer.from(sign(secret, encoded))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const payload: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
    return isPayload(payload) ? payload : undefined
  } catch {
    return undefined
  }
}

export function verifyChallenge(token: string | undefined, solution: string | undefined, options: ChallengeOptions): ChallengeVerdict {
  checkSecret(options)
  if (!token) return { ok: false, problem: 'missing' }
  const payload = readToken(token, options.secret)
  if (!payload) return { ok: false, problem: 'invalid' }
  const ageSeconds = ((options.now ?? Date.now)() - payload.issuedAt) / 1000
  if (ageSeconds > options.maxAgeSeconds || ageSeconds < -CLOCK_SKEW_SECONDS) return { ok: false, problem: 'expired' }
  // An empty solution is what a form without JavaScript sends: the field is there, unfilled.
  if (solution) {
    if (solution.length > MAX_SOLUTION_DIGITS || !SOLUTION.test(solution)) return { ok: false, problem: 'invalid' }
    if (sha256Hex(payload.salt + solution) !== payload.target) return { ok: false, problem: 'invalid' }
    return { ok: true, id: payload.salt, solved: true }
  }
  if (ageSeconds < options.minSecondsWithoutWork) return { ok: false, problem: 'too-fast' }
  return { ok: true, id: payload.salt, solved: false }
}

/** Finds the number, as a browser would (used by tests and the load test). */
export function solveChallenge(challenge: Pick<Challenge, 'salt' | 'target' | 'maxNumber'>): number | undefined {
  for (let n = 0; n <= challenge.maxNumber; n++) {
    if (sha256Hex(challenge.salt + String(n)) === challenge.target) return n
  }
  return undefined
}
