/**
 * The weekly reminder: each owner gets one email, in the language of their account, listing the
 * pages, news and documents in their name that are past their review date. Written to the outbox
 * (src/contact) like every email, with a key per owner and day so a rerun the same day adds none.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { createLocalReq } from 'payload'
import { emailLanguageOf } from '@/back-office/email-language'
import { isQueued, queueEmail } from '@/contact/mail/outbox'
import { readEnvironment } from '@/environment'
import { relationId } from '@/relation-id'
import { formatDate } from '@/site/i18n'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { LOCALES, type Locale } from '@/site/routes'
import { reviewMessages } from './messages'
import { overdueWhere, REVIEWED_COLLECTIONS, type ReviewedCollection } from './overdue'

interface OverdueItem {
  collection: ReviewedCollection
  id: number
  title: Partial<Record<Locale, string>>
  reviewBy: string
}

async function overdueByOwner(req: PayloadRequest, now: Date): Promise<Map<number, OverdueItem[]>> {
  const byOwner = new Map<number, OverdueItem[]>()
  for (const collection of REVIEWED_COLLECTIONS) {
    const found = await req.payload.find({
      collection,
      where: { and: [overdueWhere(now), { owner: { exists: true } }] },
      draft: true,
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'reviewBy',
      overrideAccess: true,
      req,
      select: { title: true, owner: true, reviewBy: true },
    })
    for (const doc of found.docs) {
      const owner = relationId(doc.owner as number | { id: number } | null | undefined)
      if (owner === null || !doc.reviewBy) continue
      const title = (doc.title ?? {}) as unknown as Partial<Record<Locale, string>>
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), { collection, id: doc.id, title, reviewBy: doc.reviewBy }])
    }
  }
  return byOwner
}

function titleIn(item: OverdueItem, language: Locale): string {
  return item.title[language] ?? LOCALES.map((l) => item.title[l]).find(Boolean) ?? `#${item.id}`
}

/** Queues this week's reminders; answers how many emails were written. */
export async function queueReviewReminders(payload: Payload, serverUrl: string, now = new Date()): Promise<number> {
  const req = await createLocalReq({}, payload)
  const byOwner = await overdueByOwner(req, now)
  const day = now.toISOString().slice(0, 10)
  let queued = 0
  for (const [ownerId, items] of byOwner) {
    const owner = await payload.findByID({ collection: 'users', id: ownerId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!owner?.email) continue
    const key = `review-reminder:${ownerId}:${day}`
    if (await isQueued(payload, key, req)) continue
    const language = emailLanguageOf(owner)
    const text = reviewMessages[language]
    const lines = items.map((item) =>
      fillPlaceholders(text.reminderItem, {
        title: titleIn(item, language),
        collection: text[item.collection],
        date: formatDate(item.reviewBy, language),
        link: `${serverUrl}/admin/collections/${item.collection}/${item.id}`,
      }),
    )
    await queueEmail(
      payload,
      {
        key,
        kind: 'review-reminder',
        to: owner.email,
        subject: fillPlaceholders(text.reminderSubject, { count: items.length }),
        text: fillPlaceholders(text.reminderBody, { name: owner.name || owner.email, items: lines.join('\n') }),
      },
      { req, now },
    )
    queued += 1
  }
  return queued
}

/** Payload's job queue runs this every Monday morning (REVIEW_REMINDER_CRON) inside the server (see jobs in payload.config.ts). */
export const reviewTasks: TaskConfig[] = [
  {
    slug: 'review-reminders',
    label: 'Email each owner the content past its review date',
    schedule: [{ cron: readEnvironment().reviewReminderCron, queue: 'default' }],
    handler: async ({ req }) => {
      const queued = await queueReviewReminders(req.payload, readEnvironment().serverUrl)
      if (queued > 0) req.payload.logger.info({ msg: 'review reminders queued', queued })
      return { output: {} }
    },
  },
]
