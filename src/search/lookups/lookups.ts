/**
 * What editors' curation asks of the index besides a search (best bets, spelling suggestions), with
 * an implementation per database beside it. Kept apart from the search backends so that matching and
 * ranking stay in one place (backend.ts) and these reads in another.
 */
import type { Locale } from '@/site/routes'
import type { SearchHit } from '../backend'
import type { SearchType } from '../entries'

export interface IndexRef {
  type: SearchType
  refId: number
}

/** An index term and how many entries hold it (0 where the database does not count). */
export interface VocabularyTerm {
  term: string
  docs: number
}

export interface IndexLookups {
  /** The index's entries for these items in a language, in the order asked; an item a visitor cannot read there is left out. */
  hitsOf(locale: Locale, refs: IndexRef[]): Promise<SearchHit[]>
  /** A bounded set of index terms that look like `term` (same start and near length, or trigrams), in the language where the database keeps it apart: candidates for a spelling suggestion. */
  nearTerms(term: string, locale: Locale): Promise<VocabularyTerm[]>
  /** A few titles and texts, in a language, of entries that hold `term`: where its words are read back. */
  textsWith(term: string, locale: Locale, limit: number): Promise<string[]>
}

/** The lengths of candidate terms: up to two letters longer (two edits), and down to a third (a stem can be much shorter than its word). */
export function candidateLengths(term: string): [number, number] {
  return [Math.max(2, Math.floor(term.length / 3)), term.length + 2]
}

/** Candidates share the first letters: misspellings rarely touch them, and it keeps the set small on a large index. */
export function candidatePrefix(term: string): string {
  return term.slice(0, term.length >= 5 ? 2 : 1)
}
/** At most this many candidates are read, whatever the size of the index. */
export const MAX_CANDIDATES = 2000
/** Where a text is read back for its words: long PDF texts are cut. */
export const TEXT_READ = 20_000

/** Puts hits in the order of `refs`. */
export function inOrder(refs: IndexRef[], hits: SearchHit[]): SearchHit[] {
  const byRef = new Map(hits.map((hit) => [`${hit.type}:${hit.refId}`, hit]))
  return refs.map((ref) => byRef.get(`${ref.type}:${ref.refId}`)).filter((hit): hit is SearchHit => hit !== undefined)
}
