/**
 * The sign-in a second-factor screen or endpoint works on. The session guard gives a pending
 * session no user, so these read the token themselves, with Payload's own (unguarded) JWT strategy:
 * same signature check, same CSRF origin check on the cookie.
 */
import { JWTAuthentication, type Payload } from 'payload'
import { sessionState, type StoredSession } from '../sessions/session-state'
import { maxSessionMs, sessionSettings } from '../sessions/settings'
import { readStoredUser, type StoredUser } from '../sessions/stored-user'

/** The second step must follow the password within this time. */
export const PENDING_MS = 10 * 60_000

export interface SecondStep {
  user: StoredUser
  session: StoredSession
  /** `pending`: between password and second step; `active`: a complete session (setting up a factor by choice). */
  state: 'pending' | 'active'
}

export async function findSecondStep(payload: Payload, headers: Headers, now = Date.now()): Promise<SecondStep | undefined> {
  const { user: authenticated } = await JWTAuthentication({ headers, payload, strategyName: 'local-jwt' })
  const sid = (authenticated as { _sid?: string } | null)?._sid
  if (!authenticated || !sid || authenticated.collection !== 'users') return undefined
  const user = await readStoredUser(payload, authenticated.id)
  const session = user?.sessions?.find(({ id }) => id === sid)
  if (!user || !session) return undefined
  const state = sessionState(session, user, { now, maxSessionMs, policy: sessionSettings.secondFactor })
  if (state === 'active') return { user, session, state }
  if (state !== 'pending') return undefined
  // A pending session waits a short while only: the password alone must not keep a door ajar.
  if (!(new Date(session.createdAt ?? 0).getTime() + PENDING_MS > now)) return undefined
  return { user, session, state }
}
