import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { readEnvironment } from '@/environment'
import type { ChallengeOptions } from './spam/challenge'

const environment = readEnvironment()

/** A key for one purpose, derived from Payload's secret, so no second secret has to be configured (page feedback signs with it too). */
export function derivedKey(payload: Payload, purpose: string): string {
  return createHmac('sha256', payload.secret).update(`belfort:${purpose}`).digest('hex')
}

export function challengeOptions(payload: Payload): ChallengeOptions {
  return {
    secret: derivedKey(payload, 'contact-challenge'),
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
export function signReference(payload: Payload, reference: string): string {
  return createHmac('sha256', derivedKey(payload, 'contact-sent')).update(reference).digest('base64url')
}

export function verifyReference(payload: Payload, reference: string, signature: string): boolean {
  const expected = Buffer.from(signReference(payload, reference))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
