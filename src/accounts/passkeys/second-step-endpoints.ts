/**
 * A passkey instead of the app's code, at the second step after the password, under
 * /api/users/second-factor/passkey: `options` keeps a challenge on the pending session and gives
 * the browser its prompt; the answer completes the session as a code would (method `passkey`).
 * Failures count with wrong codes (five in a quarter of an hour stop the account's second step).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { completeSession } from '../sessions/issue-session'
import { readStoredUser, type StoredUser, writeStoredUser } from '../sessions/stored-user'
import { auditAccount, issued, problem, readJsonBody } from '../second-factor/answers'
import { wrongCodes } from '../second-factor/attempts'
import { oneAtATime } from '../second-factor/one-at-a-time'
import { hasSecondFactor } from '../second-factor/policy'
import { findSecondStep, type SecondStep } from '../second-factor/second-step'
import { authenticationAnswerOf } from './browser-answer'
import { checkSignInAnswer, signInOptions } from './ceremony'
import { takeChallenge, withChallenge } from './challenge'
import { passkeysOf, withPasskeyUsed } from './stored-passkeys'

/** The pending sign-in of an account with a factor, or the refusal to send. */
async function pendingStep(req: PayloadRequest): Promise<SecondStep | Response> {
  const step = await findSecondStep(req.payload, req.headers)
  if (step?.state !== 'pending' || !hasSecondFactor(step.user)) return problem(req, 401, 'signInAgain')
  return step
}

/** Counts a passkey that did not pass, records why, and answers it. */
async function refused(req: PayloadRequest, user: StoredUser, key: 'passkeyUnknown' | 'passkeyFailed', reason: string): Promise<Response> {
  const left = await wrongCodes(req.payload).fail(String(user.id))
  await auditAccount(req, user, 'factor-failed', 'failure', `passkey: ${reason}; ${left} tries left`)
  return problem(req, 400, key)
}

const options: Endpoint = {
  path: '/second-factor/passkey/options',
  method: 'post',
  handler: async (req) => {
    const step = await pendingStep(req)
    if (step instanceof Response) return step
    return oneAtATime(String(step.user.id), async () => {
      const user = await readStoredUser(req.payload, step.user.id)
      const passkeys = passkeysOf(user?.passkeys)
      if (!user) return problem(req, 401, 'signInAgain')
      if (passkeys.length === 0) return problem(req, 409, 'passkeyNone')
      const prompt = await signInOptions(passkeys)
      await writeStoredUser(req.payload, user.id, {
        sessions: withChallenge(user.sessions ?? [], step.session.id, prompt.challenge, 'sign-in'),
      })
      return Response.json(prompt, { headers: { 'Cache-Control': 'no-store' } })
    })
  },
}

const signIn: Endpoint = {
  path: '/second-factor/passkey',
  method: 'post',
  handler: async (req) => {
    const step = await pendingStep(req)
    if (step instanceof Response) return step
    const answer = authenticationAnswerOf(await readJsonBody(req))
    if (!answer) return problem(req, 400, 'passkeyMalformed')
    const id = String(step.user.id)
    if (!(await wrongCodes(req.payload).allows(id))) {
      await auditAccount(req, step.user, 'throttled', 'refused', 'second factor')
      return problem(req, 429, 'tooManyAttempts')
    }
    const sid = step.session.id
    return oneAtATime(id, async () => {
      const user = await readStoredUser(req.payload, id)
      if (!user || !hasSecondFactor(user)) return problem(req, 401, 'signInAgain')
      // The challenge goes before the answer is looked at: an answer is checked once at most.
      const taken = takeChallenge(user.sessions ?? [], sid, 'sign-in')
      if (taken.changed) await writeStoredUser(req.payload, user.id, { sessions: taken.sessions })
      if (!taken.value) return problem(req, 400, 'passkeyNoChallenge')
      const passkeys = passkeysOf(user.passkeys)
      const passkey = passkeys.find((candidate) => candidate.id === answer.id)
      if (!passkey) return refused(req, user, 'passkeyUnknown', 'not one of the account’s')
      const checked = await checkSignInAnswer(answer, taken.value, passkey)
      if (!checked.ok) return refused(req, user, 'passkeyFailed', checked.reason)
      const session = await completeSession(req.payload, user, sid, 'passkey', {
        passkeys: withPasskeyUsed(passkeys, passkey.id, checked.value, new Date()),
      })
      await wrongCodes(req.payload).succeed(id)
      await auditAccount(req, user, 'passkey-used', 'success', passkey.name)
      return issued(session)
    })
  },
}

export const secondStepPasskeyEndpoints: Endpoint[] = [options, signIn]
