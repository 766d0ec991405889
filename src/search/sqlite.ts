import type { Client, InStatement } from '@libsql/client'
import type { Locale } from '@/site/routes'
import { SEARCH_TYPES, type SearchEntry, type SearchType } from './entries'
import { type SearchBackend, type SearchHit, type SearchIndex, type SearchQuery, type SearchResult, VERSION_ENTRY } from './backend'
import { clientRead, type IndexRead } from './index-read'
import { codeQueryTerms, indexTerms } from './codes'
import { type SynonymTable, withSynonyms } from './synonyms/expand'
import { cappedSum, DEFAULT_LIMITS, entryKey, KEY_DAY_SQL, keyRange, type RankingLimits } from './ranking'

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
export function hitOfRow(row: Record<string, unknown>): SearchHit {
  return {
    type: row.type as SearchHit['type'],
    refId: Number(row.refId),
    title: String(row.title),
    body: String(row.body),
    url: String(row.url),
    date: row.date === null || row.date === undefined ? null : String(row.date),
  }
}

/** Rows of search_entries by id, in the order of `ids`: only the page's rows are read whole. */
async function rowsInOrder(read: IndexRead, ids: number[]): Promise<SearchHit[]> {
  if (ids.length === 0) return []
  const rows = await read(
    `SELECT id, type, ref_id AS refId, title, body, url, date FROM search_entries WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ids.map(BigInt),
  )
  const byId = new Map(rows.map((row) => [Number(row.id), hitOfRow(row)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export function sqliteSearch(client: Client, limits: RankingLimits = DEFAULT_LIMITS): SearchBackend {
  return {
    ...sqliteIndex(clientRead(client), limits),
    async replace(type: SearchType, refId: number, entries: SearchEntry[]) {
      const statements: InStatement[] = [
        { sql: 'DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entries WHERE type = ? AND ref_id = ?)', args: [type, refId] },
        { sql: 'DELETE FROM search_entries WHERE type = ? AND ref_id = ?', args: [type, refId] },
      ]
      for (const entry of entries) {
        const key = BigInt(entryKey(type, entry.locale, entry.date, refId))
        statements.push({
          sql: 'INSERT INTO search_entries (id, type, ref_id, locale, title, body, url, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          args: [key, type, refId, entry.locale, entry.title, entry.body, entry.url, entry.date ?? null],
        })
        statements.push({
          sql: 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)',
          args: [key, indexTerms(entry.title, entry.locale).join(' '), indexTerms(entry.body, entry.locale).join(' ')],
        })
      }
      await client.batch(statements, 'write')
    },
    async markBuiltWith(version: string) {
      await client.batch(
        [
          { sql: 'DELETE FROM search_entries WHERE type = ?', args: [VERSION_ENTRY.type] },
          {
            // Key 0 is in no language's range (ranking.ts: entryKey).
            sql: "INSERT INTO search_entries (id, type, ref_id, locale, title, body, url) VALUES (0, ?, ?, ?, ?, '', '')",
            args: [VERSION_ENTRY.type, VERSION_ENTRY.refId, VERSION_ENTRY.locale, version],
          },
        ],
        'write',
      )
    },
  }
}

/** The index's reads: on Payload's client, or on any connection to the same file (the content store's). */
export function sqliteIndex(read: IndexRead, limits: RankingLimits = DEFAULT_LIMITS): SearchIndex {
  const matchOf = (query: SearchQuery) => ftsMatch(query.text, query.locale, query.synonyms)
  // Each bound is a BigInt: keys pass 2^31, and FTS5 takes its rowids as integers.
  const range = (locale: Locale, type?: SearchType): [bigint, bigint] => {
    const [first, last] = keyRange(locale, type)
    return [BigInt(first), BigInt(last)]
  }
  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const match = matchOf(query)
      if (!match) return { hits: [], total: 0, ranked: 0, facets: {} }
      // Every type's matches, counted up to the cap from FTS5 alone: a key range is a type in a language.
      const counted = await read(
        SEARCH_TYPES.map(
          () => 'SELECT (SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)) AS n',
        ).join(' UNION ALL '),
        SEARCH_TYPES.flatMap((type) => [match, ...range(query.locale, type), limits.countCap + 1]),
      )
      const facets: SearchResult['facets'] = {}
      SEARCH_TYPES.forEach((type, index) => {
        const n = Number(counted[index]?.n ?? 0)
        if (n > 0) facets[type] = n
      })
      const total = query.type ? (facets[query.type] ?? 0) : cappedSum(Object.values(facets), limits)
      const [first, last] = range(query.locale, query.type)
      const ranked = `SELECT search_fts.rowid AS id FROM search_fts CROSS JOIN search_entries e ON e.id = search_fts.rowid
        WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ? AND ?`
      const order = 'ORDER BY bm25(search_fts, 10.0, 1.0), e.date DESC LIMIT ? OFFSET ?'
      if (total <= limits.rankAllUpTo) {
        const page = await read(`${ranked} ${order}`, [match, first, last, query.limit, query.offset])
        return {
          hits: await rowsInOrder(
            read,
            page.map((row) => Number(row.id)),
          ),
          total,
          ranked: total,
          facets,
        }
      }
      // A broad query ranks only its candidates (ranking.ts): per type, the most recent entries with
      // every word in their title and the most recent matches, read backwards from the end of the
      // type's key range and stopped at the window, so no score is computed and no match read
      // beyond them. bm25 keeps the whole index's statistics, so the candidates rank among
      // themselves as they would among all matches.
      const types = SEARCH_TYPES.filter((type) => (query.type ? type === query.type : facets[type]))
      const arm = (titled: 0 | 1) =>
        `SELECT * FROM (SELECT rowid AS id, ${titled} AS titled FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?)`
      // `rowid + 0` keeps one scan of the matches: with `rowid IN candidates` FTS5 seeks once per candidate.
      const page = await read(
        `WITH arms AS (${types.map(() => `${arm(1)} UNION ALL ${arm(0)}`).join(' UNION ALL ')}),
          candidates AS MATERIALIZED (SELECT id FROM arms GROUP BY id ORDER BY max(titled) DESC, ${KEY_DAY_SQL('id')} DESC, id DESC LIMIT ?)
          ${ranked} AND (search_fts.rowid + 0) IN candidates ${order}`,
        [
          ...types.flatMap((type) => {
            const [from, to] = range(query.locale, type)
            return [`title : (${match})`, from, to, limits.window, match, from, to, limits.window]
          }),
          limits.window,
          match,
          first,
          last,
          query.limit,
          query.offset,
        ],
      )
      return {
        hits: await rowsInOrder(
          read,
          page.map((row) => Number(row.id)),
        ),
        total,
        ranked: Math.min(total, limits.window),
        facets,
      }
    },
    async count() {
      const rows = await read('SELECT count(*) AS n FROM search_entries WHERE type <> ?', [VERSION_ENTRY.type])
      return Number(rows[0]?.n ?? 0)
    },
    async builtWith() {
      const rows = await read('SELECT title FROM search_entries WHERE type = ?', [VERSION_ENTRY.type])
      return (rows[0]?.title as string | undefined) ?? null
    },
  }
}
