/**
 * What the follow-up cell may still do to a report once its round has closed: finish the review of
 * a report the partner submitted in time by validating it. Sending it back is refused, because the
 * partner could not answer (the period refuses their changes), so the report would stay returned
 * for good; the cell leaves it submitted (not public, not counted as validated) instead.
 */
import type { ReportState } from '@/access/tracker'
import { FROZEN_REPORT_FIELDS, firstChanged } from '../corrections/frozen-fields'

/** What the partner wrote and the cell's review does not touch: the report's values and its text. */
const SUBMITTED_FIELDS = [...FROZEN_REPORT_FIELDS.filter((field) => field !== 'workflow'), 'account'] as const

/** `validates`: the write only validates a submitted report; `sendsBack`: it returns one to the partner; `other`: anything else. */
export type ReviewAfterClose = 'validates' | 'sendsBack' | 'other'

/** Which review step the write is, judged on the states before and after and on the fields it changes. */
export function reviewAfterClose(
  before: ReportState | undefined,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
): ReviewAfterClose {
  if (before !== 'submitted' || !originalDoc) return 'other'
  if (firstChanged(SUBMITTED_FIELDS, data, originalDoc)) return 'other'
  if (data.workflow === 'validated') return 'validates'
  if (data.workflow === 'sent-back') return 'sendsBack'
  return 'other'
}
