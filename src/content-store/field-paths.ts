/**
 * What a `where` or `sort` path names in a collection's schema, as the store can read it from a
 * stored document: a column of the store (`id`, a top-level `slug`), a value at a JSON path, a
 * relation's id, or a list (hasMany) of values or relation ids. Anything else (a path into an
 * array or blocks, across a relation, a polymorphic relation, rich text) is not answered.
 */

/** The parts of a flattened Payload field this module reads. */
export interface SchemaField {
  name: string
  type: string
  hasMany?: boolean
  localized?: boolean
  relationTo?: string | string[]
  flattenedFields?: SchemaField[]
}

export type ValueType = 'text' | 'number' | 'date' | 'boolean'

export type FieldPath =
  | { kind: 'id' }
  | { kind: 'slug' }
  | { kind: 'value'; path: string[]; type: ValueType }
  | { kind: 'relation'; path: string[] }
  | { kind: 'list'; path: string[]; type: ValueType; relation: boolean }

/** A read the store cannot answer as Payload would: the caller must go to Payload, or fail in tests. */
export class UnsupportedStoreRead extends Error {
  override name = 'UnsupportedStoreRead'
}

const SCALAR: Record<string, ValueType> = {
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  select: 'text',
  radio: 'text',
  number: 'number',
  date: 'date',
  checkbox: 'boolean',
}

const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Resolves `path` (dots between group names) in `fields`. */
export function fieldPath(fields: readonly SchemaField[], path: string): FieldPath {
  if (path === 'id') return { kind: 'id' }
  const names = path.split('.')
  const found: string[] = []
  let level: readonly SchemaField[] | undefined = fields
  for (const [index, name] of names.entries()) {
    const field: SchemaField | undefined = level?.find((f) => f.name === name)
    if (!field || !SAFE_NAME.test(name)) throw new UnsupportedStoreRead(`no field "${path}"`)
    found.push(name)
    const last = index === names.length - 1
    if (field.type === 'group' || field.type === 'tab') {
      if (last) throw new UnsupportedStoreRead(`"${path}" is a group`)
      level = field.flattenedFields
      continue
    }
    if (!last) throw new UnsupportedStoreRead(`"${path}" goes through a ${field.type} field`)
    if (path === 'slug' && field.type === 'text' && !field.hasMany) return { kind: 'slug' }
    if (field.type === 'relationship' || field.type === 'upload') {
      if (Array.isArray(field.relationTo)) throw new UnsupportedStoreRead(`"${path}" is a polymorphic relation`)
      return field.hasMany ? { kind: 'list', path: found, type: 'number', relation: true } : { kind: 'relation', path: found }
    }
    const type = SCALAR[field.type]
    if (!type) throw new UnsupportedStoreRead(`"${path}" is a ${field.type} field`)
    return field.hasMany ? { kind: 'list', path: found, type, relation: false } : { kind: 'value', path: found, type }
  }
  throw new UnsupportedStoreRead(`no field "${path}"`)
}

/**
 * Whether Payload's SQL for a condition or sort on this path joins another table (the locales
 * table of a localized field, the table of a hasMany's values): its queries then take another
 * path, whose empty answer has other pagination fields (drizzle's findMany).
 */
export function joinsTable(fields: readonly SchemaField[], path: string): boolean {
  let level: readonly SchemaField[] | undefined = fields
  const names = path.split('.')
  for (const [index, name] of names.entries()) {
    const field: SchemaField | undefined = level?.find((f) => f.name === name)
    if (!field) return false
    if (field.localized || field.hasMany || Array.isArray(field.relationTo)) return true
    // A path that goes on through a relation reads the related table.
    if ((field.type === 'relationship' || field.type === 'upload') && index < names.length - 1) return true
    level = field.flattenedFields
  }
  return false
}

/** Every field path a `where` names (through `and`/`or`). */
export function pathsOf(where: unknown): string[] {
  if (where === null || typeof where !== 'object') return []
  return Object.entries(where as Record<string, unknown>).flatMap(([key, value]) =>
    key === 'and' || key === 'or' ? (Array.isArray(value) ? value.flatMap(pathsOf) : []) : [key],
  )
}

/** Whether a path goes through a localized field (which holds an object per locale when every locale is read). */
export function isLocalized(fields: readonly SchemaField[], path: string): boolean {
  let level: readonly SchemaField[] | undefined = fields
  for (const name of path.split('.')) {
    const field: SchemaField | undefined = level?.find((f) => f.name === name)
    if (!field) return false
    if (field.localized) return true
    level = field.flattenedFields
  }
  return false
}
