/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app
 * reads them. A code is accepted one step early or late (clock drift), and only for a step later
 * than the last one used, so a code seen over someone's shoulder cannot be used again.
 */
import { Secret, TOTP } from 'otpauth'

const PERIOD = 30
const DIGITS = 6
const ISSUER = 'Belfort'

function totp(secret: string, account = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: 'SHA1', digits: DIGITS, period: PERIOD, secret: Secret.fromBase32(secret) })
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as apps show and take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/** What the QR code holds: `otpauth://totp/Belfort:<account>?secret=…`. */
export function otpauthUri(secret: string, account: string): string {
  return totp(secret, account).toString()
}

/** The code for a moment (tests and the tests' browser compute codes as an app would). */
export function totpCode(secret: string, at = Date.now()): string {
  return totp(secret).generate({ timestamp: at })
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' }

/** Checks a typed code against the secret, now, and the last step used (null before the first use). */
export function checkTotp(secret: string, typed: string, lastStep: number | null | undefined, at = Date.now()): TotpCheck {
  const token = typed.replace(/[\s-]/g, '')
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'wrong' }
  const delta = totp(secret).validate({ token, timestamp: at, window: 1 })
  if (delta === null) return { ok: false, reason: 'wrong' }
  const step = Math.floor(at / 1000 / PERIOD) + delta
  if (typeof lastStep === 'number' && step <= lastStep) return { ok: false, reason: 'replayed' }
  return { ok: true, step }
}
