import type { Locale } from '@/site/routes'

/** A text (or any value) in each of the site's languages: `{ nl, fr, en }`. */
export type Localized<T = string> = Record<Locale, T>

/**
 * A localized value that may lack languages: a field read with `locale: 'all'`, a translation not
 * yet made, a title kept only in the languages it had.
 */
export type PartlyLocalized<T = string> = Partial<Record<Locale, T>>
