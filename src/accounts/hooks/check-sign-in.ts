/**
 * Before Payload signs anyone in (REST, the admin's form, GraphQL, the Local API): the attempt is
 * throttled, then the password is checked here, so that a wrong password or an unknown account
 * fails the same way in the same time (an unknown account costs the same PBKDF2 work against a
 * made-up hash), is counted, and is recorded once. A right password goes on to Payload, which
 * checks it again and opens the session.
 */
import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'
import { auditActor, recordAuditThatOutlivesTheRequest } from '../audit'
import { passwordMatches, type StoredPassword } from '../password-hash'
import { attemptOf, rememberSignIn } from '../sign-in-attempt'
import { accountThrottle } from '../throttle/account-throttle'
import { refuseThrottled } from '../throttle/refuse'

interface StoredUser extends StoredPassword {
  id: number | string
  email: string
  roles?: string[] | null
}

export const checkSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { data } = args as { data?: { email?: unknown; password?: unknown } }
  const attempt = attemptOf(req, data?.email)
  const password = data?.password
  // Without an email or a password Payload answers 400 itself; nothing was tried.
  if (!attempt.email || typeof password !== 'string' || password.trim() === '') return args

  const verdict = await accountThrottle(req.payload).admitSignIn(attempt)
  if (!verdict.allowed) return refuseThrottled(req, verdict, attempt.email)

  const user = (await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: attempt.email } },
    req,
  })) as StoredUser | null
  if (!(await passwordMatches(user, password))) {
    await recordAuditThatOutlivesTheRequest(req, {
      action: 'sign-in-failed',
      outcome: 'failure',
      actor: auditActor(user, attempt.email),
      collection: 'users',
      documentId: user?.id ?? null,
      detail: user ? 'wrong-password' : 'unknown-account',
    })
    throw new AuthenticationError(req.t)
  }
  rememberSignIn(req.context, attempt)
  return args
}
