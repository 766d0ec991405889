/**
 * Records what a person's create or update changed that the audit trail follows (publication,
 * roles and scope, a report's review), inside the operation's transaction: an event that cannot be
 * written fails the operation, and on PostgreSQL takes the change back with it.
 */
import type { CollectionAfterOperationHook } from 'payload'
import type { PublicationArgs } from '@/access/publication-intent'
import type { ChangeAuditor } from '../changes/change'
import { recordAudit } from '../record'
import { beforeStateOf, readStored } from '../stored-state'

type WithId = { id: number | string }

export function recordChanges(auditors: readonly ChangeAuditor[]): CollectionAfterOperationHook {
  return async (hook) => {
    const { collection, overrideAccess, req } = hook
    if (overrideAccess || !req.user) return hook.result
    // The generic collection's documents are typed without their id; every stored document has one.
    let written: readonly WithId[]
    if (hook.operation === 'create' || hook.operation === 'updateByID') written = hook.result ? [hook.result as WithId] : []
    else if (hook.operation === 'update') written = hook.result.docs as WithId[]
    else return hook.result
    for (const doc of written) {
      const after = await readStored(req, collection.slug, doc.id)
      if (!after) continue
      const change = {
        operation: hook.operation === 'create' ? ('create' as const) : ('update' as const),
        before: beforeStateOf(hook.args, doc.id),
        after,
        args: hook.args as PublicationArgs,
        collection,
        req,
      }
      for (const event of auditors.flatMap((audit) => audit(change))) await recordAudit(req, event)
    }
    return hook.result
  }
}
