/** Whether the signed-in user may save this document (or create one): the matrix's update (or create) cell, checked on the document. */
import type { PayloadRequest } from 'payload'
import { allows, type CollectionMatrixSlug, reach } from '@/access/from-matrix'

export async function mayChange(req: PayloadRequest, slug: CollectionMatrixSlug, id: number | string | undefined): Promise<boolean> {
  if (id === undefined) return allows(req.user, slug, 'create')
  const where = reach(req.user, slug, 'update')
  if (where === true || where === false) return where
  const found = await req.payload.count({ collection: slug, where: { and: [{ id: { equals: id } }, where] }, overrideAccess: true, req })
  return found.totalDocs > 0
}
