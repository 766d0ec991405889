import type { Locale } from '@/site/routes'
import { SEARCH_TYPES, type SearchType } from './entries'

/**
 * How much of a query's matches are ranked, and counted. Ranking reads every match's term
 * positions (bm25 on SQLite, ts_rank on PostgreSQL), and counting on PostgreSQL reads every
 * matching row, so a word found in most of the index cost half a second at scale
 * (bench/RESULTS.md). A query with at most RANK_ALL_UP_TO matches is ranked whole, as it always
 * was. A broader one first takes a bounded set of candidates by a cheap pre-ranking on the entry's
 * key (entries holding every word in their title first, as titles weigh most in both rankings,
 * then the most recent; see entryKey) and ranks those exactly: its first pages are the best of the
 * candidates, and only RANKED_WINDOW results can be paged through. Counts, the total and each
 * type's, are exact up to COUNT_CAP; past it a count is COUNT_CAP + 1, said as "more than 1,000".
 */
export const RANK_ALL_UP_TO = 1000
export const RANKED_WINDOW = 1000
export const COUNT_CAP = 1000

/** The limits a backend ranks with; tests lower them to reach the broad path on a small index. */
export interface RankingLimits {
  rankAllUpTo: number
  window: number
  /** Counts stop at countCap + 1; it is never below rankAllUpTo, so a query ranked whole has an exact count. */
  countCap: number
}

export const DEFAULT_LIMITS: RankingLimits = { rankAllUpTo: RANK_ALL_UP_TO, window: RANKED_WINDOW, countCap: COUNT_CAP }

/** Whether a count went past the cap (then it means "more than countCap"). */
export const pastCap = (count: number, limits: RankingLimits = DEFAULT_LIMITS) => count > limits.countCap

/** The sum of capped counts, capped again. */
export const cappedSum = (counts: number[], limits: RankingLimits = DEFAULT_LIMITS) =>
  Math.min(
    counts.reduce((a, b) => a + b, 0),
    limits.countCap + 1,
  )

/*
 * An entry's key (its id in search_entries, and its rowid in SQLite's FTS5 table) orders the
 * index by what a broad query needs, so both databases find a scope's matches by a key range and
 * its most recent ones by reading that range backwards with a LIMIT, never every match:
 *   language (2 bits) · type (4 bits) · day of its date (19 bits, 0 when undated) · item id (28 bits)
 * 53 bits in all, so a key is exact as a JavaScript number. Language and type come from fixed
 * codes (SEARCH_TYPES' order, which the index version follows: index-version.ts).
 */
const ID_BITS = 2 ** 28
const DAY_BITS = 2 ** 19
const SCOPE_UNIT = DAY_BITS * ID_BITS
const LOCALE_CODES: Record<Locale, number> = { nl: 1, fr: 2, en: 3 }
const TYPES_PER_LOCALE = 16
const EPOCH = Date.UTC(1900, 0, 1)

/** Days since 1900 of an entry's date, 0 for none, so undated entries come last as they did. */
export function dayOf(date: string | null | undefined): number {
  if (!date) return 0
  const time = Date.parse(date)
  if (Number.isNaN(time)) return 0
  return Math.min(DAY_BITS - 1, Math.max(1, Math.floor((time - EPOCH) / 86_400_000)))
}

function scopeOf(locale: Locale, type: SearchType): number {
  const code = SEARCH_TYPES.indexOf(type)
  if (code < 0 || code >= TYPES_PER_LOCALE) throw new Error(`search: no key for type ${type}`)
  return LOCALE_CODES[locale] * TYPES_PER_LOCALE + code
}

export function entryKey(type: SearchType, locale: Locale, date: string | null | undefined, refId: number): number {
  if (!Number.isInteger(refId) || refId < 1 || refId >= ID_BITS) throw new Error(`search: item id ${refId} does not fit in a key`)
  return (scopeOf(locale, type) * DAY_BITS + dayOf(date)) * ID_BITS + refId
}

/** The keys of one language's entries, or of one type in it: [first, last]. */
export function keyRange(locale: Locale, type?: SearchType): [number, number] {
  const first = type ? scopeOf(locale, type) : LOCALE_CODES[locale] * TYPES_PER_LOCALE
  const scopes = type ? 1 : TYPES_PER_LOCALE
  return [first * SCOPE_UNIT, (first + scopes) * SCOPE_UNIT - 1]
}

/** The day part of a key, for ordering candidates of several types by date (SQL: `(key / ID_BITS) % DAY_BITS`). */
export const KEY_DAY_SQL = (key: string) => `((${key} / ${ID_BITS}) % ${DAY_BITS})`
