/**
 * What the content store holds: the collections and globals public pages read, at the depths they
 * read them (found in the views: 0 for lists and lookups, 1 for pages that show their relations),
 * in every language, without fallback (`fallbackLocale: false`) and with the default one (Payload's
 * default when a read names none). A read outside these variants is not answered from the store.
 */
import type { Payload } from 'payload'
import { NEWS_CARD } from '@/news/queries'
import { DEFAULT_LOCALE, LOCALES } from '@/site/routes'

export const STORED_COLLECTIONS: Readonly<Record<string, readonly number[]>> = {
  administrations: [0, 1],
  audiences: [0],
  'contact-topics': [0],
  corrections: [0],
  documents: [0, 1],
  'indicator-observations': [0],
  indicators: [0, 1],
  'lineage-links': [0],
  missions: [0, 1],
  news: [0, 1],
  pages: [0, 1],
  partners: [0],
  'plan-items': [0],
  'plan-versions': [0, 1],
  'progress-reports': [0],
  'reporting-rounds': [0],
  services: [0, 1],
  'social-summits': [0],
  themes: [0],
}

export const STORED_GLOBALS: Readonly<Record<string, readonly number[]>> = {
  home: [0, 1],
  navigation: [0, 1],
  'site-settings': [0, 1],
}

/**
 * The fields lists of a collection show (a `select` keeping top-level fields): each row of these
 * collections also holds its answer with only those fields, its *card*, and a read whose `select`
 * keeps none but these reads the card instead of the whole answer (the same fields, a tenth of the
 * bytes for a news item: a list no longer reads and parses every item's text).
 */
export const STORED_CARDS: Readonly<Record<string, Readonly<Record<string, true>>>> = {
  news: NEWS_CARD,
}

/**
 * Collections whose rows are public by nature though visitors may not list them: the history of
 * what went public (content-changes), which pages, feeds and the 410 of an unpublished address
 * read with the server's authority. Held as the server reads them (access skipped, depth 0), and
 * answered from the store only to reads that skip access checks too. Their rows are written once
 * and never changed (src/changes), and none of their fields is localized: one variant each.
 */
export const STORED_FACTS: Readonly<Record<string, readonly number[]>> = {
  'content-changes': [0],
}

/**
 * What the rows hold, as a number raised whenever that changes while the counts stay the same (a
 * related document populated with fewer fields, say): a store marked with another shape, or holding
 * rows without a mark (written before the mark existed), is rebuilt by the start-up check. 2: linked
 * pages, news items, services and administrations without their texts (their `defaultPopulate`).
 * 3: administrations without their `notificationEmail`, which visitors no longer read (the role
 * matrix's `fieldReads`). 4: news items' cards (STORED_CARDS).
 */
export const STORE_SHAPE = 4

/** The store's shape is filed under this collection name, document id 0, its number as data. */
export const SHAPE_SOURCE = 'meta:shape'

/** The one variant a collection of facts is held in; a read in any language answers the same. */
export const FACT_VARIANT: Variant = { locale: DEFAULT_LOCALE, fallback: '', depth: 0 }

/** A global's rows are filed under this collection name, with document id 0. */
export const globalSource = (slug: string): string => `global:${slug}`

/** The Payload config of what the store files under `name` (a collection's slug, or globalSource's name). */
export function configOf(payload: Payload, name: string): unknown {
  if (name.startsWith('global:')) {
    const slug = name.slice('global:'.length)
    return payload.config.globals.find((global) => global.slug === slug)
  }
  return (payload.collections as Record<string, { config: unknown } | undefined>)[name]?.config
}

/** One way of reading a document: its language, the language filling its gaps ('' for none), its depth. */
export interface Variant {
  locale: string
  fallback: string
  depth: number
}

/** Every variant of a collection or global that the store holds. */
export function variantsOf(depths: readonly number[]): Variant[] {
  const variants: Variant[] = []
  for (const depth of depths)
    for (const locale of LOCALES) {
      variants.push({ locale, fallback: '', depth })
      if (locale !== DEFAULT_LOCALE) variants.push({ locale, fallback: DEFAULT_LOCALE, depth })
    }
  // Every language at once (the sitemap's and the language switch's addresses): at depth 0.
  if (depths.includes(0)) variants.push({ locale: 'all', fallback: '', depth: 0 })
  return variants
}
