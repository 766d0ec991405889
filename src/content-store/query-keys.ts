/**
 * The part of a stored document that queries read (`keys`): its scalar fields and its relations'
 * ids, at the same paths as in the document, without the rich text, arrays, blocks and populated
 * documents that make a row's JSON ten times larger. A list's condition and its sort read every
 * row they consider; parsing a kilobyte of keys instead of the whole answer is what keeps a list of
 * twenty thousand news items a query, not a walk through twenty thousand documents.
 * field-paths.ts answers only paths this keeps (scalars, relations, groups leading to them), so a
 * condition reads the same value here as in the document.
 */
import type { SchemaField } from './field-paths'

type Json = Record<string, unknown>

const SCALAR_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'number', 'date', 'checkbox'])

/** Payload's own columns, whether or not the collection lists them among its fields. */
const ALWAYS = ['id', 'createdAt', 'updatedAt'] as const

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A relation's value as its id: a populated document becomes its `id`, lists element by element. */
function idOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(idOf)
  if (isObject(value) && 'id' in value) return value.id
  return value
}

/**
 * A relation read in every language at once holds one value per locale ({ nl: …, fr: … }); a
 * populated document is told from that by its `id`.
 */
function relationKeys(value: unknown): unknown {
  if (isObject(value) && !('id' in value)) return Object.fromEntries(Object.entries(value).map(([locale, v]) => [locale, idOf(v)]))
  return idOf(value)
}

function keysOfFields(fields: readonly SchemaField[], value: Json): Json {
  const keys: Json = {}
  for (const field of fields) {
    if (!(field.name in value)) continue
    const v = value[field.name]
    if (field.type === 'group' || field.type === 'tab') {
      if (!isObject(v)) keys[field.name] = v
      else if (field.localized && !(field.flattenedFields ?? []).some((child) => child.name in v))
        // A localized group read in every language: one group per locale.
        keys[field.name] = Object.fromEntries(
          Object.entries(v).map(([locale, group]) => [locale, isObject(group) ? keysOfFields(field.flattenedFields ?? [], group) : group]),
        )
      else keys[field.name] = keysOfFields(field.flattenedFields ?? [], v)
    } else if (field.type === 'relationship' || field.type === 'upload') {
      // A polymorphic relation is not queried through the store (field-paths.ts).
      if (!Array.isArray(field.relationTo)) keys[field.name] = relationKeys(v)
    } else if (SCALAR_TYPES.has(field.type)) {
      keys[field.name] = v
    }
  }
  return keys
}

/** The query keys of one stored document, as JSON text. */
export function queryKeys(fields: readonly SchemaField[], doc: Json): string {
  const keys = keysOfFields(fields, doc)
  for (const name of ALWAYS) if (name in doc && !(name in keys)) keys[name] = doc[name]
  return JSON.stringify(keys)
}

/**
 * Whether a `select` keeps only top-level fields that the keys hold with the document's own value
 * (scalars and Payload's columns): such a read is answered from the keys, a third of the bytes or
 * less, instead of the whole answer (the language links of every page read each slug so).
 */
export function selectsOnlyKeys(fields: readonly SchemaField[], select: unknown): boolean {
  if (!isObject(select)) return false
  const names = Object.entries(select)
  if (names.length === 0) return false
  return names.every(
    ([name, wanted]) =>
      wanted === true &&
      ((ALWAYS as readonly string[]).includes(name) || fields.some((field) => field.name === name && SCALAR_TYPES.has(field.type))),
  )
}
