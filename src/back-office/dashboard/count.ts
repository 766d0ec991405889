/** How many items of a collection match a `where` for the person asking, counted as their list view counts them. */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Counts with the person's own access and, like the admin's list, over the latest drafts; `null` when
 * they may not read the collection, so a provider leaves the count out instead of failing the dashboard.
 */
export async function countForList(req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<number | null> {
  try {
    const result = await req.payload.find({
      collection,
      where,
      req,
      user: req.user,
      overrideAccess: false,
      draft: true,
      depth: 0,
      limit: 1,
      select: {},
    })
    return result.totalDocs
  } catch (error) {
    if ((error as { status?: number }).status === 403) return null
    throw error
  }
}
