/**
 * The dashboard's feedback line: the pages visitors most often found not useful over the last 30
 * days, each opening the list of those answers. Read with the person's access, so a contact handler
 * sees their administrations' pages and an editor every page.
 */
import type { Where } from 'payload'
import { adminText } from '@/back-office/admin-text'
import type { AttentionCount, AttentionProvider } from '@/back-office/attention'
import { listHref } from '@/back-office/dashboard/list-href'
import { inPeriod, pageFigures, type FeedbackRow } from './figures'
import { feedbackAdminMessages } from './messages'

/** The dashboard stays short: the worst few pages; the list has the rest. */
const SHOWN = 5

export const feedbackAttention: AttentionProvider = async (req) => {
  if (!req.user) return []
  const period = inPeriod(new Date())
  const result = await req.payload
    .find({
      collection: 'page-feedback',
      req,
      user: req.user,
      overrideAccess: false,
      where: { and: [{ answer: { equals: 'no' } }, period] },
      pagination: false,
      depth: 0,
      select: { path: true, language: true, answer: true, createdAt: true },
    })
    .catch((error: unknown) => {
      // Someone who may not read feedback is not shown the line, as every provider does.
      if ((error as { status?: number }).status === 403) return null
      throw error
    })
  if (!result) return []
  return pageFigures(result.docs as FeedbackRow[])
    .slice(0, SHOWN)
    .map((page): AttentionCount => {
      const where: Where = { and: [{ path: { equals: page.path } }, { answer: { equals: 'no' } }, period] }
      return {
        key: `feedback-no-${page.path}`,
        group: 'feedback',
        label: adminText(feedbackAdminMessages, 'mostNo', { page: page.path }),
        count: page.no,
        href: listHref('page-feedback', where),
      }
    })
}
