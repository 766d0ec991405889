/**
 * Field-level access from the role matrix: where a role may update a content type only as
 * `localized-text`, the fields every language shares are read-only for it, so the admin shows them
 * read-only instead of letting a translator change what the server would refuse.
 */
import type { Field, FieldAccess } from 'payload'
import { grantedOnlyAs } from './from-matrix'
import type { MatrixSlug } from './matrix'

/** Whether this user may change fields shared by all languages of this content type. */
export function maySetSharedFields(user: unknown, slug: MatrixSlug): boolean {
  return !grantedOnlyAs(user, slug, 'update', 'localized-text')
}

/** Marks fields the server fills in itself: nobody sends them, the refusal of shared changes passes over them. */
export const SERVER_MAINTAINED = 'serverMaintained'

export function isServerMaintained(field: Field): boolean {
  return Boolean((field as { custom?: Record<string, unknown> }).custom?.[SERVER_MAINTAINED])
}

const made = new WeakSet<object>()

function sharedFieldUpdate(slug: MatrixSlug): FieldAccess {
  const access: FieldAccess = ({ req }) => maySetSharedFields(req.user, slug)
  made.add(access)
  return access
}

/** Whether a field's update access was made here (the matrix's), for tests and the config check. */
export function isSharedFieldAccess(access: unknown): boolean {
  return typeof access === 'function' && made.has(access)
}

const nobody: FieldAccess = () => false

const hasLocalizedInside = (fields: readonly Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      ('fields' in field && hasLocalizedInside(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalizedInside(tab.fields))) ||
      (field.type === 'blocks' && (field.blocks ?? []).some((block) => hasLocalizedInside(block.fields))),
  )

/**
 * The fields with update access taken from the matrix on every field shared by all languages, at
 * any depth; a container that holds localized text stays open and its shared fields are closed one
 * by one. Fields the server maintains are closed to everyone (the server sets them after access).
 */
export function withSharedFieldAccess(slug: MatrixSlug, fields: readonly Field[]): Field[] {
  const update = sharedFieldUpdate(slug)
  type WithAccess = Field & { access?: Record<string, unknown> }
  const close = (field: Field): Field => ({ ...field, access: { ...(field as WithAccess).access, update } }) as Field
  const walk = (list: readonly Field[]): Field[] =>
    list.map((field): Field => {
      if (isServerMaintained(field))
        return { ...field, access: { ...(field as WithAccess).access, create: nobody, update: nobody } } as Field
      if (field.type === 'ui' || field.type === 'join') return field
      // A save's own note and author (back-office/versions) belong to whoever saves, translators included.
      if ((field as { custom?: { aboutTheSave?: boolean } }).custom?.aboutTheSave) return field
      if ('virtual' in field && field.virtual) return field
      if ('localized' in field && field.localized) return field
      if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) }
      if (field.type === 'blocks') {
        if (!hasLocalizedInside([field])) return close(field)
        return { ...field, blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: walk(block.fields) })) }
      }
      if ('fields' in field) {
        const named = 'name' in field && Boolean(field.name)
        if (named && !hasLocalizedInside(field.fields)) return close(field)
        return { ...field, fields: walk(field.fields) } as Field
      }
      if (!('name' in field) || !field.name) return field
      return close(field)
    })
  return walk(fields)
}
