import type { Access, Where } from 'payload'
import { relationId } from '@/relation-id'
import { hasRole } from './roles'

interface WithPartners {
  partners?: readonly (number | { id: number })[] | null
}

/** The government-plans support cell (and admins): manages the plan's structure, validates reports, prepares summits. */
export function isFollowUpUser(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'follow-up')
}

/** Those who keep indicators: the follow-up cell and the evaluators (BISA). */
export function keepsIndicators(user: unknown): boolean {
  return isFollowUpUser(user) || hasRole(user, 'evaluator')
}

/** The organisations a partner account reports for (ids); none for any other account. */
export function partnerOrganisations(user: unknown): number[] {
  if (!user || !hasRole(user, 'partner')) return []
  return ((user as WithPartners).partners ?? []).map((entry) => relationId(entry)).filter((id): id is number => id !== null)
}

export const isFollowUp: Access = ({ req }) => isFollowUpUser(req.user)
export const isIndicatorKeeper: Access = ({ req }) => keepsIndicators(req.user)

/** The workflow states of a progress report; only `validated` is public. */
export const REPORT_STATES = ['draft', 'submitted', 'validated', 'sent-back'] as const
export type ReportState = (typeof REPORT_STATES)[number]

/**
 * Reports: the cell reads all of them; a partner only those of their own organisations (even
 * validated ones of others, which they can read on the public site like anyone); everybody else,
 * visitors included, only validated ones.
 */
export const readReports: Access = ({ req }) => {
  if (isFollowUpUser(req.user)) return true
  if (hasRole(req.user, 'partner')) {
    const ids = partnerOrganisations(req.user)
    if (ids.length === 0) return false
    const where: Where = { partner: { in: ids } }
    return where
  }
  const where: Where = { workflow: { equals: 'validated' } }
  return where
}

export const createReports: Access = ({ req }) => isFollowUpUser(req.user) || partnerOrganisations(req.user).length > 0

/** A partner changes their own reports while they are a draft or sent back; the cell changes any. */
export const updateReports: Access = ({ req }) => {
  if (isFollowUpUser(req.user)) return true
  const ids = partnerOrganisations(req.user)
  if (ids.length === 0) return false
  const where: Where = { and: [{ partner: { in: ids } }, { workflow: { in: ['draft', 'sent-back'] } }] }
  return where
}

export const deleteReports: Access = ({ req }) => {
  if (isFollowUpUser(req.user)) return true
  const ids = partnerOrganisations(req.user)
  if (ids.length === 0) return false
  const where: Where = { and: [{ partner: { in: ids } }, { workflow: { equals: 'draft' } }] }
  return where
}
