/**
 * Refreshing a token (the admin does it while someone works) signs a new one that ends no later
 * than the session's absolute lifetime, so the admin's own sign-out timer is right. The session
 * guard refuses the session past that time anyway: refresh cannot make a session slide forever.
 */
import { Forbidden, getFieldsToSign, jwtSign, type CollectionRefreshHook } from 'payload'
import { tokenSeconds } from '../issue-session'
import type { StoredSession } from '../session-state'
import { readStoredUser } from '../stored-user'

export const refreshWithinLifetime: CollectionRefreshHook = async ({ args, user }) => {
  const { req } = args
  const sid = (req.user as { _sid?: string } | null)?._sid
  const stored = req.user ? await readStoredUser(req.payload, req.user.id, req) : undefined
  const session = stored?.sessions?.find(({ id }: StoredSession) => id === sid)
  if (!req.user || !sid || !session) throw new Forbidden(req.t)
  const seconds = tokenSeconds(session)
  const fieldsToSign = getFieldsToSign({ collectionConfig: args.collection.config, email: user.email, sid, user: req.user })
  const { exp, token } = await jwtSign({ fieldsToSign, secret: req.payload.secret, tokenExpiration: seconds })
  return { exp, refreshedToken: token, setCookie: true, strategy: (req.user as { _strategy?: string })._strategy, user }
}
