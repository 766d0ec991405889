import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/**
 * A proof-of-work spam check in the manner of ALTCHA, without a third party and without a
 * cookie: the page carries a salt and the hash of salt + a secret number; the browser finds the
 * number by trying (client/contact.ts), which costs a visitor a moment and a spammer CPU for
 * every message. Without JavaScript the form is accepted once it has been open for a few seconds,
 * which humans need anyway and bots must wait for. The token is signed, so it cannot be forged,
 * and expires; its salt is stored with the message so that it serves once.
 */
export interface ChallengeOptions {
  secret: string
  maxNumber: number
  minSecondsWithoutWork: number
  maxAgeSeconds: number
  now?: () => number
}

export interface Challenge {
  token: string
  salt: string
  target: string
  maxNumber: number
  algorithm: 'SHA-256'
}

export type ChallengeVerdict = { ok: true; id: string; solved: boolean } | { ok: false; problem: 'missing' | 'invalid' | 'expired' | 'too-fast' }

interface TokenPayload {
  salt: string
  target: string
  maxNumber: number
  issuedAt: number
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex')
const sign = (secret: string, payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url')

export function createChallenge(options: ChallengeOptions): Challenge {
  const salt = randomBytes(16).toString('hex')
  const target = hash(salt + String(randomInt(0, options.maxNumber + 1)))
  const payload: TokenPayload = { salt, target, maxNumber: options.maxNumber, issuedAt: (options.now ?? Date.now)() }
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return { token: `${encoded}.${sign(options.secret, encoded)}`, salt, target, maxNumber: options.maxNumber, algorithm: 'SHA-256' }
}

function readToken(token: string, secret: string): TokenPayload | undefined {
  const [encoded, signature, ...extra] = token.split('.')
  if (!encoded || !signature || extra.length > 0) return undefined
  const expected = Buffer.from(sign(secret, encoded))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<TokenPayload>
    if (typeof payload.salt !== 'string' || typeof payload.target !== 'string' || typeof payload.maxNumber !== 'number' || typeof payload.issuedAt !== 'number') return undefined
    return payload as TokenPayload
  } catch {
    return undefined
  }
}

export function verifyChallenge(token: string | undefined, solution: string | undefined, options: ChallengeOptions): ChallengeVerdict {
  if (!token) return { ok: false, problem: 'missing' }
  const payload = readToken(token, options.secret)
  if (!payload) return { ok: false, problem: 'invalid' }
  const ageSeconds = ((options.now ?? Date.now)() - payload.issuedAt) / 1000
  if (ageSeconds > options.maxAgeSeconds || ageSeconds < -60) return { ok: false, problem: 'expired' }
  if (solution) {
    if (!/^\d{1,10}$/.test(solution) || hash(payload.salt + String(Number(solution))) !== payload.target) return { ok: false, problem: 'invalid' }
    return { ok: true, id: payload.salt, solved: true }
  }
  if (ageSeconds < options.minSecondsWithoutWork) return { ok: false, problem: 'too-fast' }
  return { ok: true, id: payload.salt, solved: false }
}

/** Finds the number as a browser does (tests and the load test use it). */
export function solveChallenge(challenge: Pick<Challenge, 'salt' | 'target' | 'maxNumber'>): number | undefined {
  for (let n = 0; n <= challenge.maxNumber; n++) if (hash(challenge.salt + String(n)) === challenge.target) return n
  return undefined
}
