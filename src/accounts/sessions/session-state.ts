/**
 * What a stored session allows: the one rule that the session guard applies to every request and
 * the second-factor screens to the session they complete. Payload only checks that the session
 * exists; here it must also be within its idle time and absolute lifetime, and past its second step.
 */
import type { StaffSessionSettings } from '@/environment'
import { type FactorHolder, needsSecondStep } from '../second-factor/policy'

/** A `sessions` entry of a user: Payload's id, createdAt and expiresAt, with Belfort's sub-fields. */
export interface StoredSession {
  id: string
  createdAt?: string | Date | null
  expiresAt: string | Date
  /** When the second step was done (or found not needed): absent means pending. */
  secondFactorAt?: string | Date | null
  /** How: `totp`, `recovery`, `passkey`, or `none` for an account that needs no second factor. */
  secondFactor?: string | null
  address?: string | null
  userAgent?: string | null
  /** The challenge of a passkey prompt this session asked for, until it is answered (passkeys/challenge.ts reads it). */
  passkeyChallenge?: unknown
}

export type SessionState = 'active' | 'pending' | 'idle' | 'expired' | 'unknown'

export interface SessionRules {
  now: number
  maxSessionMs: number
  policy: StaffSessionSettings['secondFactor']
}

const time = (value: string | Date | null | undefined) => (value ? new Date(value).getTime() : Number.NaN)

/** When the session ends whatever happens: sign-in time plus SESSION_MAX_HOURS. */
export function sessionEndsAt(session: Pick<StoredSession, 'createdAt'>, maxMs: number): number {
  return time(session.createdAt) + maxMs
}

export function sessionState(session: StoredSession | undefined, user: FactorHolder, rules: SessionRules): SessionState {
  if (!session) return 'unknown'
  if (!(time(session.expiresAt) > rules.now)) return 'idle'
  // A session without a sign-in time cannot be held to its lifetime, so it is refused too.
  if (!(sessionEndsAt(session, rules.maxSessionMs) > rules.now)) return 'expired'
  if (!session.secondFactorAt) return 'pending'
  // Signed in with a password alone, but the account needs more now (a factor was set up, a role given).
  if (session.secondFactor === 'none' && needsSecondStep(user, rules.policy)) return 'pending'
  return 'active'
}
