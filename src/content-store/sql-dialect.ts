/**
 * How the store's queries read a stored document's query keys (query-keys.ts) on each database:
 * SQLite holds them as JSONB and reads them with json_extract, PostgreSQL as jsonb. The answer's
 * text as Payload gave it (`data`) is only returned, never searched. Values are compared with the
 * types Payload's own columns have (dates as their ISO text, which orders the same), so that order
 * and equality (collation, NULLs first or last) are the database's, as they are for Payload's queries.
 */
import type { ValueType } from './field-paths'

export interface SqlDialect {
  /** A scalar at a JSON path of the row's document, typed. */
  value(path: string[], type: ValueType): string
  /** A relation's id at a JSON path: the id itself (depth 0) or the populated document's `id`. */
  relation(path: string[]): string
  /** `EXISTS` an element of the list at `path` for which `test(element)` holds. */
  anyElement(path: string[], type: ValueType, relation: boolean, test: (element: string) => string): string
  /** `expression IN` the values of one list parameter (one prepared statement whatever its length). */
  inList(expression: string, type: ValueType): string
  /** The parameter for a list of values. */
  listParameter(values: unknown[]): unknown
  /** A case-insensitive `LIKE`. */
  like(expression: string): string
  /** The parameter for a value compared with a stored one of this type. */
  parameter(value: unknown, type: ValueType): unknown
  /** Numbers the `?` placeholders as the driver wants them. */
  placeholders(sql: string): string
  /** The placeholder of a row's query keys, given as JSON text. */
  keysPlaceholder: string
  /** A row's query keys read back as JSON text. */
  keysAsText: string
  /**
   * A sort key the planner must not read from an index: after a lookup by address, an index on
   * the sort key would have the planner walk the whole collection in that order to find one row.
   */
  unindexed(expression: string): string
}

const quoteKey = (name: string) => name.replaceAll('"', '')

export const sqliteDialect: SqlDialect = {
  value: (path) => `json_extract(keys, '$.${path.join('.')}')`,
  relation: (path) => `coalesce(json_extract(keys, '$.${path.join('.')}.id'), json_extract(keys, '$.${path.join('.')}'))`,
  anyElement: (path, _type, relation, test) =>
    `EXISTS (SELECT 1 FROM json_each(keys, '$.${path.join('.')}') AS element WHERE ${test(
      relation ? `(CASE WHEN element.type = 'object' THEN json_extract(element.value, '$.id') ELSE element.value END)` : 'element.value',
    )})`,
  inList: (expression) => `${expression} IN (SELECT value FROM json_each(?))`,
  listParameter: (values) => JSON.stringify(values),
  like: (expression) => `${expression} LIKE ? ESCAPE '\\'`,
  parameter: (value, type) => {
    if (type === 'boolean') return value === true || value === 'true' ? 1 : 0
    if (type === 'date') return new Date(value as string).toISOString()
    if (type === 'number') return Number(value)
    return value
  },
  placeholders: (sql) => sql,
  // JSONB: a condition reads a path without parsing the text again.
  keysPlaceholder: 'jsonb(?)',
  keysAsText: 'json(keys)',
  // SQLite plans without statistics (no ANALYZE runs) and takes an index that gives the order over
  // one that finds the row; a unary + (same value) keeps the sort off every index.
  unindexed: (expression) => `+${expression}`,
}

/**
 * Dates stay text: Payload writes every date as the same ISO 8601 form in UTC
 * (`2026-11-20T09:00:00.000Z`), which sorts and compares as text as it does as a time, and a text
 * expression can be indexed (a cast to timestamptz cannot: it depends on the session's time zone).
 */
const CAST: Record<ValueType, string> = { text: '', number: '::numeric', date: '', boolean: '::boolean' }
const pgPath = (path: string[]) => `'{${path.map(quoteKey).join(',')}}'`

export const postgresDialect: SqlDialect = {
  value: (path, type) => `((keys #>> ${pgPath(path)})${CAST[type]})`,
  relation: (path) => `(coalesce(keys #>> ${pgPath([...path, 'id'])}, keys #>> ${pgPath(path)})::numeric)`,
  anyElement: (path, type, relation, test) =>
    `EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(keys #> ${pgPath(path)}, '[]'::jsonb)) AS element(v) WHERE ${test(
      relation ? `(coalesce(element.v #>> '{id}', element.v #>> '{}')::numeric)` : `((element.v #>> '{}')${CAST[type]})`,
    )})`,
  inList: (expression, type) => `${expression} = ANY(?::${type === 'number' ? 'numeric' : type === 'date' ? 'text' : type}[])`,
  listParameter: (values) => values,
  like: (expression) => `${expression} ILIKE ?`,
  parameter: (value, type) => {
    if (type === 'date') return new Date(value as string).toISOString()
    if (type === 'boolean') return value === true || value === 'true'
    return value
  },
  placeholders: (sql) => {
    let n = 0
    return sql.replace(/\?/g, () => `$${++n}`)
  },
  keysPlaceholder: '?::jsonb',
  keysAsText: 'keys::text',
  // PostgreSQL's planner keeps statistics (autovacuum analyzes), which tell it a slug finds one row.
  unindexed: (expression) => expression,
}
