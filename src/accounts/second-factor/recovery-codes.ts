/**
 * One-time recovery codes, for someone who has lost their phone: ten codes of ten characters
 * (50 bits each), shown once, stored only as keyed hashes, each crossed off when used.
 */
import { randomInt, timingSafeEqual } from 'node:crypto'
import { keyedHash } from './secret-box'

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, U). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const COUNT = 10
const LENGTH = 10

export interface StoredRecoveryCode {
  hash: string
  usedAt?: string | null
}

/** Ten new codes as shown to the user, `XXXXX-XXXXX`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: COUNT }, () => {
    const characters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${characters.slice(0, 5)}-${characters.slice(5)}`
  })
}

/** What was typed, as it is hashed: without spaces and dashes, in capitals. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase()
}

/** Whether what was typed has the shape of a recovery code (rather than of a six-digit code). */
export function looksLikeRecoveryCode(typed: string): boolean {
  return normaliseRecoveryCode(typed).length === LENGTH
}

export function hashRecoveryCodes(secret: string, codes: readonly string[]): StoredRecoveryCode[] {
  return codes.map((code) => ({ hash: keyedHash(secret, normaliseRecoveryCode(code)), usedAt: null }))
}

/** The stored codes with the typed one crossed off, or undefined when it is not an unused code. */
export function crossOffRecoveryCode(
  secret: string,
  stored: readonly StoredRecoveryCode[],
  typed: string,
  at = new Date(),
): StoredRecoveryCode[] | undefined {
  const hash = Buffer.from(keyedHash(secret, normaliseRecoveryCode(typed)))
  const index = stored.findIndex(
    (code) => !code.usedAt && code.hash.length === hash.length && timingSafeEqual(Buffer.from(code.hash), hash),
  )
  if (index < 0) return undefined
  return stored.map((code, i) => (i === index ? { ...code, usedAt: at.toISOString() } : code))
}

export function unusedRecoveryCodes(stored: readonly StoredRecoveryCode[] | null | undefined): number {
  return (stored ?? []).filter((code) => !code.usedAt).length
}
