/**
 * The signed links in follow emails. A token names what it acts on (a subscription, or a subscriber
 * for the manage page), when it expires (never for unsubscribing, which must work from any old
 * email, as RFC 8058 expects) and a tag of the address it was sent to, all signed with a key derived
 * from the server secret. So a forged token is told apart without the database (400), an expired one
 * by its date (410), and one whose row is gone or now belongs to another address (an id used again)
 * finds nothing (410).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { derivedKey } from '@/contact/settings'
import { normalizeEmail } from './rules'

export const PURPOSES = ['confirm', 'unsubscribe', 'manage', 'leave'] as const
export type Purpose = (typeof PURPOSES)[number]

export interface TokenFacts {
  purpose: Purpose
  /** The subscription (confirm, unsubscribe) or the subscriber (manage; leave, which ends every subscription from a digest). */
  id: number
  email: string
  /** Milliseconds since the epoch; undefined for a token that does not expire. */
  expiresAt?: number
}

export type TokenVerdict = { ok: true; id: number; emailTag: string } | { ok: false; problem: 'forged' | 'expired' }

const keyOf = (purpose: Purpose) => derivedKey(`follow-${purpose}`)

/** A short tag of the address: enough to tell one address from another, without writing it into a link. */
export const emailTag = (email: string): string =>
  createHmac('sha256', derivedKey('follow-address')).update(normalizeEmail(email)).digest('base64url').slice(0, 12)

const signatureOf = (purpose: Purpose, body: string): string =>
  createHmac('sha256', keyOf(purpose)).update(`${purpose}.${body}`).digest('base64url')

export function signToken(facts: TokenFacts): string {
  const expires = facts.expiresAt === undefined ? '0' : Math.max(1, Math.floor(facts.expiresAt / 1000)).toString(36)
  const body = `${facts.id.toString(36)}.${expires}.${emailTag(facts.email)}`
  return `${body}.${signatureOf(facts.purpose, body)}`
}

const SHAPE = /^([0-9a-z]{1,11})\.([0-9a-z]{1,9})\.([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/

/** Whether we signed this token for this purpose, and whether it still holds. */
export function verifyToken(purpose: Purpose, token: string, now = Date.now()): TokenVerdict {
  const match = SHAPE.exec(token)
  if (!match) return { ok: false, problem: 'forged' }
  const [, id, expires, tag, given] = match as unknown as [string, string, string, string, string]
  const expected = Buffer.from(signatureOf(purpose, `${id}.${expires}.${tag}`))
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, problem: 'forged' }
  const expiresAt = Number.parseInt(expires, 36) * 1000
  if (expiresAt !== 0 && expiresAt <= now) return { ok: false, problem: 'expired' }
  const row = Number.parseInt(id, 36)
  if (!Number.isSafeInteger(row) || row < 1) return { ok: false, problem: 'forged' }
  return { ok: true, id: row, emailTag: tag }
}

/** Whether a row's address is the one the token was sent to. */
export const sentTo = (tag: string, email: string): boolean => {
  const expected = Buffer.from(emailTag(email))
  const given = Buffer.from(tag)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
