/**
 * Choosing a new password with an emailed token: throttled per address (guessing tokens) and,
 * once the token names an account, per account; a bad token is refused in the sender's language
 * (Payload's own message is English only); the new password must follow the policy, which is
 * checked here because Payload's later hooks see only its hash. A reset that went through is one
 * audit record.
 */
import { APIError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type RequestContext } from 'payload'
import { clientAddressOf, recordAudit } from '@/audit/record'
import { say } from '@/site/i18n/request-language'
import { passwordMessages } from '../password-messages'
import { assertPasswordAllowed } from '../password-refusal'
import { accountThrottle } from '../throttle/account-throttle'
import { refuseThrottled } from '../throttle/refuse'

const RESET = 'belfortReset'

interface TokenOwner {
  id: number
  email: string
  name?: string | null
}

export const checkPasswordReset: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { data } = args as { data?: { token?: unknown; password?: unknown } }
  const token = data?.token
  const password = data?.password
  // Payload answers 400 itself when either is missing.
  if (typeof token !== 'string' || typeof password !== 'string') return args
  const address = clientAddressOf(req)
  const throttle = accountThrottle(req.payload)
  const byAddress = await throttle.admitReset({ address })
  if (!byAddress.allowed) return refuseThrottled(req, byAddress)

  const owner = await req.payload.db.findOne<TokenOwner>({
    collection: 'users',
    where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
    req,
  })
  if (!owner) throw new APIError(say(req, passwordMessages, 'resetLinkInvalid'), 403, null, true)
  const byAccount = await throttle.admitResetOf({ email: owner.email })
  if (!byAccount.allowed) return refuseThrottled(req, byAccount, owner.email)
  await assertPasswordAllowed(req, password, owner)
  ;(req.context as RequestContext)[RESET] = { email: owner.email, address, id: owner.id }
  return args
}

export const recordPasswordReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const reset = (req.context as RequestContext)[RESET] as { email: string; address?: string; id: number } | undefined
  if (!reset) return result
  await recordAudit(req, {
    action: 'password-changed',
    actor: { id: reset.id, email: reset.email },
    collection: 'users',
    documentId: reset.id,
    detail: 'reset',
  })
  await accountThrottle(req.payload).resetDone(reset)
  return result
}
