/**
 * "Forgot password" (REST, the admin's form, GraphQL, the Local API): throttled per address and
 * per account, recorded once, and answered in the same time whether the account exists or not.
 * Payload's own email would be sent inside the request, so its time (a mail server's) would tell
 * who has an account: the operation runs with the email turned off, and the email is sent after
 * the answer (sendEmailAfterwards below). Over HTTP both paths are also padded to one duration,
 * which covers what remains (a known account's token is written, an unknown one's is not).
 */
import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest, RequestContext } from 'payload'
import { recordAudit } from '@/audit/record'
import { auditActor } from '../audit'
import { sendPasswordResetEmailLater } from '../password-reset-email'
import { attemptOf } from '../sign-in-attempt'
import { accountThrottle } from '../throttle/account-throttle'
import { refuseThrottled } from '../throttle/refuse'

/** How long a request for a reset takes over HTTP, known account or not (more than the work it pads). */
export const RESET_REQUEST_MS = 700

const REQUEST = 'belfortResetRequest'

interface ResetRequest {
  started: number
  padded: boolean
  /** Where the email goes, when it is to be sent. */
  sendTo?: string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const padUntil = async ({ started, padded }: ResetRequest) => {
  if (padded) await sleep(started + RESET_REQUEST_MS - Date.now())
}

export const throttleResetRequest: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const started = Date.now()
  const { data, disableEmail } = args as { data?: { email?: unknown }; disableEmail?: boolean }
  const attempt = attemptOf(req, data?.email)
  // Without an email Payload answers 400 itself.
  if (!attempt.email) return args
  const verdict = await accountThrottle(req.payload).admitResetRequest(attempt)
  if (!verdict.allowed) return refuseThrottled(req, verdict, attempt.email)

  const user = await req.payload.db.findOne<{ id: number; email: string; roles?: string[] }>({
    collection: 'users',
    where: { email: { equals: attempt.email } },
    req,
  })
  // In the operation's transaction, which Payload commits for unknown accounts too: a transaction of
  // its own would need a second pooled connection while this one is held, and a burst of requests
  // would then hold the whole pool, each waiting for one more.
  await recordAudit(req, {
    action: 'password-reset-requested',
    actor: auditActor(user, attempt.email),
    collection: 'users',
    documentId: user?.id ?? null,
    detail: user ? undefined : 'unknown-account',
  })
  const request: ResetRequest = { started, padded: Boolean(attempt.address), sendTo: disableEmail || !user ? undefined : user.email }
  ;(req.context as RequestContext)[REQUEST] = request
  // An unknown account ends here in Payload (nothing after this hook runs): pad now.
  if (!user) await padUntil(request)
  return { ...args, disableEmail: true }
}

/** Payload calls this for known accounts only, with the new token as the result. */
export const sendEmailAfterwards: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'forgotPassword') return result
  const request = (req.context as RequestContext)[REQUEST] as ResetRequest | undefined
  if (!request) return result
  if (request.sendTo && typeof result === 'string') sendPasswordResetEmailLater(req as PayloadRequest, request.sendTo, result)
  await padUntil(request)
  return result
}
