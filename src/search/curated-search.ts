/**
 * A search as the results page makes it, with what editors keep: synonyms widen the words
 * (synonyms/), best bets come first and are not repeated in the list (best-bets/), and a query that
 * finds little gets a spelling suggestion from the index's own words (suggestions/).
 */
import type { Payload } from 'payload'
import type { SearchHit, SearchQuery, SearchResult } from './backend'
import { siteSearch } from './site-search'
import { spellingSuggestion } from './suggestions/spelling'

/** Below this many results a query is offered a spelling suggestion. */
export const FEW_RESULTS = 3

export interface CuratedResult extends SearchResult {
  /** Editors' best bets for this query, first page only; they are left out of `hits`. */
  bestBets: SearchHit[]
  /** A query that finds more, when this one finds little. */
  suggestion?: string
}

const refOf = (hit: Pick<SearchHit, 'type' | 'refId'>) => `${hit.type}:${hit.refId}`

export async function curatedSearch(payload: Payload, query: Omit<SearchQuery, 'synonyms'>): Promise<CuratedResult> {
  const { index, lookups, ...curation } = siteSearch(payload)
  const synonyms = await curation.synonyms(query.locale)
  const [result, pinned] = await Promise.all([index.search({ ...query, synonyms }), curation.bestBets(query.text, query.locale)])
  const bestBets = pinned.filter((hit) => !query.type || hit.type === query.type)
  const shown = new Set(bestBets.map(refOf))
  const curated: CuratedResult = {
    ...result,
    hits: result.hits.filter((hit) => !shown.has(refOf(hit))),
    bestBets: query.offset === 0 ? bestBets : [],
  }
  if (query.offset === 0 && result.total < FEW_RESULTS) {
    const finds = async (text: string) => (await index.search({ text, locale: query.locale, limit: 1, offset: 0, synonyms })).total
    curated.suggestion = await spellingSuggestion(lookups, query.text, query.locale, result.total, finds)
  }
  return curated
}
