/**
 * What four eyes give the "needs my attention" dashboard: the requests waiting for this person's
 * approval (someone else's, in content they may publish), and their own requests returned to them
 * that they have not dealt with yet. Each count links to the list of exactly those requests.
 */
import type { Where } from 'payload'
import { allows } from '@/access/from-matrix'
import { adminText } from '../admin-text'
import type { AttentionCount, AttentionProvider } from '../attention'
import { countForList } from '../dashboard/count'
import { listHref } from '../dashboard/list-href'
import { approvalMessages } from './messages'
import { APPROVABLE } from './settings'

export const approvalAttention: AttentionProvider = async (req) => {
  const user = req.user
  if (!user) return []
  const publishable = APPROVABLE.filter((slug) => allows(user, slug, 'publish'))
  if (publishable.length === 0) return []
  const kinds: { key: 'waitingForMe' | 'returnedToMe'; where: Where }[] = [
    {
      key: 'waitingForMe',
      where: {
        and: [{ state: { equals: 'submitted' } }, { requestedBy: { not_equals: user.id } }, { targetCollection: { in: publishable } }],
      },
    },
    {
      key: 'returnedToMe',
      where: { and: [{ state: { equals: 'returned' } }, { requestedBy: { equals: user.id } }, { settled: { equals: false } }] },
    },
  ]
  const counts: AttentionCount[] = []
  for (const { key, where } of kinds) {
    const count = await countForList(req, 'approval-requests', where)
    // Only what there is: a site without four eyes shows nothing about them.
    if (!count) continue
    counts.push({
      key: `approval-${key}`,
      group: 'review',
      label: adminText(approvalMessages, key),
      count,
      href: listHref('approval-requests', where),
    })
  }
  return counts
}
