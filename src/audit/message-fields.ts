/**
 * Which reads of citizens' messages reach what a citizen wrote (their name, address, text,
 * attachments) or the history of its handling, as opposed to reads that only see how a message is
 * handled: its reference, status, administration, dates. Only the former are openings or exports.
 */

/** Fields a read may pick without reaching what the citizen wrote or the history of its handling. */
const HANDLING_FIELDS = new Set([
  'id',
  'reference',
  'status',
  'assignee',
  'administration',
  'topic',
  'createdAt',
  'updatedAt',
  'firstAnsweredAt',
  'closedAt',
  'emails',
])

/** Whether a read with this `select` returns what the citizen wrote (no `select` returns everything). */
export function readsWhatTheCitizenWrote(select: unknown): boolean {
  if (!select || typeof select !== 'object') return true
  return Object.entries(select).some(([field, picked]) => picked === false || !HANDLING_FIELDS.has(field))
}
