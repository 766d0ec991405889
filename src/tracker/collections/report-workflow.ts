/** The progress reports' workflow: the moves between states, and which step of the role matrix each is. */
import type { Step } from '@/access/matrix'
import type { ReportState } from '@/access/tracker'

/** The states as staff read them. */
export const STATE_LABELS: Record<ReportState, { nl: string; fr: string; en: string }> = {
  draft: { nl: 'Concept', fr: 'Brouillon', en: 'Draft' },
  submitted: { nl: 'Ingediend', fr: 'Soumis', en: 'Submitted' },
  validated: { nl: 'Gevalideerd (openbaar)', fr: 'Validé (public)', en: 'Validated (public)' },
  'sent-back': { nl: 'Teruggestuurd', fr: 'Renvoyé', en: 'Sent back' },
}

/**
 * Which moves exist from each state (a new report is `new`), and the workflow step each is: `edit`
 * is a plain update, open to whoever may update the report (the matrix's update cell); the others
 * are steps the matrix grants by name. A validated report is public record: only an admin touches it.
 */
export const REPORT_MOVES: Record<ReportState | 'new', Partial<Record<ReportState, Step | 'edit'>>> = {
  new: { draft: 'edit', submitted: 'submit' },
  draft: { draft: 'edit', submitted: 'submit' },
  'sent-back': { 'sent-back': 'edit', draft: 'edit', submitted: 'submit' },
  submitted: { submitted: 'edit', validated: 'validate', 'sent-back': 'send-back' },
  validated: {},
}

/** The steps that lead on from this state (a new report's too), each with the state it leads to. */
export function stepsFrom(state: ReportState | 'new'): { step: Step; to: ReportState }[] {
  return (Object.entries(REPORT_MOVES[state]) as [ReportState, Step | 'edit'][]).flatMap(([to, step]) =>
    step === 'edit' ? [] : [{ step, to }],
  )
}
