/** The current address of a document that a request names by one of its old addresses, if any. */
import type { Payload } from 'payload'
import type { Locale } from '@/site/routes'
import { isAddressed, publicPathOf } from './public-paths'

export async function findSlugRedirect(payload: Payload, locale: Locale, path: string): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'slug-redirects',
    where: { fromPath: { equals: path } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const redirect = docs[0]
  if (!redirect || !isAddressed(redirect.collection)) return undefined
  // Published content only: a draft's new slug is not an address yet.
  const found = await payload.find({
    collection: redirect.collection,
    where: { id: { equals: redirect.document } },
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
  })
  const slug = (found.docs[0] as { slug?: unknown } | undefined)?.slug
  if (typeof slug !== 'string' || !slug) return undefined
  const target = publicPathOf(redirect.collection, slug, locale)
  return target === path ? undefined : target
}
