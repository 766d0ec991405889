/**
 * Column values between a database and the archive: the archive holds one neutral form (dates as
 * ISO strings, real booleans, numbers, parsed JSON) so that a SQLite archive restores into
 * PostgreSQL and back.
 */
import type { ColumnKind } from './manifest'

/** The archive's kind of a drizzle column, from its drizzle column type. */
export function columnKind(columnType: string, dataType: string): ColumnKind {
  if (dataType === 'json' || /Json/.test(columnType)) return 'json'
  if (dataType === 'boolean' || /Boolean/.test(columnType)) return 'boolean'
  if (/Timestamp|PgDate/.test(columnType)) return 'date'
  if (dataType === 'number' || /Numeric|Integer|Serial|Real|Double/.test(columnType)) return 'number'
  return 'text'
}

/** A value read from either database, in the archive's form. */
export function toArchive(value: unknown, kind: ColumnKind): unknown {
  if (value === null || value === undefined) return null
  switch (kind) {
    case 'date':
      return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()
    case 'boolean':
      return value === true || value === 1 || value === 1n || value === '1' || value === 't' || value === 'true'
    case 'number':
      return typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : Number(value)
    case 'json':
      if (typeof value !== 'string') return value
      try {
        return JSON.parse(value)
      } catch {
        return value
      }
    default:
      return value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? Number(value) : value
  }
}

/** An archive value as a statement parameter for the target database. */
export function toDatabase(value: unknown, kind: ColumnKind, database: 'sqlite' | 'postgres'): unknown {
  if (value === null || value === undefined) return null
  if (kind === 'json') return JSON.stringify(value)
  if (kind === 'boolean' && database === 'sqlite') return value ? 1 : 0
  return value
}
