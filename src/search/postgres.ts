import type { Pool } from 'pg'
import { inPgTransaction } from '@/pg-transaction'
import type { Locale } from '@/site/routes'
import { SEARCH_TYPES, type SearchEntry, type SearchType } from './entries'
import { type SearchBackend, type SearchHit, type SearchIndex, type SearchQuery, type SearchResult, VERSION_ENTRY } from './backend'
import { type IndexRead, poolRead } from './index-read'
import { codeQueryTerms, indexTerms } from './codes'
import { recordTerms } from './lookups/postgres'
import { type SynonymTable, withSynonyms } from './synonyms/expand'
import { cappedSum, DEFAULT_LIMITS, entryKey, KEY_DAY_SQL, keyRange, type RankingLimits } from './ranking'

/**
 * The text of a tsquery: every word, each by its term or by all its parts. Terms hold only
 * letters and digits and are quoted, so no operator comes from what the visitor typed.
 */
export function tsQuery(text: string, locale: Locale, synonyms: SynonymTable = new Map()): string {
  const joined = (alternative: string[]) => alternative.map((term) => `'${term}'`).join(' & ')
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

/** Rows of search_entries by id, in the order given: only the page's rows are read whole. */
async function rowsInOrder(read: IndexRead, ids: Record<string, unknown>[]): Promise<SearchHit[]> {
  if (ids.length === 0) return []
  const rows = (await read('SELECT id, type, ref_id, title, body, url, date FROM search_entries WHERE id = ANY($1::bigint[])', [
    ids.map((row) => row.id),
  ])) as unknown as (EntryRow & { id: string })[]
  // bigint ids come back as text
  const byId = new Map(rows.map((row) => [String(row.id), hitOfRow(row)]))
  return ids.flatMap((row) => byId.get(String(row.id)) ?? [])
}

export function postgresSearch(pool: Pool, limits: RankingLimits = DEFAULT_LIMITS): SearchBackend {
  return {
    ...postgresIndex(poolRead(pool), limits),
    async replace(type: SearchType, refId: number, entries: SearchEntry[]) {
      await inPgTransaction(pool, async (client) => {
        // Two instances may index the same item at once (both start on an empty index, or both hear
        // of one change): one at a time per item, or the second insert would hit the unique index.
        await client.query("SELECT pg_advisory_xact_lock(hashtext('belfort-search:' || $1), $2)", [type, refId])
        await client.query('DELETE FROM search_candidates WHERE id IN (SELECT id FROM search_entries WHERE type = $1 AND ref_id = $2)', [
          type,
          refId,
        ])
        await client.query('DELETE FROM search_entries WHERE type = $1 AND ref_id = $2', [type, refId])
        for (const entry of entries) {
          await client.query(
            `INSERT INTO search_entries (id, type, ref_id, locale, title, body, url, date, tsv)
             VALUES ($10, $1, $2, $3, $4, $5, $6, $7, setweight(to_tsvector('simple', $8), 'A') || setweight(to_tsvector('simple', $9), 'B'))`,
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
              entryKey(type, entry.locale, entry.date, refId),
            ],
          )
        }
        // Each entry's terms without positions, in its language's partition (the migration
        // search_candidates says why), deleted above with the entries.
        await client.query(
          `INSERT INTO search_candidates (id, title_terms, terms)
           SELECT id, strip(ts_filter(tsv, '{a}')), strip(tsv) FROM search_entries WHERE type = $1 AND ref_id = $2`,
          [type, refId],
        )
        // The vocabulary of spelling suggestions (lookups/postgres.ts).
        await recordTerms(client, type, refId)
      })
    },
    async markBuiltWith(version: string) {
      await pool.query(
        // Key 0 is in no language's range (ranking.ts: entryKey).
        `INSERT INTO search_entries (id, type, ref_id, locale, title, body, url, tsv) VALUES (0, $1, $2, $3, $4, '', '', ''::tsvector)
         ON CONFLICT (type, ref_id, locale) DO UPDATE SET title = excluded.title`,
        [VERSION_ENTRY.type, VERSION_ENTRY.refId, VERSION_ENTRY.locale, version],
      )
    },
  }
}

/** The index's reads: on Payload's pool, or on any connection to the same database (the content store's, which only reads). */
export function postgresIndex(read: IndexRead, limits: RankingLimits = DEFAULT_LIMITS): SearchIndex {
  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const text = tsQuery(query.text, query.locale, query.synonyms)
      if (!text) return { hits: [], total: 0, ranked: 0, facets: {} }
      const matches = `tsv @@ to_tsquery('simple', $1)`
      const matchesTerms = `terms @@ to_tsquery('simple', $1)`
      // Key ranges are numbers this module computes (ranking.ts), written into the SQL as such.
      const within = (type?: SearchType) => `id BETWEEN ${keyRange(query.locale, type).join(' AND ')}`
      // Every type's matches, counted up to the cap on the narrow rows: past it no row is read.
      const counted = await read(
        SEARCH_TYPES.map(
          (type) =>
            `SELECT (SELECT count(*) FROM (SELECT 1 FROM search_candidates WHERE ${within(type)} AND ${matchesTerms} LIMIT $2) AS found) AS n`,
        ).join(' UNION ALL '),
        [text, limits.countCap + 1],
      )
      const facets: SearchResult['facets'] = {}
      SEARCH_TYPES.forEach((type, index) => {
        const n = Number(counted[index]?.n ?? 0)
        if (n > 0) facets[type] = n
      })
      const total = query.type ? (facets[query.type] ?? 0) : cappedSum(Object.values(facets), limits)
      const order = `ORDER BY ts_rank(tsv, to_tsquery('simple', $1)) DESC, date DESC NULLS LAST LIMIT $2 OFFSET $3`
      if (total <= limits.rankAllUpTo) {
        const page = await read(`SELECT id FROM search_entries WHERE ${within(query.type)} AND ${matches} ${order}`, [
          text,
          query.limit,
          query.offset,
        ])
        return { hits: await rowsInOrder(read, page), total, ranked: total, facets }
      }
      // A broad query ranks only its candidates (ranking.ts): per type, the most recent entries with
      // every word in their title and the most recent matches, read backwards along the key with a
      // LIMIT in search_candidates (narrow rows, and per-language statistics that let the planner
      // see a broad query is broad), so ts_rank, which reads every position of every term, runs on
      // the window alone. ts_rank scores each entry on its own, so the candidates rank among
      // themselves as they would among all matches.
      const types = SEARCH_TYPES.filter((type) => (query.type ? type === query.type : facets[type]))
      const arm = (type: SearchType, titled: 0 | 1) =>
        `(SELECT id, ${titled} AS titled FROM search_candidates WHERE ${within(type)} AND ${titled ? 'title_terms' : 'terms'} @@ to_tsquery('simple', $1)
          ORDER BY id DESC LIMIT $4)`
      const page = await read(
        `WITH arms AS (${types.map((type) => `${arm(type, 1)} UNION ALL ${arm(type, 0)}`).join(' UNION ALL ')}),
           candidates AS (SELECT id FROM arms GROUP BY id ORDER BY max(titled) DESC, ${KEY_DAY_SQL('id')} DESC, id DESC LIMIT $4)
         SELECT id FROM search_entries WHERE id IN (SELECT id FROM candidates) ${order}`,
        [text, query.limit, query.offset, limits.window],
      )
      return { hits: await rowsInOrder(read, page), total, ranked: Math.min(total, limits.window), facets }
    },
    async count() {
      const rows = await read('SELECT count(*) AS n FROM search_entries WHERE type <> $1', [VERSION_ENTRY.type])
      return Number(rows[0]?.n ?? 0)
    },
    async builtWith() {
      const rows = await read('SELECT title FROM search_entries WHERE type = $1', [VERSION_ENTRY.type])
      return (rows[0]?.title as string | undefined) ?? null
    },
  }
}
