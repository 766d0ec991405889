/**
 * Turns the `where` and `sort` of a Local API read into SQL on the store's rows, meaning what
 * Payload's own SQL means: `not_equals` keeps rows without the value (Payload adds `OR IS NULL`),
 * `in` on a list (hasMany) matches when any element is in it, `like` wants every word, a sort ends
 * with `-createdAt` (or `-id`) as Payload's does. Operators and paths the views do not use throw
 * UnsupportedStoreRead rather than answer differently.
 */
import { type FieldPath, fieldPath, isLocalized, type SchemaField, UnsupportedStoreRead, type ValueType } from './field-paths'
import type { SqlDialect } from './sql-dialect'

/**
 * A read whose answer Payload settles in a way of its own, which the store leaves to it: every
 * locale at once sorted by a localized field (Payload's SQL then orders by one of its locale rows).
 */
export class LeftToPayload extends Error {
  override name = 'LeftToPayload'
}

export interface CompiledQuery {
  /** A condition on the row (`1=1` when there is none), with `?` for each parameter. */
  where: string
  params: unknown[]
  /** `ORDER BY` terms, without the keywords. */
  orderBy: string
}

interface Target {
  fields: readonly SchemaField[]
  /** Whether the collection has `createdAt` (Payload's last sort key; `-id` otherwise). */
  timestamps: boolean
  /** A read of every locale at once: localized fields hold an object per locale. */
  everyLocale?: boolean
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

function typeOf(path: FieldPath): ValueType {
  if (path.kind === 'id' || path.kind === 'relation') return 'number'
  if (path.kind === 'slug') return 'text'
  return path.type
}

function expressionOf(path: FieldPath, dialect: SqlDialect): string {
  if (path.kind === 'id') return 'doc_id'
  if (path.kind === 'slug') return 'slug'
  if (path.kind === 'relation') return dialect.relation(path.path)
  if (path.kind === 'value') return dialect.value(path.path, path.type)
  throw new UnsupportedStoreRead('a list is not a single value')
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return [value]
}

/** One condition on one path. */
function condition(path: FieldPath, operator: string, value: unknown, dialect: SqlDialect, params: unknown[]): string {
  const type = typeOf(path)
  const parameter = (v: unknown) => {
    params.push(dialect.parameter(v, type))
    return '?'
  }
  const test = (expression: string): string => {
    switch (operator) {
      case 'equals':
        return value === null ? `${expression} IS NULL` : `${expression} = ${parameter(value)}`
      case 'not_equals':
        return value === null ? `${expression} IS NOT NULL` : `(${expression} IS NULL OR ${expression} <> ${parameter(value)})`
      case 'in':
      case 'not_in': {
        const values = listOf(value).map((v) => dialect.parameter(v, type))
        if (values.length === 0) return operator === 'in' ? '1 = 0' : '1 = 1'
        params.push(dialect.listParameter(values))
        const inList = dialect.inList(expression, type)
        return operator === 'in' ? inList : `(${expression} IS NULL OR NOT ${inList})`
      }
      case 'less_than':
        return `${expression} < ${parameter(value)}`
      case 'less_than_equal':
        return `${expression} <= ${parameter(value)}`
      case 'greater_than':
        return `${expression} > ${parameter(value)}`
      case 'greater_than_equal':
        return `${expression} >= ${parameter(value)}`
      case 'contains':
        if (type !== 'text') throw new UnsupportedStoreRead(`contains on a ${type}`)
        params.push(`%${escapeLike(String(value))}%`)
        return dialect.like(expression)
      case 'like': {
        if (type !== 'text') throw new UnsupportedStoreRead(`like on a ${type}`)
        const words = String(value).split(' ').filter(Boolean)
        if (words.length === 0) return '1 = 1'
        return `(${words
          .map((word) => {
            params.push(`%${escapeLike(word)}%`)
            return dialect.like(expression)
          })
          .join(' AND ')})`
      }
      default:
        throw new UnsupportedStoreRead(`the operator "${operator}"`)
    }
  }
  if (operator === 'exists') {
    const wanted = value === true || value === 'true'
    if (path.kind === 'list') {
      const any = dialect.anyElement(path.path, path.type, path.relation, () => '1 = 1')
      return wanted ? any : `NOT ${any}`
    }
    const expression = expressionOf(path, dialect)
    return wanted ? `${expression} IS NOT NULL` : `${expression} IS NULL`
  }
  if (path.kind === 'list') {
    if (operator === 'not_equals' || operator === 'not_in') throw new UnsupportedStoreRead(`${operator} on a list`)
    return dialect.anyElement(path.path, path.type, path.relation, test)
  }
  return test(expressionOf(path, dialect))
}

function compileWhere(where: unknown, target: Target, dialect: SqlDialect, params: unknown[]): string {
  if (where === undefined || where === null) return '1 = 1'
  if (typeof where !== 'object' || Array.isArray(where)) throw new UnsupportedStoreRead('a where that is not an object')
  const parts: string[] = []
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) throw new UnsupportedStoreRead(`"${key}" without a list`)
      const inner = value.map((child) => compileWhere(child, target, dialect, params))
      if (inner.length > 0) parts.push(`(${inner.join(key === 'and' ? ' AND ' : ' OR ')})`)
      continue
    }
    if (value === null || typeof value !== 'object') throw new UnsupportedStoreRead(`"${key}" without an operator`)
    if (target.everyLocale && isLocalized(target.fields, key)) throw new UnsupportedStoreRead(`"${key}" of every locale at once`)
    const path = fieldPath(target.fields, key)
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      parts.push(condition(path, operator, operand, dialect, params))
    }
  }
  return parts.length === 0 ? '1 = 1' : parts.join(' AND ')
}

/** Whether a where pins the slug by equality, alone or in an `and`: a read of one item by its address. */
function pinsSlug(where: unknown, target: Target): boolean {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return false
  return Object.entries(where as Record<string, unknown>).some(([key, value]) => {
    if (key === 'and') return Array.isArray(value) && value.some((child) => pinsSlug(child, target))
    if (key === 'or' || !value || typeof value !== 'object') return false
    const wanted = (value as { equals?: unknown }).equals
    return wanted !== undefined && wanted !== null && fieldPath(target.fields, key).kind === 'slug'
  })
}

/** The ORDER BY; after a read by address its keys stay off the indexes (`SqlDialect.unindexed`). */
function compileSort(sort: unknown, target: Target, dialect: SqlDialect, byAddress: boolean): string {
  const keys = sort === undefined || sort === null || sort === '' ? [] : Array.isArray(sort) ? [...sort] : String(sort).split(',')
  const last = target.timestamps ? '-createdAt' : '-id'
  if (keys.length === 0) keys.push(last)
  if (!keys.includes(last) && !keys.includes(last.slice(1))) keys.push(last)
  return keys
    .map((key) => {
      if (target.everyLocale && isLocalized(target.fields, String(key).replace(/^-/, ''))) throw new LeftToPayload(`a sort on ${key}`)
      const descending = String(key).startsWith('-')
      const path = fieldPath(target.fields, descending ? String(key).slice(1) : String(key))
      if (path.kind === 'list') throw new UnsupportedStoreRead('a sort on a list')
      const expression = expressionOf(path, dialect)
      return `${byAddress ? dialect.unindexed(expression) : expression} ${descending ? 'DESC' : 'ASC'}`
    })
    .join(', ')
}

/** The SQL for a read's `where` and `sort` on one collection's stored documents. */
export function compileQuery(where: unknown, sort: unknown, target: Target, dialect: SqlDialect): CompiledQuery {
  const params: unknown[] = []
  const sql = compileWhere(where, target, dialect, params)
  return { where: sql, params, orderBy: compileSort(sort, target, dialect, pinsSlug(where, target)) }
}
