/** How a throttled attempt is answered: a 429 with Retry-After, saying how long to wait in the sender's language. */
import { APIError, type PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { auditActor, recordAuditThatOutlivesTheRequest } from '../audit'
import { passwordMessages } from '../password-messages'
import type { Verdict } from './account-throttle'

function describeWait(req: PayloadRequest, seconds: number): string {
  if (seconds < 120) return say(req, passwordMessages, 'seconds', { count: seconds })
  return say(req, passwordMessages, 'minutes', { count: Math.ceil(seconds / 60) })
}

/**
 * Throws the 429 for a refused attempt. The first refusal of each wait is recorded in the audit
 * trail (not every one: a flood of refused requests must not flood the trail). Known and unknown
 * accounts get the same answer: the counts are kept per email address typed, whoever it belongs to.
 */
export async function refuseThrottled(req: PayloadRequest, verdict: Extract<Verdict, { allowed: false }>, email?: string): Promise<never> {
  if (verdict.firstRefusal) {
    await recordAuditThatOutlivesTheRequest(req, {
      action: 'throttled',
      outcome: 'refused',
      actor: auditActor(null, email),
      detail: verdict.limit,
    })
  }
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))
  // REST answers carry these headers, errors included (Payload's routeError merges them).
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  throw new APIError(
    say(req, passwordMessages, 'tooManyAttempts', { wait: describeWait(req, seconds) }),
    429,
    { retryAfterSeconds: seconds },
    true,
  )
}
