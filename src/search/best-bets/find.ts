/**
 * The best bets for a visitor's query: the pinned items a visitor may read in that language, read
 * from the index, in the editors' order. The pins are read from Payload's tables themselves (the
 * best bet and its `results` relations), as the index is, so that an instance without Payload
 * answers them too.
 */
import type { Locale } from '@/site/routes'
import type { SearchHit } from '../backend'
import { SEARCH_TYPES, type SearchType } from '../entries'
import type { IndexDatabase } from '../index-read'
import type { IndexLookups } from '../lookups/lookups'
import { queryKey } from './query-key'

/** Payload's column for a relation to each type in a polymorphic relationship's table: the slug in snake case, then `_id`. */
const COLUMNS = SEARCH_TYPES.map((type) => [type, `${type.replaceAll('-', '_')}_id`] as const)

/** One best bet per query and language (validate.ts); the newest, should two ever exist. */
const PINNED_SQL = (key: string, language: string) => `SELECT ${COLUMNS.map(([, column]) => `r.${column}`).join(', ')}
  FROM search_best_bets_rels r
  WHERE r.path = 'results' AND r.parent_id = (
    SELECT id FROM search_best_bets WHERE query_key = ${key} AND language = ${language} ORDER BY created_at DESC, id DESC LIMIT 1)
  ORDER BY r."order"`
const SQL = { sqlite: PINNED_SQL('?', '?'), postgres: PINNED_SQL('$1', '$2') }

export async function bestBetsFor(database: IndexDatabase, lookups: IndexLookups, text: string, locale: Locale): Promise<SearchHit[]> {
  const key = queryKey(text, locale)
  if (!key) return []
  const rows = await database.read(SQL[database.kind], [key, locale])
  const pinned: { type: SearchType; refId: number }[] = []
  for (const row of rows)
    for (const [type, column] of COLUMNS) {
      const id = row[column]
      if (id !== null && id !== undefined) pinned.push({ type, refId: Number(id) })
    }
  // The index holds only what is published in this language (entries.ts): a draft is never shown.
  return lookups.hitsOf(locale, pinned)
}
