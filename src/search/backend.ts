import type { Locale } from '@/site/routes'
import type { SearchEntry, SearchType } from './entries'
import type { SynonymTable } from './synonyms/expand'

export interface SearchQuery {
  /** What the visitor typed (already checked for length). */
  text: string
  locale: Locale
  type?: SearchType
  limit: number
  offset: number
  /** Editors' synonyms in the query's language (synonyms/): a word also matches its group. */
  synonyms?: SynonymTable
}

export interface SearchHit {
  type: SearchType
  refId: number
  title: string
  body: string
  url: string
  date: string | null
}

export interface SearchResult {
  hits: SearchHit[]
  total: number
  /**
   * How many of the `total` are ranked and can be paged through: all of them, or for a broad
   * query the RANKED_WINDOW best candidates (ranking.ts).
   */
  ranked: number
  /** Matches per type for the same words, whatever type is selected. */
  facets: Partial<Record<SearchType, number>>
}

/**
 * The one search interface, with an implementation per database: SQLite FTS5 (sqlite.ts) and
 * PostgreSQL full-text search (postgres.ts). Both index and match the same terms (text.ts: stems,
 * word families, the parts of Dutch compounds), all the words in the visitor's language, and rank
 * title matches above body matches.
 */
export interface SearchBackend extends SearchIndex {
  /** Makes the index hold exactly `entries` for one item (none: the item leaves the index). */
  replace(type: SearchType, refId: number, entries: SearchEntry[]): Promise<void>
  markBuiltWith(version: string): Promise<void>
}

/** What reading the index asks: on any connection to its database, one that only reads included (index-read.ts). */
export interface SearchIndex {
  search(query: SearchQuery): Promise<SearchResult>
  /** How many entries the index holds. */
  count(): Promise<number>
  /** The termsVersion() the index was last fully built with (null: never, or before versions were kept). */
  builtWith(): Promise<string | null>
}

/**
 * The index keeps the version it was built with as one entry of its own, of this type, in no
 * language: searches (always in a language) never meet it, count() leaves it out, and no schema
 * change was needed for it.
 */
export const VERSION_ENTRY = { type: '#terms-version', refId: 0, locale: '#' } as const
