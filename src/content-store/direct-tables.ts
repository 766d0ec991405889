/**
 * Two of Payload's own tables that public pages read with the server's authority, and that the
 * store does not hold because they are not published content: the old addresses of renamed
 * documents (every 404 looks there last, site/slugs/find-redirect.ts) and the facts of documents'
 * PDFs (documents/files.ts). The store's reader answers those reads from the tables themselves, with
 * prepared statements on its own connections, so that a public-only instance serves a 404 or a
 * documents page without loading Payload. Only the reads the site makes are answered this way (one
 * `equals` or `in` condition, no pagination, no sort, access skipped); any other goes to Payload.
 */
import { pageRequest, paginated } from './answers'
import type { StoreDatabase } from './store-database'

type ColumnType = 'text' | 'number' | 'date'

export interface DirectTable {
  table: string
  /** Each field the answer may hold, in Payload's order: its column and how Payload gives its value. */
  fields: Readonly<Record<string, { column: string; type: ColumnType }>>
  /**
   * Whether a read without `select` is answered: not for an upload collection, whose whole
   * document holds what Payload works out as it reads (its file's URL).
   */
  whole: boolean
}

const field = (column: string, type: ColumnType = 'text') => ({ column, type })

/** Payload's SQL names for these fields (its Drizzle schema: a field's name in snake case). */
export const DIRECT_TABLES: Readonly<Record<string, DirectTable>> = {
  'slug-redirects': {
    table: 'slug_redirects',
    fields: {
      id: field('id', 'number'),
      fromPath: field('from_path'),
      collection: field('collection'),
      document: field('document'),
      language: field('language'),
      updatedAt: field('updated_at', 'date'),
      createdAt: field('created_at', 'date'),
    },
    whole: true,
  },
  'document-files': {
    table: 'document_files',
    fields: {
      id: field('id', 'number'),
      language: field('language'),
      pages: field('pages', 'number'),
      filename: field('filename'),
      filesize: field('filesize', 'number'),
    },
    whole: false,
  },
}

/** The arguments of a read these answer; any other (a sort, a page, a request, a draft…) goes to Payload. */
const UNDERSTOOD = new Set(['collection', 'where', 'depth', 'limit', 'pagination', 'select', 'overrideAccess', 'locale', 'fallbackLocale'])

function asPayloadGives(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null
  if (type === 'number') return Number(value)
  // PostgreSQL's driver gives a timestamp as a Date; SQLite holds Payload's ISO text.
  if (type === 'date') return value instanceof Date ? value.toISOString() : String(value)
  return value
}

/** The condition, when it is one `equals` or `in` on a known field: its SQL and parameters. */
function conditionOf(where: unknown, table: DirectTable): { sql: string; params: unknown[] } | undefined {
  if (!where || typeof where !== 'object') return undefined
  const entries = Object.entries(where)
  if (entries.length !== 1) return undefined
  const [name, condition] = entries[0]!
  const known = table.fields[name]
  if (!known || !condition || typeof condition !== 'object') return undefined
  const operators = Object.entries(condition)
  if (operators.length !== 1) return undefined
  const [operator, value] = operators[0]!
  const cast = (v: unknown) => (known.type === 'number' ? Number(v) : String(v))
  if (operator === 'equals' && (typeof value === 'string' || typeof value === 'number'))
    return { sql: `${known.column} = ?`, params: [cast(value)] }
  if (operator === 'in' && Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return { sql: `${known.column} IN (${value.map(() => '?').join(', ')})`, params: value.map(cast) }
  return undefined
}

/** The fields an answer holds: those `select` names (and the id, as Payload adds it), or all of them. */
function fieldsOf(select: unknown, table: DirectTable): string[] | undefined {
  if (select === undefined) return table.whole ? Object.keys(table.fields) : undefined
  if (!select || typeof select !== 'object') return undefined
  const named = Object.entries(select)
  if (named.some(([name, wanted]) => wanted !== true || !table.fields[name])) return undefined
  return Object.keys(table.fields).filter((name) => name === 'id' || (select as Record<string, unknown>)[name] === true)
}

/**
 * Payload's answer to a `find` on one of these tables, read from the table; undefined when the read
 * is not one of those answered here.
 */
export async function readDirect(database: StoreDatabase, table: DirectTable, args: Record<string, unknown>): Promise<unknown> {
  if (Object.keys(args).some((key) => !UNDERSTOOD.has(key) && args[key] !== undefined)) return undefined
  if (args.overrideAccess === false || args.pagination !== false) return undefined
  const condition = conditionOf(args.where, table)
  const fields = fieldsOf(args.select, table)
  if (!condition || !fields) return undefined
  const limit = args.limit === undefined || args.limit === null || Number(args.limit) === 0 ? undefined : Number(args.limit)
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return undefined
  const columns = fields.map((name) => `${table.fields[name]!.column} AS "${name}"`).join(', ')
  // Payload's order when a read names none: newest first, the id settling ties.
  const rows = await database.read(
    `SELECT ${columns} FROM ${table.table} WHERE ${condition.sql} ORDER BY created_at DESC, id DESC${limit ? ' LIMIT ?' : ''}`,
    limit ? [...condition.params, limit] : condition.params,
  )
  const docs = rows.map((row) => Object.fromEntries(fields.map((name) => [name, asPayloadGives(row[name], table.fields[name]!.type)])))
  return paginated(docs, pageRequest(args), undefined)
}
