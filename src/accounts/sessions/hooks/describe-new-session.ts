/**
 * After the password (sign-in or password reset): notes where the new session comes from, and
 * completes it at once when the account needs no second step. Every other new session stays
 * pending, which the session guard treats as no user: fail-closed for any way in Payload adds later.
 */
import type { CollectionAfterLoginHook } from 'payload'
import { clientAddressOf } from '@/audit/record'
import { hasSecondFactor, needsSecondStep } from '../../second-factor/policy'
import { sessionSettings } from '../settings'
import type { StoredSession } from '../session-state'
import { writeStoredUser } from '../stored-user'

/** What the sign-in answer says is left to do; read by reportSecondStep. */
export const SECOND_STEP_CONTEXT = 'secondStep'

/** The session id signed into a token Payload has just made (read, not verified: it was signed a moment ago). */
function sidOf(token: string): string | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return typeof (claims as { sid?: unknown }).sid === 'string' ? (claims as { sid: string }).sid : undefined
  } catch {
    return undefined
  }
}

export const describeNewSession: CollectionAfterLoginHook = async ({ req, token, user }) => {
  const sid = sidOf(token)
  const sessions = (user as { sessions?: StoredSession[] | null }).sessions ?? []
  if (!sid || !sessions.some(({ id }) => id === sid)) return user
  const needed = needsSecondStep(user, sessionSettings.secondFactor)
  const now = new Date().toISOString()
  const described = sessions.map((session) =>
    session.id === sid
      ? {
          ...session,
          address: clientAddressOf(req) ?? null,
          userAgent: req.headers?.get('user-agent')?.slice(0, 200) ?? null,
          ...(needed ? {} : { secondFactorAt: now, secondFactor: 'none' }),
        }
      : session,
  )
  await writeStoredUser(req.payload, user.id, { sessions: described }, req)
  req.context[SECOND_STEP_CONTEXT] = needed ? (hasSecondFactor(user) ? 'verify' : 'enrol') : undefined
  return { ...user, sessions: described }
}
