import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { readEnvironment, resolveSecret } from '@/environment'
import type { ChallengeOptions } from './spam/challenge'

const environment = readEnvironment()

/** What Payload signs with for a PAYLOAD_SECRET: the first 32 hex digits of its SHA-256 (Payload's init). */
export const signingSecretOf = (secret: string): string => createHash('sha256').update(secret).digest('hex').slice(0, 32)

let signingSecret: string | undefined

/**
 * The secret a running Payload signs with, derived from this process's PAYLOAD_SECRET as Payload
 * derives it: the keys below are the same whether or not this process has loaded Payload, so that
 * a public-only instance can answer forms before it has (issue 21).
 */
export function payloadSigningSecret(): string {
  signingSecret ??= signingSecretOf(resolveSecret())
  return signingSecret
}

/** A key for one purpose, derived from Payload's secret, so no second secret has to be configured (page feedback signs with it too). */
export function derivedKey(purpose: string): string {
  return createHmac('sha256', payloadSigningSecret()).update(`belfort:${purpose}`).digest('hex')
}

export function challengeOptions(): ChallengeOptions {
  return {
    secret: derivedKey('contact-challenge'),
    maxNumber: environment.contact.challengeMaxNumber,
    minSecondsWithoutWork: environment.contact.challengeWaitSeconds,
    maxAgeSeconds: 2 * 60 * 60,
  }
}

export const waitSeconds = (): number => environment.contact.challengeWaitSeconds

/**
 * The confirmation page shows a reference only to whoever was sent there: the link carries a
 * signature, so nobody learns which references exist by trying numbers.
 */
export function signReference(reference: string): string {
  return createHmac('sha256', derivedKey('contact-sent')).update(reference).digest('base64url')
}

export function verifyReference(reference: string, signature: string): boolean {
  const expected = Buffer.from(signReference(reference))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
