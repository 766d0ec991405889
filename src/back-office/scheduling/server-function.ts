/**
 * The admin's `scheduled-publications` server function: what is scheduled for one item, for the
 * edit screen's panel. Anyone who may read the item may see it (a translator too: they should know
 * when their text goes out); only the schedule action itself needs the role matrix's `schedule`.
 */
import { canAccessAdmin, type ServerFunction } from 'payload'
import type { CollectionSlug } from 'payload'
import type { ScheduledPublication } from './describe'
import { scheduledPublications } from './scheduled-publications'

export interface ScheduledPublicationsArgs {
  collectionSlug: string
  id: number | string
}

export const scheduledPublicationsFunction: ServerFunction<ScheduledPublicationsArgs, Promise<ScheduledPublication[]>> = async ({
  req,
  collectionSlug,
  id,
}) => {
  await canAccessAdmin({ req })
  if (!(collectionSlug in req.payload.collections)) return []
  // Throws (not found, forbidden) for an item this person may not read.
  await req.payload.findByID({
    collection: collectionSlug as CollectionSlug,
    id,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const entries = await scheduledPublications(req.payload, collectionSlug, { docId: id, req })
  return entries.map(({ id: jobId, type, locale, at, by }) => ({ id: jobId, type, locale, at, by }))
}
