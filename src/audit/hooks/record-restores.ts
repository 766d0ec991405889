/** Records a restored version, inside the restore's transaction (see record-changes.ts for why). */
import type { CollectionAfterOperationHook } from 'payload'
import { recordAudit } from '../record'

export const recordRestores: CollectionAfterOperationHook = async (hook) => {
  const { collection, overrideAccess, req } = hook
  if (hook.operation !== 'restoreVersion' || overrideAccess || !req.user) return hook.result
  const { draft, id } = hook.args as { draft?: unknown; id?: unknown }
  const restored = hook.result as { id: number | string; _status?: unknown }
  const as = draft === true || draft === 'true' ? 'as a draft' : typeof restored._status === 'string' ? restored._status : 'live'
  await recordAudit(req, {
    action: 'restore',
    collection: collection.slug,
    documentId: restored.id,
    detail: `version ${String(id)}, ${as}`,
  })
  return hook.result
}
