/**
 * The index lookups (lookups.ts) on PostgreSQL: the entries table, and the index's vocabulary kept
 * in `search_terms` (recordTerms, called as entries are written), searched by the start of the term
 * and, where pg_trgm is installed, by trigrams.
 */
import type { PoolClient } from 'pg'
import type { IndexRead } from '../index-read'
import { type EntryRow, hitOfRow } from '../postgres'
import type { SearchType } from '../entries'
import { candidateLengths, candidatePrefix, type IndexLookups, inOrder, MAX_CANDIDATES, TEXT_READ } from './lookups'

/**
 * Adds an item's terms to the vocabulary. Terms are never taken out: a suggestion is only made of
 * terms an entry still holds (textsWith). Inserted in order, so two instances indexing items with
 * common terms wait for each other instead of deadlocking.
 */
export async function recordTerms(client: PoolClient, type: SearchType, refId: number): Promise<void> {
  await client.query(
    `INSERT INTO search_terms (locale, term)
     SELECT DISTINCT e.locale, t.term FROM search_entries e, unnest(tsvector_to_array(e.tsv)) AS t(term)
     WHERE e.type = $1 AND e.ref_id = $2 ORDER BY e.locale, t.term
     ON CONFLICT DO NOTHING`,
    [type, refId],
  )
}

export function postgresLookups(read: IndexRead): IndexLookups {
  let trigrams: Promise<boolean> | undefined
  const hasTrigrams = () => {
    trigrams ??= read("SELECT count(*) AS n FROM pg_extension WHERE extname = 'pg_trgm'", []).then((rows) => Number(rows[0]?.n) > 0)
    return trigrams
  }
  return {
    async hitsOf(locale, refs) {
      if (refs.length === 0) return []
      const rows = (await read(
        `SELECT type, ref_id, title, body, url, date FROM search_entries
         WHERE locale = $1 AND (type, ref_id) IN (SELECT * FROM unnest($2::varchar[], $3::int[]))`,
        [locale, refs.map((ref) => ref.type), refs.map((ref) => ref.refId)],
      )) as unknown as EntryRow[]
      const hits = rows.map(hitOfRow)
      return inOrder(refs, hits)
    },
    async nearTerms(term, locale) {
      // Terms with the same start (a stem can be much shorter than the word typed), and with trigrams
      // also those that differ at the start; each set bounded.
      const sameStart = `SELECT term FROM search_terms
        WHERE locale = $1 AND term LIKE $2 AND length(term) BETWEEN $3 AND $4 LIMIT $5`
      const similar = `SELECT term FROM search_terms
        WHERE locale = $1 AND term % $6 AND length(term) BETWEEN $3 AND $4 ORDER BY similarity(term, $6) DESC LIMIT 200`
      const sql = (await hasTrigrams()) ? `(${sameStart}) UNION (${similar})` : sameStart
      const params: unknown[] = [locale, `${candidatePrefix(term)}%`, ...candidateLengths(term), MAX_CANDIDATES]
      if (await hasTrigrams()) params.push(term)
      const rows = await read(sql, params)
      return rows.map((row) => ({ term: String(row.term), docs: 0 }))
    },
    async textsWith(term, locale, limit) {
      const rows = await read(
        `SELECT title, left(body, $4) AS body FROM search_entries WHERE locale = $1 AND tsv @@ to_tsquery('simple', $2) LIMIT $3`,
        [locale, `'${term.replace(/'/g, '')}'`, limit, TEXT_READ],
      )
      return rows.map((row) => `${row.title}\n${row.body}`)
    },
  }
}
