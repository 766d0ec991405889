import type { Payload } from 'payload'
import { relationId } from '@/relation-id'

export interface RetentionReport {
  closedBefore: string
  messages: number
  attachments: number
  emails: number
}

/** The moment before which closed messages are due for deletion. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/**
 * Deletes messages closed before the retention period with their attachments (files included)
 * and emails, then logs how many, and nothing about whom. Also removes attachments that no
 * message holds any more (left by a submission that died half-way) once they are a day old.
 */
export async function applyRetention(payload: Payload, months: number, now = new Date()): Promise<RetentionReport> {
  const closedBefore = retentionCutoff(now, months).toISOString()
  const report: RetentionReport = { closedBefore, messages: 0, attachments: 0, emails: 0 }
  const expired = await payload.find({
    collection: 'contact-messages',
    where: { and: [{ status: { equals: 'closed' } }, { closedAt: { less_than: closedBefore } }] },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { attachments: true },
  })
  for (const message of expired.docs) {
    const emails = await payload.delete({ collection: 'email-outbox', where: { message: { equals: message.id } }, overrideAccess: true })
    report.emails += emails.docs.length
    await payload.delete({ collection: 'contact-messages', id: message.id, overrideAccess: true })
    report.messages++
    for (const attachment of message.attachments ?? []) {
      await payload.delete({ collection: 'contact-attachments', id: relationId(attachment)!, overrideAccess: true }).catch(() => undefined)
      report.attachments++
    }
  }
  report.attachments += await deleteOrphanAttachments(payload, now)
  if (report.messages > 0 || report.attachments > 0) {
    await payload.create({ collection: 'contact-deletions', overrideAccess: true, data: report })
  }
  payload.logger.info(
    `contact retention: deleted ${report.messages} messages closed before ${closedBefore}, ${report.attachments} attachments, ${report.emails} emails`,
  )
  return report
}

async function deleteOrphanAttachments(payload: Payload, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString()
  const old = await payload.find({
    collection: 'contact-attachments',
    where: { createdAt: { less_than: dayAgo } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { createdAt: true },
  })
  if (old.docs.length === 0) return 0
  const held = await payload.find({
    collection: 'contact-messages',
    where: { attachments: { in: old.docs.map((doc) => doc.id) } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { attachments: true },
  })
  const kept = new Set(held.docs.flatMap((message) => (message.attachments ?? []).map((a) => String(relationId(a)))))
  let deleted = 0
  for (const doc of old.docs) {
    if (kept.has(String(doc.id))) continue
    await payload.delete({ collection: 'contact-attachments', id: doc.id, overrideAccess: true })
    deleted++
  }
  return deleted
}
