/** Preview link tokens: 32 random bytes, base64url, so they cannot be guessed or enumerated. */
import { randomBytes } from 'node:crypto'

const TOKEN = /^[A-Za-z0-9_-]{43}$/

export function newPreviewToken(): string {
  return randomBytes(32).toString('base64url')
}

export function isWellFormedToken(value: string): boolean {
  return TOKEN.test(value)
}
