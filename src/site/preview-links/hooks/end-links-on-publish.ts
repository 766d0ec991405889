/** A document published in a language ends its preview links in that language: the text is public now. */
import type { CollectionAfterChangeHook } from 'payload'
import { isLocale } from '@/site/routes'
import type { AddressedCollection } from '@/site/slugs/public-paths'

export const endLinksOnPublish =
  (collection: AddressedCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const locale = req.locale
    if ((doc as { _status?: unknown })._status !== 'published' || !isLocale(locale ?? undefined)) return doc
    await req.payload.update({
      collection: 'preview-links',
      where: {
        and: [
          { 'document.relationTo': { equals: collection } },
          { 'document.value': { equals: doc.id } },
          { language: { equals: locale } },
          { endReason: { exists: false } },
        ],
      },
      data: { endReason: 'published', endedAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    })
    return doc
  }
