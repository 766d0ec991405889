import type { Locale } from '@/site/routes'
import type { SearchEntry, SearchType } from './entries'

export interface SearchQuery {
  /** What the visitor typed (already checked for length). */
  text: string
  locale: Locale
  type?: SearchType
  limit: number
  offset: number
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
  /** Matches per type for the same words, whatever type is selected. */
  facets: Partial<Record<SearchType, number>>
}

/**
 * The one search interface, with an implementation per database: SQLite FTS5 (sqlite.ts) and
 * PostgreSQL full-text search (postgres.ts). Both match all the words, in the visitor's language,
 * accent-insensitively and by stem, and rank title matches above body matches.
 */
export interface SearchBackend {
  /** Makes the index hold exactly `entries` for one item (none: the item leaves the index). */
  replace(type: SearchType, refId: number, entries: SearchEntry[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  count(): Promise<number>
}
