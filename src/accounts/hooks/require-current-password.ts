/**
 * Changing a password or an email address asks for the current password of whoever makes the
 * change (their own: an admin changing someone else's account proves it is still them), so a
 * session left open or stolen cannot take an account over. Counted like a sign-in attempt.
 * Calls without a user (start-up, the seed) and resets (proven by the emailed token) are exempt.
 */
import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { say } from '@/site/i18n/request-language'
import { passwordMessages } from '../password-messages'
import { passwordMatches, type StoredPassword } from '../password-hash'
import { attemptOf, normaliseEmail } from '../sign-in-attempt'
import { accountThrottle } from '../throttle/account-throttle'
import { refuseThrottled } from '../throttle/refuse'

export const requireCurrentPassword: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  const newPassword = typeof data?.password === 'string' && data.password !== ''
  const newEmail = typeof data?.email === 'string' && normaliseEmail(data.email) !== normaliseEmail(originalDoc.email)
  if (!newPassword && !newEmail) return data

  const problem = (key: 'currentPasswordMissing' | 'currentPasswordWrong') =>
    new ValidationError(
      { collection: 'users', errors: [{ path: 'currentPassword', message: say(req, passwordMessages, key) }], req },
      req.t,
    )
  const current: unknown = data?.currentPassword
  if (typeof current !== 'string' || current === '') throw problem('currentPasswordMissing')

  const attempt = attemptOf(req, req.user.email)
  const throttle = accountThrottle(req.payload)
  const verdict = await throttle.admitSignIn(attempt)
  if (!verdict.allowed) return refuseThrottled(req, verdict, attempt.email)
  const self = (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: req.user.id } }, req })) as StoredPassword | null
  if (!(await passwordMatches(self, current))) throw problem('currentPasswordWrong')
  await throttle.signedIn(attempt)
  return data
}
