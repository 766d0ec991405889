/** The follow-up cell's review of a progress report: validated (made public record) or returned to the partner. */
import type { ChangeAuditor } from './change'

export const reviewChanges: ChangeAuditor = ({ before, after, collection }) => {
  const from = before?.workflow
  const to = after.workflow
  const event = { collection: collection.slug, documentId: after.id }
  if (to === 'validated' && from !== 'validated') return [{ action: 'report-validated', ...event }]
  if (to === 'sent-back' && from !== 'sent-back') return [{ action: 'report-returned', ...event }]
  return []
}
