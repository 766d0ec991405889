/**
 * Keeps the lineage true when a plan item is deleted (registered on plan items, before the delete, so
 * on PostgreSQL it shares the delete's transaction): a link whose later item it was goes with it; a
 * link it was a source of loses that source, and goes too when no source is left (every kind but
 * "new" needs one). Deleting is the cell's own act on its own record, so the links follow rather
 * than refuse it; what remains says only what is still true.
 */
import type { CollectionBeforeDeleteHook } from 'payload'
import { relationId } from '@/relation-id'
import { KIND_SHAPE } from '../kinds'

export const forgetDeletedItem: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const itemId = Number(id)
  // Links are kept in step whoever may delete the item: the delete itself was allowed.
  const common = { collection: 'lineage-links', overrideAccess: true, req } as const
  await req.payload.delete({ ...common, where: { item: { equals: itemId } } })
  const sourcing = await req.payload.find({ ...common, where: { from: { in: [itemId] } }, depth: 0, pagination: false })
  for (const link of sourcing.docs) {
    const from = (link.from ?? [])
      .map((source) => relationId(source))
      .filter((source): source is number => source !== null && source !== itemId)
    if (from.length === 0 && KIND_SHAPE[link.kind].from !== 'none') await req.payload.delete({ ...common, id: link.id })
    else await req.payload.update({ ...common, id: link.id, data: { from } })
  }
}
