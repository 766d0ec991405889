/** Setting up a TOTP factor: a pending secret, kept sealed until a code from it is typed, then the factor itself. */
import type { Payload } from 'payload'
import { type StoredUser, writeStoredUser } from '../sessions/stored-user'
import { hashRecoveryCodes, newRecoveryCodes } from './recovery-codes'
import { seal, unseal } from './secret-box'
import { newTotpSecret } from './totp'

/** How long a shown secret may be confirmed. */
const PENDING_SECRET_MS = 15 * 60_000

function pendingSecretOf(payload: Payload, user: StoredUser, now: number): string | undefined {
  const since = new Date(user.totpPendingAt ?? 0).getTime()
  return since + PENDING_SECRET_MS > now ? unseal(payload.secret, user.totpPendingSecret) : undefined
}

/** The secret to show the user: the one shown a moment ago (a reload), or a new one. */
export async function prepareEnrolment(payload: Payload, user: StoredUser, now = Date.now()): Promise<string> {
  const existing = pendingSecretOf(payload, user, now)
  if (existing) return existing
  const secret = newTotpSecret()
  await writeStoredUser(payload, user.id, { totpPendingSecret: seal(payload.secret, secret), totpPendingAt: new Date(now).toISOString() })
  return secret
}

/** The secret being set up, if one was shown recently enough. */
export function enrolmentSecret(payload: Payload, user: StoredUser, now = Date.now()): string | undefined {
  return pendingSecretOf(payload, user, now)
}

/** The user's columns once the factor is confirmed, and the recovery codes to show once. */
export function confirmedFactor(payload: Payload, secret: string, step: number, now = Date.now()) {
  const recoveryCodes = newRecoveryCodes()
  const data: Partial<StoredUser> = {
    totpSecret: seal(payload.secret, secret),
    totpPendingSecret: null,
    totpPendingAt: null,
    totpLastStep: step,
    secondFactorSince: new Date(now).toISOString(),
    recoveryCodes: hashRecoveryCodes(payload.secret, recoveryCodes),
  }
  return { data, recoveryCodes }
}

/** The user's columns once an admin has reset the factor: nothing left (passkeys included), every session ended. */
export const resetFactor: Partial<StoredUser> = {
  totpSecret: null,
  totpPendingSecret: null,
  totpPendingAt: null,
  totpLastStep: null,
  secondFactorSince: null,
  recoveryCodes: null,
  passkeys: null,
  sessions: [],
}
