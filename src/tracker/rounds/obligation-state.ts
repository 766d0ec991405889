/**
 * Where a measure's report stands in a reporting round, from the report's workflow and the round's
 * deadline: computed when read, never stored, so "late" needs no job to become true.
 */
import type { ReportState } from '@/access/tracker'

export const OBLIGATION_STATES = ['due', 'late', 'submitted', 'returned', 'validated'] as const
export type ObligationState = (typeof OBLIGATION_STATES)[number]

export const OBLIGATION_LABELS: Record<ObligationState, { nl: string; fr: string; en: string }> = {
  due: { nl: 'Te rapporteren', fr: 'À rapporter', en: 'Due' },
  late: { nl: 'Te laat', fr: 'En retard', en: 'Late' },
  submitted: { nl: 'Ingediend', fr: 'Soumis', en: 'Submitted' },
  returned: { nl: 'Teruggestuurd', fr: 'Renvoyé', en: 'Returned' },
  validated: { nl: 'Gevalideerd', fr: 'Validé', en: 'Validated' },
}

/** The states in which the partner still owes something. */
export const OWED_STATES: readonly ObligationState[] = ['due', 'late', 'returned']

/**
 * A report not yet submitted (none, or a draft) is due until the deadline's day is over (Brussels
 * days, YYYY-MM-DD), late after it; a report sent back is returned, whatever the date.
 */
export function obligationState(workflow: ReportState | undefined, deadlineDay: string, today: string): ObligationState {
  if (workflow === 'submitted') return 'submitted'
  if (workflow === 'validated') return 'validated'
  if (workflow === 'sent-back') return 'returned'
  return today > deadlineDay ? 'late' : 'due'
}
