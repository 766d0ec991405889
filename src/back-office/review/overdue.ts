/** Which pages, news and documents are past their review date: one `where`, read by the dashboard and the weekly reminder. */
import type { Where } from 'payload'

/** The collections that carry the review fields (src/back-office/review/fields.ts). */
export const REVIEWED_COLLECTIONS = ['pages', 'news', 'documents'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

/** Start of the current UTC day: an item due today is not yet overdue (day-only dates are stored at noon). */
export function startOfDay(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T00:00:00.000Z`
}

export function overdueWhere(now: Date, owner?: number): Where {
  const due: Where = { reviewBy: { less_than: startOfDay(now) } }
  return owner === undefined ? due : { and: [due, { owner: { equals: owner } }] }
}
