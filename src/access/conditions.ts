/**
 * The named conditions a cell of the role matrix may hold instead of yes: each says, for a signed-in
 * user, which documents the action reaches (true, false, or a Payload `Where`), and how the README
 * names it.
 */
import type { Where } from 'payload'
import { handledAdministrations } from './contact'
import { partnerOrganisations } from './tracker'

export interface Condition {
  /** How the README's table names it (short: it sits in a table cell). */
  says: string
  /** Which documents it reaches for this user; `true` when any document may be. */
  reach: (user: unknown) => boolean | Where
}

const userId = (user: unknown) => (user as { id?: number | string } | null | undefined)?.id

/** A partner's own organisations, further narrowed to reports in some workflow states. */
function ownReports(user: unknown, states?: readonly string[]): boolean | Where {
  const ids = partnerOrganisations(user)
  if (ids.length === 0) return false
  const own: Where = { partner: { in: ids } }
  return states ? { and: [own, { workflow: { in: [...states] } }] } : own
}

export const CONDITIONS = {
  published: { says: 'published', reach: () => ({ _status: { equals: 'published' } }) },
  // Enforced by hooks, not by the documents reached: see refuse-shared-field-changes.ts and guard-publication.ts.
  'localized-text': { says: 'localized text only', reach: () => true },
  'own-account': {
    says: 'own account',
    reach: (user) => {
      const id = userId(user)
      return id === undefined ? false : { id: { equals: id } }
    },
  },
  'own-administrations': {
    says: 'own administrations',
    reach: (user) => {
      const ids = handledAdministrations(user)
      return ids.length === 0 ? false : { administration: { in: ids } }
    },
  },
  'own-organisations': { says: 'own organisations', reach: (user) => ownReports(user) },
  'own-open-reports': { says: 'own, while draft or sent back', reach: (user) => ownReports(user, ['draft', 'sent-back']) },
  'own-draft-reports': { says: 'own drafts', reach: (user) => ownReports(user, ['draft']) },
  // The workflow hook (enforce-report-workflow.ts) checks that the report is for one of them.
  'for-own-organisations': { says: 'for own organisations', reach: (user) => partnerOrganisations(user).length > 0 },
  validated: { says: 'validated', reach: () => ({ workflow: { equals: 'validated' } }) },
  // A plan version's draft is prepared out of sight: its items and their reports with it.
  'in-published-version': { says: 'of a published version', reach: () => ({ 'planVersion._status': { equals: 'published' } }) },
  'validated-in-published-version': {
    says: 'validated, of a published version',
    reach: (): Where => ({ and: [{ workflow: { equals: 'validated' } }, { 'measure.planVersion._status': { equals: 'published' } }] }),
  },
  'not-validated': { says: 'unless validated', reach: () => ({ workflow: { not_equals: 'validated' } }) },
} as const satisfies Record<string, Condition>

export type ConditionName = keyof typeof CONDITIONS
