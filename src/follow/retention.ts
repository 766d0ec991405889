/**
 * What the privacy statement promises about followers: a subscription not confirmed within 7 days is
 * deleted, an address with no subscription left is deleted, and the follow emails (which carry
 * signed links and the address) leave the outbox 7 days after they were sent. A daily job.
 */
import type { Payload, TaskConfig } from 'payload'
import { FOLLOW_EMAIL_KINDS } from './mail'
import { ALERT_WINDOW_MS, FOLLOW_EMAILS_KEPT_MS, UNCONFIRMED_KEPT_MS } from './rules'

export interface FollowRetentionReport {
  subscriptions: number
  subscribers: number
  emails: number
  /** Marks of changes the alert job handled, once older than it looks back. */
  marks: number
}

/** How long a new address may stay without a subscription (the moment between its two writes on the form). */
const NEW_ADDRESS_GRACE_MS = 60 * 60 * 1000

export async function applyFollowRetention(payload: Payload, now = new Date()): Promise<FollowRetentionReport> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString()
  const unconfirmed = await payload.delete({
    collection: 'follow-subscriptions',
    where: { and: [{ confirmedAt: { exists: false } }, { createdAt: { less_than: before(UNCONFIRMED_KEPT_MS) } }] },
    overrideAccess: true,
  })
  const followed = new Set<number>()
  const subscriptions = await payload.find({
    collection: 'follow-subscriptions',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { subscriber: true },
  })
  for (const row of subscriptions.docs) followed.add(typeof row.subscriber === 'object' ? row.subscriber.id : row.subscriber)
  const alone = await payload.delete({
    collection: 'follow-subscribers',
    where: {
      and: [...(followed.size > 0 ? [{ id: { not_in: [...followed] } }] : []), { createdAt: { less_than: before(NEW_ADDRESS_GRACE_MS) } }],
    },
    overrideAccess: true,
  })
  const emails = await payload.delete({
    collection: 'email-outbox',
    where: {
      and: [
        // Alerts and digests carry signed links too.
        { kind: { in: [...FOLLOW_EMAIL_KINDS, 'follow-alert', 'follow-digest'] } },
        { status: { in: ['sent', 'written', 'failed'] } },
        { createdAt: { less_than: before(FOLLOW_EMAILS_KEPT_MS) } },
      ],
    },
    overrideAccess: true,
  })
  const marks = await payload.delete({
    collection: 'follow-alerted-changes',
    where: { createdAt: { less_than: before(ALERT_WINDOW_MS + 24 * 3600 * 1000) } },
    overrideAccess: true,
  })
  const report = {
    subscriptions: unconfirmed.docs.length,
    subscribers: alone.docs.length,
    emails: emails.docs.length,
    marks: marks.docs.length,
  }
  if (report.subscriptions + report.subscribers + report.emails + report.marks > 0)
    payload.logger.info({ msg: 'follow retention', ...report })
  return report
}

export const followTasks: TaskConfig[] = [
  {
    slug: 'follow-retention',
    label: 'Delete unconfirmed subscriptions and addresses that follow nothing',
    schedule: [{ cron: '0 10 4 * * *', queue: 'default' }],
    handler: async ({ req }) => {
      await applyFollowRetention(req.payload)
      return { output: {} }
    },
  },
]
