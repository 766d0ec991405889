/** Records each document a person deletes, inside the deletion's transaction (see record-changes.ts for why). */
import type { CollectionAfterOperationHook } from 'payload'
import type { AuditAction } from '../actions'
import { recordAudit } from '../record'

type WithId = { id: number | string }

/** Deleting a citizen's message, or an account, has its own name in the trail. */
const DELETE_ACTIONS: Record<string, AuditAction> = { 'contact-messages': 'message-deleted', users: 'account-deleted' }

export const recordDeletions: CollectionAfterOperationHook = async (hook) => {
  const { collection, overrideAccess, req } = hook
  if (overrideAccess || !req.user) return hook.result
  // The generic collection's documents are typed without their id; every stored document has one.
  let deleted: readonly WithId[]
  if (hook.operation === 'deleteByID') deleted = hook.result ? [hook.result as WithId] : []
  else if (hook.operation === 'delete') deleted = hook.result.docs as WithId[]
  else return hook.result
  const action = DELETE_ACTIONS[collection.slug] ?? 'delete'
  for (const doc of deleted) await recordAudit(req, { action, collection: collection.slug, documentId: doc.id })
  return hook.result
}
