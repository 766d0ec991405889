/**
 * How often a preview link was opened, and when last: read from the audit trail, where each opening
 * is recorded (open.ts), not kept on the link. Writing a count on the link at every opening moved
 * its `updatedAt`, so the editor who had the link's screen open was told that someone else had
 * changed it, and could not save the revocation without reloading.
 */
import type { CollectionAfterReadHook } from 'payload'

interface LinkLike {
  id?: number | string
  document?: { relationTo?: unknown; value?: unknown } | null
}

/** The audit trail's `detail` of an opening of this link (open.ts writes it). */
export function previewLinkUseDetail(linkId: number | string): string {
  return `preview-link ${linkId}`
}

/**
 * Set in a read's `context` by opening a link (open.ts), which never shows the counts: a visitor's
 * request costs no query of the audit trail. (Payload merges a read's context into a request it is
 * given, so a hook that reads with the editor's request does not set it: it would stay on that request.)
 */
export const WITHOUT_USE_COUNT = 'previewLinkWithoutUseCount'

export const countPreviewLinkUses: CollectionAfterReadHook = async ({ context, doc, req }) => {
  if (context[WITHOUT_USE_COUNT]) return doc
  const link = doc as LinkLike
  const collection = link.document?.relationTo
  const value = link.document?.value
  const documentId = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  if (link.id === undefined || typeof collection !== 'string' || (typeof documentId !== 'number' && typeof documentId !== 'string')) {
    return doc
  }
  const openings = await req.payload.find({
    collection: 'audit-events',
    where: {
      and: [
        { action: { equals: 'preview-link-used' } },
        { collection: { equals: collection } },
        { documentId: { equals: String(documentId) } },
        { detail: { equals: previewLinkUseDetail(link.id) } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
  })
  return { ...doc, uses: openings.totalDocs, lastUsedAt: openings.docs[0]?.createdAt ?? null }
}
