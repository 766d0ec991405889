/**
 * Field-level read access from the role matrix: a row's `fieldReads` names fields only some
 * subjects read; each such field gets a read access that answers for them only, so Payload leaves
 * it out of every other answer (REST, GraphQL, the Local API with access checks, and so the
 * content store, which holds what a visitor's read returns) and refuses queries on it.
 */
import type { Field, FieldAccess } from 'payload'
import { subjectsOf } from './from-matrix'
import { MATRIX, type MatrixRow, type MatrixSlug, type Subject } from './matrix'

const made = new WeakSet<object>()

function readBy(readers: readonly Subject[]): FieldAccess {
  const access: FieldAccess = ({ req }) => subjectsOf(req.user).some((subject) => readers.includes(subject))
  made.add(access)
  return access
}

/** Whether a field's read access was made here, from the matrix. */
export function isMatrixFieldRead(access: unknown): boolean {
  return typeof access === 'function' && made.has(access)
}

/**
 * The fields with the matrix's read access on those the row names. A named field is looked for
 * among the document's top-level data, inside containers that hold no data of their own (rows,
 * collapsibles, unnamed tabs); a name the collection does not have stops the server.
 */
export function withFieldReads(slug: MatrixSlug, fields: readonly Field[]): Field[] {
  const row: MatrixRow = MATRIX[slug]
  const readers = row.fieldReads ?? {}
  const names = Object.keys(readers)
  if (names.length === 0) return [...fields]
  const found = new Set<string>()
  type WithAccess = Field & { access?: Record<string, unknown> }
  const walk = (list: readonly Field[]): Field[] =>
    list.map((field): Field => {
      if ('name' in field && field.name) {
        if (!names.includes(field.name)) return field
        found.add(field.name)
        return { ...field, access: { ...(field as WithAccess).access, read: readBy(readers[field.name]!) } } as Field
      }
      if (field.type === 'tabs')
        return { ...field, tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: walk(tab.fields) })) }
      if ('fields' in field) return { ...field, fields: walk(field.fields) } as Field
      return field
    })
  const result = walk(fields)
  const missing = names.filter((name) => !found.has(name))
  if (missing.length > 0) throw new Error(`“${slug}”: the role matrix names fields it does not have: ${missing.join(', ')}.`)
  return result
}
