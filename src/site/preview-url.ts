import { DEFAULT_LOCALE, isLocale } from './routes'
import { type AddressedCollection, publicPathOf } from './slugs/public-paths'

const COLLECTION_OF_KIND = { page: 'pages', administration: 'administrations', news: 'news', document: 'documents' } as const

/**
 * Where the admin's "preview" button opens a draft on the public renderer. The slug is made from
 * the title at the first save (fields/slug.ts), so only a document never saved has none.
 */
export function previewUrl(
  kind: keyof typeof COLLECTION_OF_KIND | AddressedCollection,
  doc: Record<string, unknown>,
  locale: string | undefined,
): string | null {
  const slug = typeof doc.slug === 'string' ? doc.slug : undefined
  if (!slug) return null
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE
  const collection =
    kind in COLLECTION_OF_KIND ? COLLECTION_OF_KIND[kind as keyof typeof COLLECTION_OF_KIND] : (kind as AddressedCollection)
  return `${publicPathOf(collection, slug, lang)}?preview=1`
}
