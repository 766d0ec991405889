/**
 * Progress reports on the dashboard: for the follow-up cell, those submitted and waiting for its
 * validation; for the cell and partners, those whose period is over but that nobody has submitted;
 * for partners, those sent back to them. Each is counted with the person's access, so a partner
 * counts only their organisations' reports.
 */
import type { Where } from 'payload'
import { hasRole } from '@/access/roles'
import { isFollowUpUser } from '@/access/tracker'
import { adminText } from '@/back-office/admin-text'
import type { AttentionCount, AttentionProvider } from '@/back-office/attention'
import { countForList } from '@/back-office/dashboard/count'
import { listHref } from '@/back-office/dashboard/list-href'
import { trackerAttentionMessages } from './messages'

type Key = keyof (typeof trackerAttentionMessages)['nl']

export const progressReportsAttention: AttentionProvider = async (req) => {
  const followUp = isFollowUpUser(req.user)
  const partner = hasRole(req.user, 'partner')
  if (!followUp && !partner) return []
  const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`
  const wanted: { key: Key; where: Where }[] = [
    ...(followUp ? [{ key: 'toValidate' as const, where: { workflow: { equals: 'submitted' } } }] : []),
    { key: 'overdue', where: { and: [{ workflow: { in: ['draft', 'sent-back'] } }, { periodEnd: { less_than: today } }] } },
    ...(partner ? [{ key: 'sentBack' as const, where: { workflow: { equals: 'sent-back' } } }] : []),
  ]
  const counts = await Promise.all(
    wanted.map(async ({ key, where }): Promise<AttentionCount | null> => {
      const count = await countForList(req, 'progress-reports', where)
      if (count === null) return null
      return {
        key: `reports-${key}`,
        group: 'tracker',
        label: adminText(trackerAttentionMessages, key),
        count,
        href: listHref('progress-reports', where),
      }
    }),
  )
  return counts.filter((count): count is AttentionCount => count !== null)
}
