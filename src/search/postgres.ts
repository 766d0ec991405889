import type { Pool } from 'pg'
import type { Locale } from '@/site/routes'
import type { SearchEntry, SearchType } from './entries'
import type { SearchBackend, SearchHit, SearchQuery, SearchResult } from './backend'
import { fold } from './text'

/** Folded text with apostrophes as spaces: PostgreSQL's parser would read "l’économie" as one word. */
const prepare = (text: string): string => fold(text).replace(/['’ʼ`]/g, ' ')

/** PostgreSQL's own text search configuration for each language (Snowball stemmers and stop words). */
const CONFIGURATIONS: Record<Locale, string> = { nl: 'dutch', fr: 'french', en: 'english' }

/**
 * PostgreSQL full-text search with the language's configuration. Accents are folded before the
 * text reaches PostgreSQL (the unaccent extension is not always installed), titles weigh A and
 * bodies B, and queries go through plainto_tsquery, which treats every character as text.
 */
export function postgresSearch(pool: Pool): SearchBackend {
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
             VALUES ($1, $2, $3, $4, $5, $6, $7, setweight(to_tsvector($8::regconfig, $9), 'A') || setweight(to_tsvector($8::regconfig, $10), 'B'))`,
            [
              type,
              refId,
              entry.locale,
              entry.title,
              entry.body,
              entry.url,
              entry.date ?? null,
              CONFIGURATIONS[entry.locale],
              prepare(entry.title),
              prepare(entry.body),
            ],
          )
        }
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const config = CONFIGURATIONS[query.locale]
      const text = prepare(query.text)
      const where = `locale = $1 AND tsv @@ plainto_tsquery($2::regconfig, $3)`
      const facetRows = await pool.query<{ type: SearchType; n: string }>(
        `SELECT type, count(*) AS n FROM search_entries WHERE ${where} GROUP BY type`,
        [query.locale, config, text],
      )
      const facets: SearchResult['facets'] = {}
      for (const row of facetRows.rows) facets[row.type] = Number(row.n)
      const params: unknown[] = [query.locale, config, text, query.limit, query.offset]
      if (query.type) params.push(query.type)
      const rows = await pool.query<{ type: SearchType; ref_id: number; title: string; body: string; url: string; date: Date | null }>(
        `SELECT type, ref_id, title, body, url, date FROM search_entries
         WHERE ${where}${query.type ? ' AND type = $6' : ''}
         ORDER BY ts_rank(tsv, plainto_tsquery($2::regconfig, $3)) DESC, date DESC NULLS LAST LIMIT $4 OFFSET $5`,
        params,
      )
      const total = query.type ? (facets[query.type] ?? 0) : Object.values(facets).reduce((a, b) => a + (b ?? 0), 0)
      const hits: SearchHit[] = rows.rows.map((row) => ({
        type: row.type,
        refId: row.ref_id,
        title: row.title,
        body: row.body,
        url: row.url,
        date: row.date ? row.date.toISOString() : null,
      }))
      return { hits, total, facets }
    },
    async count() {
      const result = await pool.query<{ n: string }>('SELECT count(*) AS n FROM search_entries')
      return Number(result.rows[0]?.n ?? 0)
    },
  }
}
