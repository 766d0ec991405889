import type { Client, InStatement } from '@libsql/client'
import type { SearchEntry, SearchType } from './entries'
import type { SearchBackend, SearchHit, SearchQuery, SearchResult } from './backend'
import { stems } from './text'

/**
 * FTS5 on the embedded database. SQLite has no Dutch or French stemmer, so entries and queries are
 * stemmed here (Snowball, text.ts) and FTS5 indexes the stems; bm25 weighs the title ten times the
 * body. Every query word becomes a quoted stem, so FTS5's operators never reach its parser.
 */
export function sqliteSearch(client: Client): SearchBackend {
  const matchOf = (query: SearchQuery) =>
    stems(query.text, query.locale)
      .map((s) => `"${s}"`)
      .join(' ')
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
          args: [stems(entry.title, entry.locale).join(' '), stems(entry.body, entry.locale).join(' ')],
        })
      }
      await client.batch(statements, 'write')
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      const match = matchOf(query)
      if (!match) return { hits: [], total: 0, facets: {} }
      const from = 'FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid WHERE search_fts MATCH ? AND e.locale = ?'
      const facetRows = await client.execute({
        sql: `SELECT e.type AS type, count(*) AS n ${from} GROUP BY e.type`,
        args: [match, query.locale],
      })
      const facets: SearchResult['facets'] = {}
      for (const row of facetRows.rows) facets[row.type as SearchType] = Number(row.n)
      const typed = query.type ? ' AND e.type = ?' : ''
      const args = query.type ? [match, query.locale, query.type] : [match, query.locale]
      const rows = await client.execute({
        sql: `SELECT e.type AS type, e.ref_id AS refId, e.title AS title, e.body AS body, e.url AS url, e.date AS date ${from}${typed} ORDER BY bm25(search_fts, 10.0, 1.0), e.date DESC LIMIT ? OFFSET ?`,
        args: [...args, query.limit, query.offset],
      })
      const total = query.type ? (facets[query.type] ?? 0) : Object.values(facets).reduce((a, b) => a + (b ?? 0), 0)
      return {
        hits: rows.rows.map(
          (row) =>
            ({
              type: row.type,
              refId: Number(row.refId),
              title: row.title,
              body: row.body,
              url: row.url,
              date: row.date ?? null,
            }) as SearchHit,
        ),
        total,
        facets,
      }
    },
    async count() {
      const result = await client.execute('SELECT count(*) AS n FROM search_entries')
      return Number(result.rows[0]?.n ?? 0)
    },
  }
}
