/**
 * When a document is published with another slug than its live one, keeps the live address as a
 * redirect to the document, within the save (and its transaction where there is one).
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { isLocale, type Locale } from '@/site/routes'
import { type AddressedCollection, publicPathOf } from '../public-paths'

/** Whether the live document is published in this language (the status is per language on news). */
function livePublishedIn(status: unknown, locale: Locale): boolean {
  if (typeof status === 'string') return status === 'published'
  return Boolean(status && typeof status === 'object' && (status as Record<string, unknown>)[locale] === 'published')
}

export const recordSlugRedirect =
  (collection: AddressedCollection): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const locale = req.locale
    if (operation !== 'update' || !originalDoc || data._status !== 'published' || !isLocale(locale ?? undefined)) return data
    const lang = locale as Locale
    const newSlug = typeof data.slug === 'string' ? data.slug : undefined
    // The live row in every language, not the latest draft (which may already carry the new slug).
    const live = (await req.payload.db.findOne({ collection, where: { id: { equals: originalDoc.id } }, locale: 'all', req })) as Record<
      string,
      unknown
    > | null
    const oldSlug = (live?.slug as Partial<Record<Locale, string | null>> | undefined)?.[lang]
    if (!newSlug || !oldSlug || oldSlug === newSlug || !livePublishedIn(live?._status, lang)) return data
    const fromPath = publicPathOf(collection, oldSlug, lang)
    const existing = await req.payload.count({
      collection: 'slug-redirects',
      where: { fromPath: { equals: fromPath } },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs === 0) {
      await req.payload.create({
        collection: 'slug-redirects',
        data: { fromPath, collection, document: String(originalDoc.id), language: lang },
        overrideAccess: true,
        req,
      })
    }
    return data
  }
