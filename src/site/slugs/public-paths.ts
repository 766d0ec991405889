/** The collections whose documents have a public address made from their slug, and that address. */
import { administrationPath, documentPath, type Locale, newsPath, pagePath, servicePath } from '@/site/routes'

export const ADDRESSED_COLLECTIONS = ['pages', 'news', 'documents', 'administrations', 'services'] as const
export type AddressedCollection = (typeof ADDRESSED_COLLECTIONS)[number]

export function isAddressed(collection: string): collection is AddressedCollection {
  return (ADDRESSED_COLLECTIONS as readonly string[]).includes(collection)
}

const PATHS: Record<AddressedCollection, (slug: string, locale: Locale) => string> = {
  pages: pagePath,
  news: newsPath,
  documents: documentPath,
  administrations: administrationPath,
  services: servicePath,
}

export function publicPathOf(collection: AddressedCollection, slug: string, locale: Locale): string {
  return PATHS[collection](slug, locale)
}
