import { relationId } from '@/relation-id'
import { hasRole } from './roles'

interface WithPartners {
  partners?: readonly (number | { id: number })[] | null
}

/** The government-plans support cell (and admins): manages the plan's structure, validates reports, prepares summits. */
export function isFollowUpUser(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'follow-up')
}

/** The organisations a partner account reports for (ids); none for any other account. */
export function partnerOrganisations(user: unknown): number[] {
  if (!user || !hasRole(user, 'partner')) return []
  return ((user as WithPartners).partners ?? []).map((entry) => relationId(entry)).filter((id): id is number => id !== null)
}

/** The workflow states of a progress report; only `validated` is public. */
export const REPORT_STATES = ['draft', 'submitted', 'validated', 'sent-back'] as const
export type ReportState = (typeof REPORT_STATES)[number]
