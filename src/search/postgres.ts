import type { Pool } from 'pg'
import type { Locale } from '@/site/routes'
import type { SearchEntry, SearchType } from './entries'
import { type SearchBackend, type SearchHit, type SearchQuery, type SearchResult, VERSION_ENTRY } from './backend'
import { codeQueryTerms, indexTerms } from './codes'
import { recordTerms } from './lookups/postgres'
import { type SynonymTable, withSynonyms } from './synonyms/expand'
import { DEFAULT_LIMITS, type RankingLimits } from './ranking'

/**
 * The text of a tsquery: every word, each by its term or by all its parts (`weights` 'A': in the title). Terms hold only
 * letters and digits and are quoted, so no operator comes from what the visitor typed.
 */
export function tsQuery(text: string, locale: Locale, synonyms: SynonymTable = new Map(), weights = ''): string {
  const joined = (alternative: string[]) => alternative.map((term) => `'${term}'${weights ? `:${weights}` : ''}`).join(' & ')
  return withSynonyms(codeQueryTerms(text, locale), synonyms)
    .map((alternatives) =>
      alternatives.length === 1 ? joined(alternatives[0]!) : `(${alternatives.map((a) => `(${joined(a)})`).join(' | ')})`,
    )
    .join(' & ')
}

/**
 * PostgreSQL full-text search on the terms text.ts makes (Snowball stems, word families, compound
 * parts), the same as SQLite's: PostgreSQL receives them ready and keeps them as they are (the
 * `simple` configuration). Titles weigh A and bodies B.
 */
/** A search_entries row as PostgreSQL returns it. */
export interface EntryRow {
  type: SearchType
  ref_id: number
  title: string
  body: string
  url: string
  date: Date | null
}

/** A search_entries row as a hit. */
export function hitOfRow(row: EntryRow): SearchHit {
  return {
    type: row.type,
    refId: row.ref_id,
    title: row.title,
    body: row.body,
    url: row.url,
    date: row.date ? row.date.toISOString() : null,
  }
}

export function postgresSearch(pool: Pool, limits: RankingLimits = DEFAULT_LIMITS): SearchBackend {
  return {
    async replace(type: SearchType, refId: number, entries: SearchEntry[]) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        // Two instances may index the same item at once (both start on an empty index, or both hear
        // of one change): one at a time per item, or the second insert would hit the unique index.
        await client.query("SELECT pg_advisory_xact_lock(hashtext('belfort-search:' || $1), $2)", [type, refId])
        await client.query('DELETE FROM search_entries WHERE type = $1 AND ref_id = $2', [type, refId])
        for (const entry of entries) {
          await client.query(
            `INSERT INTO search_entries (type, ref_id, locale, title, body, url, date, tsv)
             VALUES ($1, $2, $3, $4, $5, $6, $7, setweight(to_tsvector('simple', $8), 'A') || setweight(to_tsvector('simple', $9), 'B'))`,
            [
              type,
              refId,
              entry.locale,
              entry.title,
              entry.body,
              entry.url,
              entry.date ?? null,
              indexTerms(entry.title, entry.locale).join(' '),
              indexTerms(entry.body, entry.locale).join(' '),
            ],
          )
        }
        // The vocabulary of spelling suggestions (lookups/postgres.ts).
        await recordTerms(client, type, refId)
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const text = tsQuery(query.text, query.locale, query.synonyms)
      if (!text) return { hits: [], total: 0, ranked: 0, facets: {} }
      const where = `locale = $1 AND tsv @@ to_tsquery('simple', $2)`
      const facetRows = await pool.query<{ type: SearchType; n: string }>(
        `SELECT type, count(*) AS n FROM search_entries WHERE ${where} GROUP BY type`,
        [query.locale, text],
      )
      const facets: SearchResult['facets'] = {}
      for (const row of facetRows.rows) facets[row.type] = Number(row.n)
      const total = query.type ? (facets[query.type] ?? 0) : Object.values(facets).reduce((a, b) => a + (b ?? 0), 0)
      const broad = total > limits.rankAllUpTo
      const params: unknown[] = [query.locale, text, query.limit, query.offset]
      if (query.type) params.push(query.type)
      const typed = query.type ? ' AND type = $5' : ''
      const order = `ORDER BY ts_rank(tsv, to_tsquery('simple', $2)) DESC, date DESC NULLS LAST LIMIT $3 OFFSET $4`
      // A broad query ranks only its candidates (ranking.ts): the entries with every word in their
      // title (weight A), then the most recent, chosen without ts_rank, which reads every position
      // of every term and is what made a broad query slow. ts_rank scores each entry on its own,
      // so the candidates rank among themselves as they would among all matches.
      if (broad) params.push(tsQuery(query.text, query.locale, query.synonyms, 'A'), limits.window)
      const titled = query.type ? '$6' : '$5'
      const window = query.type ? '$7' : '$6'
      const rows = broad
        ? await pool.query<EntryRow>(
            `WITH candidates AS MATERIALIZED (
               SELECT id FROM search_entries WHERE ${where}${typed}
               ORDER BY tsv @@ to_tsquery('simple', ${titled}) DESC, date DESC NULLS LAST, id DESC LIMIT ${window})
             SELECT type, ref_id, title, body, url, date FROM search_entries WHERE id IN (SELECT id FROM candidates) ${order}`,
            params,
          )
        : await pool.query<EntryRow>(
            `SELECT type, ref_id, title, body, url, date FROM search_entries WHERE ${where}${typed} ${order}`,
            params,
          )
      const hits = rows.rows.map(hitOfRow)
      return { hits, total, ranked: broad ? Math.min(total, limits.window) : total, facets }
    },
    async count() {
      const result = await pool.query<{ n: string }>('SELECT count(*) AS n FROM search_entries WHERE type <> $1', [VERSION_ENTRY.type])
      return Number(result.rows[0]?.n ?? 0)
    },
    async builtWith() {
      const result = await pool.query<{ title: string }>('SELECT title FROM search_entries WHERE type = $1', [VERSION_ENTRY.type])
      return result.rows[0]?.title ?? null
    },
    async markBuiltWith(version: string) {
      await pool.query(
        `INSERT INTO search_entries (type, ref_id, locale, title, body, url, tsv) VALUES ($1, $2, $3, $4, '', '', ''::tsvector)
         ON CONFLICT (type, ref_id, locale) DO UPDATE SET title = excluded.title`,
        [VERSION_ENTRY.type, VERSION_ENTRY.refId, VERSION_ENTRY.locale, version],
      )
    },
  }
}
