/**
 * The one way an email enters the outbox. Every email the site sends (acknowledgements, alerts,
 * reminders, the outcome of a scheduled publication…) is a row here first, queued for the delivery
 * job (deliver.ts), which retries and, without SMTP_URL, writes the email to a file. The one
 * exception is a password reset's link (accounts/password-reset-email.ts), sent right after the
 * request is answered and kept out of a table admins read: whoever holds the link sets the password.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { EmailOutbox } from '@/payload-types'

/** What the writer says; the delivery state always starts the same. */
export type NewEmail = Pick<EmailOutbox, 'key' | 'kind' | 'to' | 'subject' | 'text'> &
  Partial<Pick<EmailOutbox, 'replyTo' | 'listUnsubscribe' | 'message' | 'administration'>>

interface QueueOptions {
  /** The writer's transaction, when it has one: the email is then sent only if the rest commits. */
  req?: PayloadRequest
  /** When the key may already be there (a rerun, a repair after a crash): write nothing then. */
  once?: boolean
  /** The writer's clock, so that a job run for a given moment queues for that moment. */
  now?: Date
}

/** Queues one email; answers false when `once` found its key already queued. */
export async function queueEmail(
  payload: Payload,
  email: NewEmail,
  { req, once = false, now = new Date() }: QueueOptions = {},
): Promise<boolean> {
  if (once && (await isQueued(payload, email.key, req))) return false
  await payload.create({
    collection: 'email-outbox',
    overrideAccess: true,
    req,
    data: { ...email, status: 'queued', attempts: 0, nextAttemptAt: now.toISOString() },
  })
  return true
}

/** Whether an email with this key is in the outbox (in any state). */
export async function isQueued(payload: Payload, key: string, req?: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'email-outbox', where: { key: { equals: key } }, overrideAccess: true, req })
  return totalDocs > 0
}
