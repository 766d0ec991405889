/**
 * For a partner: how many reports its organisations still owe (due, late or returned) in the open
 * reporting rounds, opening the list of open rounds, where each round lists them.
 */
import { partnerOrganisations } from '@/access/tracker'
import { adminText } from '@/back-office/admin-text'
import type { AttentionProvider } from '@/back-office/attention'
import { listHref } from '@/back-office/dashboard/list-href'
import { OWED_STATES } from '../rounds/obligation-state'
import { openRounds, roundObligations } from '../rounds/obligations'
import { trackerAttentionMessages } from './messages'

export const owedInRoundsAttention: AttentionProvider = async (req) => {
  const own = partnerOrganisations(req.user)
  if (own.length === 0) return []
  let count = 0
  for (const round of await openRounds(req.payload, req)) {
    for (const partner of own)
      count += (await roundObligations(req.payload, round, { req, partner })).filter((o) => OWED_STATES.includes(o.state)).length
  }
  if (count === 0) return []
  return [
    {
      key: 'rounds-owed',
      group: 'tracker',
      label: adminText(trackerAttentionMessages, 'owedInRounds'),
      count,
      href: listHref('reporting-rounds', { state: { equals: 'open' } }),
    },
  ]
}
