/** The dashboard's "past its review date" counts: one per collection, for those who edit content. */
import { hasRole } from '@/access/roles'
import { adminText } from '@/back-office/admin-text'
import type { AttentionCount, AttentionProvider } from '@/back-office/attention'
import { countForList } from '@/back-office/dashboard/count'
import { listHref } from '@/back-office/dashboard/list-href'
import { reviewMessages } from './messages'
import { overdueWhere, REVIEWED_COLLECTIONS } from './overdue'

export const overdueReviews: AttentionProvider = async (req) => {
  if (!hasRole(req.user, 'admin') && !hasRole(req.user, 'editor')) return []
  const where = overdueWhere(new Date())
  const counts = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection): Promise<AttentionCount | null> => {
      const count = await countForList(req, collection, where)
      if (count === null) return null
      return {
        key: `review-overdue-${collection}`,
        group: 'review',
        label: adminText(reviewMessages, 'overdue', (language) => ({ collection: reviewMessages[language][collection] })),
        count,
        href: listHref(collection, where),
      }
    }),
  )
  return counts.filter((count): count is AttentionCount => count !== null)
}
