/**
 * The email with the link to choose a new password: Payload's own text (in the requester's
 * language), sent after the request has been answered, so that the answer takes the same time
 * whether the account exists or not, and a slow mail server delays nobody.
 */
import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

export async function sendPasswordResetEmail(req: PayloadRequest, to: string, token: string): Promise<void> {
  const { config } = req.payload
  const link = formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}`,
    serverURL: config.serverURL,
  })
  await req.payload.sendEmail({
    to,
    subject: req.t('authentication:resetYourPassword'),
    html: `${req.t('authentication:youAreReceivingResetPassword')} <a href="${link}">${link}</a> ${req.t('authentication:youDidNotRequestPassword')}`,
  })
}

/** Sends it once the current operation is over; a failure is logged (the requester was answered already). */
export function sendPasswordResetEmailLater(req: PayloadRequest, to: string, token: string): void {
  setImmediate(() => {
    sendPasswordResetEmail(req, to, token).catch((error: unknown) =>
      req.payload.logger.error({ msg: 'could not send a password reset email', err: error }),
    )
  })
}
