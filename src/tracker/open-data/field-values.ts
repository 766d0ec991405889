/**
 * Stored values as the open data writes them: text in every language (null where not written),
 * Brussels calendar days, UTC instants, page addresses per language and counts per status.
 */
import { brusselsDay } from '@/site/i18n'
import type { Localized } from '@/site/i18n/localized'
import { LOCALES, type Locale } from '@/site/routes'
import { MEASURE_STATUSES, type Rollup } from '@/tracker/rollup'

/**
 * A localized field read with `locale: 'all'` as text in every language, null where it has not
 * been written; a plain string (a field that is not localized) counts as Dutch.
 */
export function textInEveryLanguage(value: unknown): Localized<string | null> {
  const source = value && typeof value === 'object' ? (value as Record<string, unknown>) : { nl: value }
  return Object.fromEntries(LOCALES.map((l) => [l, typeof source[l] === 'string' ? (source[l] as string) : null])) as Localized<
    string | null
  >
}

/** The calendar day in Brussels of a stored date: the day a visitor reads on the pages. */
export function dayOf(iso: string | null | undefined): string | null {
  if (!iso || Number.isNaN(new Date(iso).getTime())) return null
  return brusselsDay(iso)
}

export const instantOf = (iso: string | null | undefined): string | null => (iso ? new Date(iso).toISOString() : null)

/** The latest of some update times, as an instant; null when there is none. */
export function newest(times: (string | null | undefined)[]): string | null {
  let best: string | null = null
  for (const time of times) {
    const iso = instantOf(time)
    if (iso && (best === null || iso > best)) best = iso
  }
  return best
}

/** The full address of a page in every language. */
export const pageInEveryLanguage = (origin: string, path: (locale: Locale) => string): Localized =>
  Object.fromEntries(LOCALES.map((l) => [l, origin + path(l)])) as Localized

/** The full address of a page found by its slug, in each language that has one. */
export const pageBySlug = (
  origin: string,
  slug: Localized<string | null>,
  path: (slug: string, locale: Locale) => string,
): Localized<string | null> =>
  Object.fromEntries(LOCALES.map((l) => [l, slug[l] ? origin + path(slug[l], l) : null])) as Localized<string | null>

/** Measures per status; every status null when there is no roll-up. */
export const countsOf = (rollup: Rollup | undefined): Record<string, number | null> =>
  Object.fromEntries(MEASURE_STATUSES.map((s) => [s, rollup ? rollup.counts[s] : null]))
