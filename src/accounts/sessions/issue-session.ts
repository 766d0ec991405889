/**
 * A session that has passed its second step gets a new id (the pending one is dropped: a token
 * seen before the second step is worth nothing after it), keeps its sign-in time (the lifetime
 * counts from the password), and a token that ends no later than the session does.
 */
import { randomUUID } from 'node:crypto'
import { getFieldsToSign, jwtSign, type Payload, type PayloadRequest } from 'payload'
import { generatePayloadCookie, removeExpiredSessions } from 'payload/shared'
import { sessionEndsAt, type StoredSession } from './session-state'
import { idleSeconds, maxSessionMs } from './settings'
import { readStoredUser, type StoredUser, writeStoredUser } from './stored-user'

export type SecondStepMethod = 'totp' | 'recovery' | 'passkey' | 'none'

/** Seconds a token issued now may live: the idle time, but never past the session's end. */
export function tokenSeconds(session: Pick<StoredSession, 'createdAt'>, now = Date.now()): number {
  // Rounded up: the guard ends the session on time, the token must not end before it.
  const remaining = Math.ceil((sessionEndsAt(session, maxSessionMs) - now) / 1000)
  return Math.max(1, Math.min(idleSeconds, remaining))
}

export interface IssuedSession {
  sid: string
  token: string
  exp: number
  /** The Set-Cookie header value. */
  cookie: string
}

/** Replaces session `oldSid` of the user with a new, complete one; `data` is written with it (the factor's state). */
export async function completeSession(
  payload: Payload,
  user: StoredUser,
  oldSid: string,
  method: SecondStepMethod,
  data: Partial<Omit<StoredUser, 'id'>> = {},
  req?: Partial<PayloadRequest>,
): Promise<IssuedSession> {
  const now = Date.now()
  // Read again: the row may have changed since the request began (a code used, a session ended).
  const fresh = (await readStoredUser(payload, user.id, req)) ?? user
  const sessions = fresh.sessions ?? []
  const old = sessions.find(({ id }) => id === oldSid)
  if (!old) throw new Error('the session to complete is gone')
  const sid = randomUUID()
  const seconds = tokenSeconds(old, now)
  const next: StoredSession = {
    ...old,
    id: sid,
    expiresAt: new Date(now + seconds * 1000).toISOString(),
    secondFactorAt: new Date(now).toISOString(),
    secondFactor: method,
    // A prompt asked for before the second step is not answered after it.
    passkeyChallenge: null,
  }
  const kept = removeExpiredSessions(sessions.filter(({ id }) => id !== oldSid) as Parameters<typeof removeExpiredSessions>[0])
  await writeStoredUser(payload, user.id, { ...data, sessions: [...(kept as StoredSession[]), next] }, req)
  const collectionConfig = payload.collections.users.config
  const fieldsToSign = getFieldsToSign({
    collectionConfig,
    email: fresh.email,
    sid,
    user: { ...fresh, collection: 'users' } as unknown as Parameters<typeof getFieldsToSign>[0]['user'],
  })
  const { exp, token } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: seconds })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: { ...collectionConfig.auth, tokenExpiration: seconds },
    cookiePrefix: payload.config.cookiePrefix,
    token,
  }) as string
  return { sid, token, exp, cookie }
}

/** Removes sessions of a user (all when `sids` is absent); returns how many were removed. */
export async function endSessions(
  payload: Payload,
  user: StoredUser,
  sids?: readonly string[],
  req?: Partial<PayloadRequest>,
): Promise<number> {
  const sessions = user.sessions ?? []
  const kept = sids ? sessions.filter(({ id }) => !sids.includes(id)) : []
  if (kept.length === sessions.length) return 0
  await writeStoredUser(payload, user.id, { sessions: kept }, req)
  return sessions.length - kept.length
}
