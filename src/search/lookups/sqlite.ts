/** The index lookups (lookups.ts) on SQLite: the entries table, and FTS5's own vocabulary (the fts5vocab table `search_vocab`). */
import type { IndexRead } from '../index-read'
import { hitOfRow } from '../sqlite'
import { candidateLengths, candidatePrefix, type IndexLookups, inOrder, MAX_CANDIDATES, TEXT_READ } from './lookups'

export function sqliteLookups(read: IndexRead): IndexLookups {
  return {
    async hitsOf(locale, refs) {
      if (refs.length === 0) return []
      const rows = await read(
        `SELECT type, ref_id AS refId, title, body, url, date FROM search_entries
              WHERE locale = ? AND (${refs.map(() => '(type = ? AND ref_id = ?)').join(' OR ')})`,
        [locale, ...refs.flatMap((ref) => [ref.type, ref.refId])],
      )
      const hits = rows.map(hitOfRow)
      return inOrder(refs, hits)
    },
    async nearTerms(term) {
      const prefix = candidatePrefix(term)
      const rows = await read(`SELECT term, doc FROM search_vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? LIMIT ?`, [
        prefix,
        `${prefix}\u{10ffff}`,
        ...candidateLengths(term),
        MAX_CANDIDATES,
      ])
      return rows.map((row) => ({ term: String(row.term), docs: Number(row.doc) }))
    },
    async textsWith(term, locale, limit) {
      const rows = await read(
        `SELECT e.title AS title, substr(e.body, 1, ?) AS body FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
              WHERE search_fts MATCH ? AND e.locale = ? LIMIT ?`,
        [TEXT_READ, `"${term.replace(/"/g, '')}"`, locale, limit],
      )
      return rows.map((row) => `${row.title}\n${row.body}`)
    },
  }
}
