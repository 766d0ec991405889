/**
 * After a publish or unpublish, writes its planned history rows (hooks/plan-change.ts) with the
 * write's own request, so inside its transaction: the rows and the change commit together, or
 * neither does. A document created published gets its id here.
 */
import type { CollectionAfterOperationHook } from 'payload'
import { announceFrom } from '@/site/invalidation'
import { subjectKeyOf } from '../kinds'
import { takePlan } from '../planned'

export const recordChangesHook: CollectionAfterOperationHook = async (hook) => {
  const { req } = hook
  if (hook.operation !== 'create' && hook.operation !== 'updateByID' && hook.operation !== 'update') return hook.result
  const plan = takePlan(hook.args)
  if (!plan) return hook.result
  const createdId = hook.operation === 'create' ? (hook.result as { id?: number | string } | undefined)?.id : undefined
  for (const document of plan.documents) {
    const id = document.id ?? createdId
    if (id === undefined) continue
    for (const row of document.rows) {
      await req.payload.create({
        collection: 'content-changes',
        data: { ...row, subjectKey: subjectKeyOf(plan.collection, id) },
        overrideAccess: true,
        req,
      })
    }
    // The change was announced before its history was written (afterChange runs before this hook):
    // announced again, the pages that show it and the content store's copy of the history follow.
    if (document.rows.length > 0) await announceFrom(req, { source: plan.collection, kind: 'collection', id })
  }
  return hook.result
}
