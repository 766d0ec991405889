/**
 * Records each time a person opens a citizen's message (the admin's document view, REST or GraphQL
 * by id). Reads that only check a date or list the message's emails (the admin does both while a
 * message is open) are not openings.
 */
import type { CollectionAfterOperationHook } from 'payload'
import { recordAudit } from '../record'

/** Fields a read may pick without reading what the citizen wrote. */
const NOT_THE_MESSAGE = new Set(['id', 'updatedAt', 'createdAt', 'emails'])

function readsTheMessage(select: unknown): boolean {
  if (!select || typeof select !== 'object') return true
  return Object.entries(select).some(([field, picked]) => picked === false || !NOT_THE_MESSAGE.has(field))
}

export const recordMessageOpened: CollectionAfterOperationHook = async (hook) => {
  const { collection, overrideAccess, req } = hook
  if (hook.operation !== 'findByID' || overrideAccess || !req.user || !hook.result) return hook.result
  if (!readsTheMessage(hook.args.select)) return hook.result
  await recordAudit(req, { action: 'message-opened', collection: collection.slug, documentId: (hook.result as { id: number | string }).id })
  return hook.result
}
