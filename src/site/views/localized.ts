import type { Payload } from 'payload'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/site/routes'

type SlugCollection = 'pages' | 'administrations' | 'documents' | 'partners' | 'indicators' | 'services'

export interface LocalizedMatch {
  id: number
  /** Languages in which the document has its own text (not a fallback). */
  translated: Locale[]
  /** Its slug in every language that has one. */
  slugs: Partial<Record<Locale, string>>
}

/**
 * Finds a document by the slug in a URL. The slug is looked up in the URL's language first, then in
 * the others, so that `/en/<dutch-slug>` still finds a page that has no English translation yet.
 */
export async function findBySlug(
  payload: Payload,
  collection: SlugCollection,
  slug: string,
  locale: Locale,
  draft: boolean,
): Promise<LocalizedMatch | undefined> {
  for (const candidate of [locale, ...LOCALES.filter((l) => l !== locale)]) {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      locale: candidate,
      fallbackLocale: false,
      draft,
      overrideAccess: draft,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })
    const doc = found.docs[0]
    if (doc) return describeTranslations(payload, collection, doc.id, draft)
  }
  return undefined
}

export async function describeTranslations(
  payload: Payload,
  collection: SlugCollection,
  id: number,
  draft: boolean,
): Promise<LocalizedMatch> {
  const all = await payload.findByID({ collection, id, locale: 'all', draft, overrideAccess: draft, depth: 0, select: { slug: true } })
  const slugs = (all.slug ?? {}) as unknown as Partial<Record<Locale, string | null>>
  const present: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) {
    const s = slugs[l]
    if (s) present[l] = s
  }
  return { id, translated: LOCALES.filter((l) => present[l]), slugs: present }
}

/**
 * The slug a page has in `locale` (its fallback's when it has none there), for redirecting a URL
 * that used another language's slug and for the language alternates.
 */
export function ownSlug(match: LocalizedMatch, locale: Locale): string | undefined {
  return match.slugs[locale] ?? match.slugs[fallbackSource(match, locale) ?? DEFAULT_LOCALE]
}

/** The language whose text is shown when `locale` has none: Payload falls back to the default. */
export function fallbackSource(match: LocalizedMatch, locale: Locale): Locale | undefined {
  if (match.translated.includes(locale)) return undefined
  return match.translated.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : match.translated[0]
}

/**
 * Whether a document read with `locale: 'all'` is published in `locale`. With per-language
 * publication `_status` holds one status per language; otherwise one for all, or none for
 * collections without drafts.
 */
export function isPublishedIn(status: unknown, locale: Locale): boolean {
  if (typeof status === 'object' && status !== null) return (status as Partial<Record<Locale, string>>)[locale] === 'published'
  return status === undefined || status === 'published'
}
