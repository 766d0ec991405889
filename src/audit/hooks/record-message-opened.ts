/**
 * Records each time a person opens a citizen's message (the admin's document view, REST or GraphQL
 * by id). Reads that only check a date, list the message's emails (the admin does both while a
 * message is open) or pick its reference are not openings.
 */
import type { CollectionAfterOperationHook } from 'payload'
import { readsWhatTheCitizenWrote } from '../message-fields'
import { recordAudit } from '../record'

export const recordMessageOpened: CollectionAfterOperationHook = async (hook) => {
  const { collection, overrideAccess, req } = hook
  if (hook.operation !== 'findByID' || overrideAccess || !req.user || !hook.result) return hook.result
  if (!readsWhatTheCitizenWrote(hook.args.select)) return hook.result
  await recordAudit(req, { action: 'message-opened', collection: collection.slug, documentId: (hook.result as { id: number | string }).id })
  return hook.result
}
