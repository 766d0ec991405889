import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
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
/** The name (else the address) of the person a message is given to, as the history keeps it. */
async function assigneeName(req: PayloadRequest, assignee: unknown): Promise<string> {
  const id = relationId(assignee as never)
  if (id === null || id === undefined) return '—'
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return user ? user.name?.trim() || user.email : String(id)
}

export const recordHandling: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc || context.system) return data
  const now = new Date().toISOString()
  const actor = req.user ? req.user.id : null
  const history: HistoryEntry[] = [...((originalDoc.history as HistoryEntry[] | undefined) ?? [])]
  const before = originalDoc.status as MessageStatus
  let status = (data.status ?? before) as MessageStatus

  if (data.assignee !== undefined && relationId(data.assignee) !== relationId(originalDoc.assignee)) {
    // The name as it was then: the history says who it went to even if the account changes later.
    history.push({ at: now, kind: 'assigned', actor, text: await assigneeName(req, data.assignee) })
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
    // On req.context as it is now, not on the `context` this hook was given: a Local API call made
    // with `req` (assigneeName above) replaces req.context with a copy, and afterChange is given
    // that copy, so an answer noted on the earlier object would never be sent.
    req.context.answerToSend = reply
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
