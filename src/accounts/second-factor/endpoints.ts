/**
 * The second factor's API, under /api/users: the code after the password (`verify`), setting a
 * factor up (`enrol/start`, `enrol`), leaving a pending sign-in (`cancel`), and an admin's reset of
 * another account's factor. The first four work on a session the guard does not let through, so
 * they find it themselves (second-step.ts); the reset needs a complete admin session.
 */
import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'
import { hasRole } from '@/access/roles'
import { recordAudit } from '@/audit/record'
import { say } from '@/site/i18n/request-language'
import { accountMessages } from '../messages'
import { completeSession, endSessions } from '../sessions/issue-session'
import { readStoredUser, type StoredUser, writeStoredUser } from '../sessions/stored-user'
import { auditAccount as audit, issued, problem, readFields } from './answers'
import { wrongCodes } from './attempts'
import { confirmedFactor, enrolmentSecret, prepareEnrolment, resetFactor } from './enrolment'
import { oneAtATime } from './one-at-a-time'
import { hasSecondFactor } from './policy'
import { drawQrCode } from './qr-code'
import { looksLikeRecoveryCode, unusedRecoveryCodes, crossOffRecoveryCode } from './recovery-codes'
import { findSecondStep, type SecondStep } from './second-step'
import { unseal } from './secret-box'
import { checkTotp, groupedSecret, otpauthUri } from './totp'

/** Counts a wrong code, records it, and answers it. */
async function wrongCode(req: PayloadRequest, user: StoredUser, reason: 'wrong' | 'replayed'): Promise<Response> {
  const left = await wrongCodes(req.payload).fail(String(user.id))
  await audit(req, user, 'factor-failed', 'failure', `${reason}; ${left} tries left`)
  return problem(req, 400, reason === 'replayed' ? 'replayedCode' : 'wrongCode')
}

/** The common start of the code endpoints: a second step to work on, a code, and tries left. */
async function codeRequest(
  req: PayloadRequest,
): Promise<{ step: SecondStep; code: string; response?: undefined } | { response: Response; step?: undefined; code?: undefined }> {
  const step = await findSecondStep(req.payload, req.headers)
  if (!step) return { response: problem(req, 401, 'signInAgain') }
  const code = ((await readFields(req)).code ?? '').trim()
  if (!code) return { response: problem(req, 400, 'codeRequired') }
  if (!(await wrongCodes(req.payload).allows(String(step.user.id)))) {
    await audit(req, step.user, 'throttled', 'refused', 'second factor')
    return { response: problem(req, 429, 'tooManyAttempts') }
  }
  return { step, code }
}

/** Takes TOTP step `step` for the user unless it or a later one was used: one conditional write, so two instances agree. */
async function claimStep(req: PayloadRequest, id: number | string, step: number): Promise<boolean> {
  const claimed = await req.payload.db.updateOne({
    collection: 'users',
    where: { and: [{ id: { equals: id } }, { or: [{ totpLastStep: { exists: false } }, { totpLastStep: { less_than: step } }] }] },
    data: { totpLastStep: step },
    options: { atomic: true },
    req,
  })
  return Boolean(claimed)
}

const verify: Endpoint = {
  path: '/second-factor/verify',
  method: 'post',
  handler: async (req) => {
    const { step, code, response } = await codeRequest(req)
    if (response) return response
    if (step.state !== 'pending' || !hasSecondFactor(step.user)) return problem(req, 401, 'signInAgain')
    const sid = step.session.id
    return oneAtATime(String(step.user.id), async () => {
      const user = await readStoredUser(req.payload, step.user.id)
      if (!user || !hasSecondFactor(user)) return problem(req, 401, 'signInAgain')
      if (looksLikeRecoveryCode(code)) {
        const recoveryCodes = crossOffRecoveryCode(req.payload.secret, user.recoveryCodes ?? [], code)
        if (!recoveryCodes) return wrongCode(req, user, 'wrong')
        const session = await completeSession(req.payload, user, sid, 'recovery', { recoveryCodes })
        await wrongCodes(req.payload).succeed(String(user.id))
        await audit(req, user, 'recovery-code-used', 'success', `${unusedRecoveryCodes(recoveryCodes)} left`)
        return issued(session, { recoveryCodesLeft: unusedRecoveryCodes(recoveryCodes) })
      }
      const secret = unseal(req.payload.secret, user.totpSecret)
      if (!secret) return problem(req, 500, 'somethingWrong')
      const check = checkTotp(secret, code, user.totpLastStep)
      if (!check.ok) return wrongCode(req, user, check.reason)
      if (!(await claimStep(req, user.id, check.step))) return wrongCode(req, user, 'replayed')
      const session = await completeSession(req.payload, user, sid, 'totp')
      await wrongCodes(req.payload).succeed(String(user.id))
      await audit(req, user, 'factor-verified')
      return issued(session)
    })
  },
}

/** The secret to set up, as the QR code's URI and as text (the screen shows the same, drawn). */
const startEnrolment: Endpoint = {
  path: '/second-factor/enrol/start',
  method: 'post',
  handler: async (req) => {
    const step = await findSecondStep(req.payload, req.headers)
    if (!step) return problem(req, 401, 'signInAgain')
    if (hasSecondFactor(step.user)) return problem(req, 409, 'alreadyEnrolled')
    const secret = await prepareEnrolment(req.payload, step.user)
    const uri = otpauthUri(secret, step.user.email)
    return Response.json({ secret, groupedSecret: groupedSecret(secret), otpauthUri: uri, qrCode: drawQrCode(uri) })
  },
}

const enrol: Endpoint = {
  path: '/second-factor/enrol',
  method: 'post',
  handler: async (req) => {
    const { step, code, response } = await codeRequest(req)
    if (response) return response
    const sid = step.session.id
    return oneAtATime(String(step.user.id), async () => {
      const user = await readStoredUser(req.payload, step.user.id)
      if (!user) return problem(req, 401, 'signInAgain')
      if (hasSecondFactor(user)) return problem(req, 409, 'alreadyEnrolled')
      const secret = enrolmentSecret(req.payload, user)
      if (!secret) return problem(req, 409, 'somethingWrong')
      const check = checkTotp(secret, code, null)
      if (!check.ok) return wrongCode(req, user, check.reason)
      const { data, recoveryCodes } = confirmedFactor(req.payload, secret, check.step)
      const session = await completeSession(req.payload, user, sid, 'totp', data)
      await wrongCodes(req.payload).succeed(String(user.id))
      await audit(req, user, 'factor-enrolled')
      return issued(session, { recoveryCodes })
    })
  },
}

/** Leaves a sign-in (pending or not): Payload's logout refuses a session its guard does not let through. */
const cancel: Endpoint = {
  path: '/second-factor/cancel',
  method: 'post',
  handler: async (req) => {
    const step = await findSecondStep(req.payload, req.headers)
    if (step) await endSessions(req.payload, step.user, [step.session.id])
    const cookie = generateExpiredPayloadCookie({
      collectionAuthConfig: req.payload.collections.users.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
    }) as string
    const headers = new Headers({ 'Set-Cookie': cookie })
    // A plain form (the screen's sign-out button) goes on to the sign-in page.
    if ((req.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
      headers.set('Location', `${req.payload.config.routes.admin}/login`)
      return new Response(null, { status: 303, headers })
    }
    return Response.json({}, { headers })
  },
}

const reset: Endpoint = {
  path: '/:id/second-factor/reset',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return problem(req, 403, 'notAllowed')
    const id = String(req.routeParams?.id ?? '')
    if (id === String(req.user?.id)) return problem(req, 403, 'resetSelf')
    const user = /^\d+$/.test(id) ? await readStoredUser(req.payload, id) : undefined
    if (!user) return problem(req, 404, 'somethingWrong')
    const ended = user.sessions?.length ?? 0
    // The reset and its record are kept or dropped together.
    const shouldCommit = await initTransaction(req)
    try {
      await writeStoredUser(req.payload, user.id, resetFactor, req)
      await recordAudit(req, {
        action: 'factor-reset',
        collection: 'users',
        documentId: user.id,
        detail: `${user.email}; ${ended} sessions ended`,
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return Response.json({ message: say(req, accountMessages, 'factorResetDone') })
  },
}

export const secondFactorEndpoints: Endpoint[] = [verify, startEnrolment, enrol, cancel, reset]
