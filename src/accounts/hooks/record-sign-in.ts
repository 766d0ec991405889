/** After Payload opened a session: one audit record, and the throttle forgets this address's attempts on the account. */
import type { CollectionAfterOperationHook } from 'payload'
import { recordAudit } from '@/audit/record'
import { signInOf } from '../sign-in-attempt'
import { accountThrottle } from '../throttle/account-throttle'

export const recordSignIn: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'login') return result
  // req.user is set by the operation itself; the result's user may already be withheld by another hook.
  const user = req.user
  // Inside the sign-in's transaction: if a later step refuses the session, the record goes with it.
  await recordAudit(req, { action: 'sign-in', collection: 'users', documentId: user?.id ?? null })
  const attempt = signInOf(req.context)
  if (attempt) await accountThrottle(req.payload).signedIn(attempt)
  return result
}
