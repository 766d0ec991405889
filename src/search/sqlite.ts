import type { Client, InStatement, Row } from '@libsql/client'
import type { SearchEntry, SearchType } from './entries'
import { type SearchBackend, type SearchHit, type SearchQuery, type SearchResult, VERSION_ENTRY } from './backend'
import { codeQueryTerms, indexTerms } from './codes'
import { type SynonymTable, withSynonyms } from './synonyms/expand'
import { DEFAULT_LIMITS, type RankingLimits } from './ranking'

/**
 * An FTS5 query: every word, each by its term or by all its parts. Terms are quoted (they hold
 * only letters and digits), so FTS5's operators never come from what the visitor typed.
 */
export function ftsMatch(text: string, locale: SearchQuery['locale'], synonyms: SynonymTable = new Map()): string {
  const quoted = (alternative: string[]) => alternative.map((term) => `"${term}"`).join(' AND ')
  return withSynonyms(codeQueryTerms(text, locale), synonyms)
    .map((alternatives) =>
      alternatives.length === 1 ? quoted(alternatives[0]!) : `(${alternatives.map((a) => `(${quoted(a)})`).join(' OR ')})`,
    )
    .join(' AND ')
}

/**
 * FTS5 on the embedded database. SQLite has no Dutch or French stemmer, so entries and queries
 * become terms here (text.ts: Snowball stems, word families, compound parts) and FTS5 indexes the
 * terms; bm25 weighs the title ten times the body.
 */
/** A search_entries row, selected as `type, ref_id AS refId, title, body, url, date`, as a hit. */
export function hitOfRow(row: Row): SearchHit {
  return {
    type: row.type as SearchHit['type'],
    refId: Number(row.refId),
    title: String(row.title),
    body: String(row.body),
    url: String(row.url),
    date: row.date === null || row.date === undefined ? null : String(row.date),
  }
}

export function sqliteSearch(client: Client, limits: RankingLimits = DEFAULT_LIMITS): SearchBackend {
  const matchOf = (query: SearchQuery) => ftsMatch(query.text, query.locale, query.synonyms)
  return {
    async replace(type: SearchType, refId: number, entries: SearchEntry[]) {
      const statements: InStatement[] = [
        { sql: 'DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entries WHERE type = ? AND ref_id = ?)', args: [type, refId] },
        { sql: 'DELETE FROM search_entries WHERE type = ? AND ref_id = ?', args: [type, refId] },
      ]
      for (const entry of entries) {
        statements.push({
          sql: 'INSERT INTO search_entries (type, ref_id, locale, title, body, url, date) VALUES (?, ?, ?, ?, ?, ?, ?)',
          args: [type, refId, entry.locale, entry.title, entry.body, entry.url, entry.date ?? null],
        })
        statements.push({
          sql: 'INSERT INTO search_fts (rowid, title, body) VALUES (last_insert_rowid(), ?, ?)',
          args: [indexTerms(entry.title, entry.locale).join(' '), indexTerms(entry.body, entry.locale).join(' ')],
        })
      }
      await client.batch(statements, 'write')
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const match = matchOf(query)
      if (!match) return { hits: [], total: 0, ranked: 0, facets: {} }
      const from = 'FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid WHERE search_fts MATCH ? AND e.locale = ?'
      const facetRows = await client.execute({
        sql: `SELECT e.type AS type, count(*) AS n ${from} GROUP BY e.type`,
        args: [match, query.locale],
      })
      const facets: SearchResult['facets'] = {}
      for (const row of facetRows.rows) facets[row.type as SearchType] = Number(row.n)
      const typed = query.type ? ' AND e.type = ?' : ''
      const args = query.type ? [match, query.locale, query.type] : [match, query.locale]
      const total = query.type ? (facets[query.type] ?? 0) : Object.values(facets).reduce((a, b) => a + (b ?? 0), 0)
      const select = 'SELECT e.type AS type, e.ref_id AS refId, e.title AS title, e.body AS body, e.url AS url, e.date AS date'
      const order = 'ORDER BY bm25(search_fts, 10.0, 1.0), e.date DESC LIMIT ? OFFSET ?'
      const broad = total > limits.rankAllUpTo
      // A broad query ranks only its candidates (ranking.ts): the entries with every word in their
      // title, then the most recent, chosen without computing a score. bm25 keeps the whole
      // index's statistics, so the candidates rank among themselves as they would among all matches.
      const rows = broad
        ? await client.execute({
            // CROSS JOIN and `rowid + 0` keep one scan of the matches: with `rowid IN candidates`
            // SQLite seeks FTS5 once per candidate, which cost seconds at scale.
            sql: `WITH titled AS (SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ?),
              candidates AS MATERIALIZED (SELECT e.id AS id ${from}${typed} ORDER BY e.id IN titled DESC, e.date DESC, e.id DESC LIMIT ?)
              ${select} FROM search_fts CROSS JOIN search_entries e ON e.id = search_fts.rowid
              WHERE search_fts MATCH ? AND (search_fts.rowid + 0) IN candidates AND e.locale = ? ${order}`,
            args: [`title : (${match})`, ...args, limits.window, match, query.locale, query.limit, query.offset],
          })
        : await client.execute({ sql: `${select} ${from}${typed} ${order}`, args: [...args, query.limit, query.offset] })
      return {
        hits: rows.rows.map(hitOfRow),
        total,
        ranked: broad ? Math.min(total, limits.window) : total,
        facets,
      }
    },
    async count() {
      const result = await client.execute({ sql: 'SELECT count(*) AS n FROM search_entries WHERE type <> ?', args: [VERSION_ENTRY.type] })
      return Number(result.rows[0]?.n ?? 0)
    },
    async builtWith() {
      const result = await client.execute({ sql: 'SELECT title FROM search_entries WHERE type = ?', args: [VERSION_ENTRY.type] })
      return (result.rows[0]?.title as string | undefined) ?? null
    },
    async markBuiltWith(version: string) {
      await client.batch(
        [
          { sql: 'DELETE FROM search_entries WHERE type = ?', args: [VERSION_ENTRY.type] },
          {
            sql: "INSERT INTO search_entries (type, ref_id, locale, title, body, url) VALUES (?, ?, ?, ?, '', '')",
            args: [VERSION_ENTRY.type, VERSION_ENTRY.refId, VERSION_ENTRY.locale, version],
          },
        ],
        'write',
      )
    },
  }
}
