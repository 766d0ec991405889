/**
 * "My drafts": pages, news and documents whose latest version is an unpublished draft and whose owner
 * (src/back-office/review/fields.ts, the creator unless changed) is the signed-in person.
 */
import type { Where } from 'payload'
import { hasRole } from '@/access/roles'
import { adminText } from '@/back-office/admin-text'
import type { AttentionCount, AttentionProvider } from '@/back-office/attention'
import { countForList } from '@/back-office/dashboard/count'
import { listHref } from '@/back-office/dashboard/list-href'
import { REVIEWED_COLLECTIONS } from '@/back-office/review/overdue'
import { myDraftsMessages } from './messages'

export const myDrafts: AttentionProvider = async (req) => {
  const user = req.user
  if (!user || (!hasRole(user, 'admin') && !hasRole(user, 'editor'))) return []
  const where: Where = { and: [{ _status: { equals: 'draft' } }, { owner: { equals: user.id } }] }
  const counts = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection): Promise<AttentionCount | null> => {
      const count = await countForList(req, collection, where)
      if (count === null) return null
      return {
        key: `my-drafts-${collection}`,
        group: 'content',
        label: adminText(myDraftsMessages, collection),
        count,
        href: listHref(collection, where),
      }
    }),
  )
  return counts.filter((count): count is AttentionCount => count !== null)
}
