/**
 * The one place where a staff session is refused. Payload gives every request its user through its
 * auth strategies: REST, GraphQL, the admin's pages and server functions, `payload.auth()` (the
 * public preview) alike. Its `local-jwt` strategy only checks the token and that its session
 * exists; this wraps it (at start-up, in `onInit`) so that a session that is pending its second
 * step, idle too long or past its lifetime gives no user anywhere. Fail-closed: without the
 * strategy to wrap, the server does not start.
 */
import { type AuthStrategyFunction, JWTAuthentication, type Payload } from 'payload'
import { sessionState, type StoredSession } from './session-state'
import { maxSessionMs, sessionSettings } from './settings'

interface SessionUser {
  _sid?: string
  sessions?: StoredSession[] | null
  roles?: string[] | null
  secondFactorSince?: string | null
}

export const guardedJwtAuthentication: AuthStrategyFunction = async (args) => {
  const result = await JWTAuthentication(args)
  const user = result.user as (typeof result.user & SessionUser) | null
  if (!user) return result
  const session = user.sessions?.find(({ id }) => id === user._sid)
  const state = sessionState(session, user, { now: Date.now(), maxSessionMs, policy: sessionSettings.secondFactor })
  return state === 'active' ? result : { user: null }
}

export function guardStaffSessions(payload: Payload): void {
  const index = payload.authStrategies.findIndex(({ name }) => name === 'local-jwt')
  if (index < 0) throw new Error('Belfort: Payload has no local-jwt strategy to guard; refusing to start without the session guard')
  payload.authStrategies[index] = { name: 'local-jwt', authenticate: guardedJwtAuthentication }
}
