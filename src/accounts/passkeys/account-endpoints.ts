/**
 * A signed-in person's own passkeys, under /api/users: the prompt to add one (`passkeys/options`,
 * its challenge kept on their session), adding it (`passkeys`), the list (`:id/passkeys`, for
 * them or an admin) and removing one (`:id/passkeys/:passkeyId`, only by them: an admin resets the
 * whole factor instead). Adding asks for a factor already set up (so recovery codes exist) and a
 * second step done within the last quarter of an hour, so that a session left open is not enough
 * to slip in a passkey of one's own.
 */
import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { accountMessages } from '../messages'
import { pathAccount } from '../path-account'
import type { StoredSession } from '../sessions/session-state'
import { readStoredUser, type StoredUser, writeStoredUser } from '../sessions/stored-user'
import { auditAccount, problem, readJsonBody } from '../second-factor/answers'
import { oneAtATime } from '../second-factor/one-at-a-time'
import { hasSecondFactor } from '../second-factor/policy'
import { attestationFormatOf, registrationAnswerOf } from './browser-answer'
import { addOptions, checkAddAnswer } from './ceremony'
import { takeChallenge, withChallenge } from './challenge'
import { checkPasskeyName, MAX_NAME_LENGTH, MAX_PASSKEYS, passkeysOf, summariesOf, withoutPasskey } from './stored-passkeys'

/** How recent the session's second step must be to add a passkey. */
export const RECENT_SECOND_STEP_MS = 15 * 60_000

const noStore = { 'Cache-Control': 'no-store' }

interface SignedIn {
  user: StoredUser
  session: StoredSession
}

/** The requester's stored row and current session: the guard has let the session through, so it is complete. */
async function signedIn(req: PayloadRequest): Promise<SignedIn | undefined> {
  const sid = (req.user as { _sid?: string } | null)?._sid
  if (req.user?.collection !== 'users' || !sid) return undefined
  const user = await readStoredUser(req.payload, req.user.id)
  const session = user?.sessions?.find(({ id }) => id === sid)
  return user && session ? { user, session } : undefined
}

/** Why this session may not add a passkey now, if it may not. */
function cannotAdd(req: PayloadRequest, { user, session }: SignedIn, now = Date.now()): Response | undefined {
  if (!hasSecondFactor(user)) return problem(req, 409, 'passkeysNeedApp')
  if (!(new Date(session.secondFactorAt ?? 0).getTime() + RECENT_SECOND_STEP_MS > now)) return problem(req, 403, 'passkeyRecentSignIn')
  if (passkeysOf(user.passkeys).length >= MAX_PASSKEYS) return problem(req, 409, 'passkeyLimit', {}, { max: MAX_PASSKEYS })
  return undefined
}

/** Writes the account's passkeys and records why, kept or dropped together. */
async function writePasskeys(
  req: PayloadRequest,
  user: StoredUser,
  passkeys: unknown,
  action: 'passkey-added' | 'passkey-removed',
  name: string,
) {
  const shouldCommit = await initTransaction(req)
  try {
    await writeStoredUser(req.payload, user.id, { passkeys }, req)
    await auditAccount(req, user, action, 'success', name)
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const promptToAdd: Endpoint = {
  path: '/passkeys/options',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(req, 401, 'signInAgain')
    return oneAtATime(String(req.user.id), async () => {
      const current = await signedIn(req)
      if (!current) return problem(req, 401, 'signInAgain')
      const refusal = cannotAdd(req, current)
      if (refusal) return refusal
      const { user, session } = current
      const prompt = await addOptions(req.payload.secret, user, passkeysOf(user.passkeys))
      await writeStoredUser(req.payload, user.id, { sessions: withChallenge(user.sessions ?? [], session.id, prompt.challenge, 'add') })
      return Response.json(prompt, { headers: noStore })
    })
  },
}

const add: Endpoint = {
  path: '/passkeys',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(req, 401, 'signInAgain')
    const body = (await readJsonBody(req)) as { name?: unknown; response?: unknown } | undefined
    if (!body || typeof body !== 'object' || Array.isArray(body)) return problem(req, 400, 'passkeyMalformed')
    const name = checkPasskeyName(body.name)
    if (!name.ok) return problem(req, 400, name.reason, {}, { max: MAX_NAME_LENGTH })
    const answer = registrationAnswerOf(body.response)
    const format = answer && (await attestationFormatOf(answer))
    if (!answer || !format) return problem(req, 400, 'passkeyMalformed')
    if (format !== 'none') return problem(req, 400, 'passkeyAttestation')
    return oneAtATime(String(req.user.id), async () => {
      const current = await signedIn(req)
      if (!current) return problem(req, 401, 'signInAgain')
      const { user, session } = current
      const taken = takeChallenge(user.sessions ?? [], session.id, 'add')
      if (taken.changed) await writeStoredUser(req.payload, user.id, { sessions: taken.sessions })
      if (!taken.value) return problem(req, 400, 'passkeyNoChallenge')
      const refusal = cannotAdd(req, current)
      if (refusal) return refusal
      const checked = await checkAddAnswer(answer, taken.value, name.name, new Date())
      if (!checked.ok) {
        await auditAccount(req, user, 'passkey-added', 'failure', checked.reason)
        return problem(req, 400, 'passkeyFailed')
      }
      const passkeys = passkeysOf(user.passkeys)
      if (passkeys.some(({ id }) => id === checked.value.id)) return problem(req, 409, 'passkeyExists')
      const added = [...passkeys, checked.value]
      await writePasskeys(req, user, added, 'passkey-added', name.name)
      return Response.json(
        { message: say(req, accountMessages, 'passkeyAdded', { name: name.name }), passkeys: summariesOf(added) },
        { status: 201, headers: noStore },
      )
    })
  },
}

const list: Endpoint = {
  path: '/:id/passkeys',
  method: 'get',
  handler: async (req) => {
    const user = await pathAccount(req)
    if (user instanceof Response) return user
    return Response.json({ passkeys: summariesOf(passkeysOf(user.passkeys)), secondFactor: hasSecondFactor(user) }, { headers: noStore })
  },
}

const remove: Endpoint = {
  path: '/:id/passkeys/:passkeyId',
  method: 'delete',
  handler: async (req) => {
    if (!req.user || String(req.routeParams?.id ?? '') !== String(req.user.id)) return problem(req, 403, 'notAllowed')
    const passkeyId = String(req.routeParams?.passkeyId ?? '')
    return oneAtATime(String(req.user.id), async () => {
      const user = await readStoredUser(req.payload, req.user!.id)
      const { passkeys, removed } = withoutPasskey(passkeysOf(user?.passkeys), passkeyId)
      if (!user || !removed) return problem(req, 404, 'passkeyNotFound')
      await writePasskeys(req, user, passkeys, 'passkey-removed', removed.name)
      return Response.json(
        { message: say(req, accountMessages, 'passkeyRemoved', { name: removed.name }), passkeys: summariesOf(passkeys) },
        { headers: noStore },
      )
    })
  },
}

export const accountPasskeyEndpoints: Endpoint[] = [promptToAdd, add, list, remove]
