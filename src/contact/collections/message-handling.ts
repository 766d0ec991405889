import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { queueAnswer } from '@/contact/mail/queue'
import { relationId } from '@/relation-id'
import type { HistoryKind, MessageStatus } from './statuses'

interface HistoryEntry {
  at: string
  kind: HistoryKind
  actor?: number | string | null
  text?: string | null
}

/**
 * Turns what staff did in one save into history: a status change, a new assignee, a note, an
 * answer. The note and answer boxes are emptied, their text lives on in the history.
 */
export const recordHandling: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc || context.system) return data
  const now = new Date().toISOString()
  const actor = req.user ? req.user.id : null
  const history: HistoryEntry[] = [...((originalDoc.history as HistoryEntry[] | undefined) ?? [])]
  const before = originalDoc.status as MessageStatus
  let status = (data.status ?? before) as MessageStatus

  if (data.assignee !== undefined && relationId(data.assignee) !== relationId(originalDoc.assignee)) {
    history.push({ at: now, kind: 'assigned', actor, text: data.assignee ? null : '—' })
    if (data.assignee && status === 'new') status = 'assigned'
  }
  const note = typeof data.note === 'string' ? data.note.trim() : ''
  if (note) history.push({ at: now, kind: 'note', actor, text: note })
  const reply = typeof data.reply === 'string' ? data.reply.trim() : ''
  if (reply) {
    history.push({ at: now, kind: 'answer', actor, text: reply })
    data.firstAnsweredAt = originalDoc.firstAnsweredAt ?? now
    // Answering moves the message on, unless the handler closes it with the same save.
    if (status !== 'closed') status = 'answered'
    context.answerToSend = reply
  }
  if (status !== before) history.push({ at: now, kind: 'status', actor, text: `${before} → ${status}` })
  data.status = status
  if (status === 'closed' && before !== 'closed') data.closedAt = now
  if (status !== 'closed') data.closedAt = null
  data.note = null
  data.reply = null
  data.history = history
  return data
}

/** The answer goes out through the outbox, in the same transaction as the save that wrote it. */
export const sendAnswer: CollectionAfterChangeHook = async ({ doc, context, req, operation }) => {
  if (operation !== 'update' || typeof context.answerToSend !== 'string') return doc
  const text = context.answerToSend
  delete context.answerToSend
  await queueAnswer(req, doc, text)
  return doc
}
