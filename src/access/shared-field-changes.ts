/**
 * Which fields that are the same in every language a write would change, at any depth: inside
 * rows, collapsibles, tabs and groups, and in the rows of arrays and blocks (whose structure —
 * rows added, removed or moved — is itself shared unless the array is localized).
 */
import type { Block, Field } from 'payload'
import { isServerMaintained } from './shared-field-access'

export interface SharedFieldChange {
  /** Payload's path of the field (`externalLink.url`, `partners.0.role`). */
  path: string
  label: unknown
}

type Data = Record<string, unknown>

/** Fields Payload keeps for itself; the publication guard decides on `_status`. */
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt'])

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
const asObject = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {})
const rowsOf = (value: unknown): Data[] => (Array.isArray(value) ? value.map(asObject) : [])

/** A related document's id however it was sent: bare, populated, or `{ relationTo, value }`. */
function relationKey(value: unknown): unknown {
  if (value && typeof value === 'object') {
    const record = value as Data
    if ('relationTo' in record) return `${String(record.relationTo)}:${String(relationKey(record.value))}`
    return record.id
  }
  return value
}

/** Whether a sent value says the same as the stored one, for this kind of field. */
function sameValue(field: Field, sent: unknown, stored: unknown): boolean {
  if (field.type === 'checkbox') return Boolean(sent) === Boolean(stored)
  if (isEmpty(sent) && isEmpty(stored)) return true
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const keys = (value: unknown) => (Array.isArray(value) ? value : [value]).map((v) => String(relationKey(v)))
      return JSON.stringify(keys(sent)) === JSON.stringify(keys(stored))
    }
    case 'date':
      return new Date(String(sent)).getTime() === new Date(String(stored)).getTime()
    case 'number':
      return Array.isArray(sent) || Array.isArray(stored)
        ? JSON.stringify(sent) === JSON.stringify(stored)
        : Number(sent) === Number(stored)
    default:
      return JSON.stringify(sent) === JSON.stringify(stored)
  }
}

const join = (prefix: string, name: string | number) => (prefix ? `${prefix}.${name}` : String(name))

/**
 * Compares what a write sends with the stored document (both in the language being written) and
 * lists the shared fields it changes. Fields the write does not send are left alone.
 */
export function sharedFieldChanges(fields: readonly Field[], sent: Data, stored: Data, prefix = ''): SharedFieldChange[] {
  const changes: SharedFieldChange[] = []
  for (const field of fields) {
    if (field.type === 'ui' || field.type === 'join') continue
    if ('virtual' in field && field.virtual) continue
    // Filled in by the server after access (the translation state): what the form sends back is ignored.
    if (isServerMaintained(field)) continue
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      changes.push(...sharedFieldChanges(field.fields, sent, stored, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!('name' in tab) || !tab.name) changes.push(...sharedFieldChanges(tab.fields, sent, stored, prefix))
        else if (!tab.localized && tab.name in sent)
          changes.push(...sharedFieldChanges(tab.fields, asObject(sent[tab.name]), asObject(stored[tab.name]), join(prefix, tab.name)))
      }
      continue
    }
    if (!('name' in field) || !field.name || !(field.name in sent)) continue
    if (!prefix && SYSTEM_FIELDS.has(field.name)) continue
    // About the save, not the content (who saved, their note: src/back-office/versions): a translator's save has them too.
    if ((field.custom as { aboutTheSave?: boolean } | undefined)?.aboutTheSave) continue
    // Everything inside a localized field is per language: the translator's to change.
    if ('localized' in field && field.localized) continue
    const path = join(prefix, field.name)
    const value = sent[field.name]
    const before = stored[field.name]
    if (field.type === 'group') {
      changes.push(...sharedFieldChanges(field.fields, asObject(value), asObject(before), path))
    } else if (field.type === 'array' || field.type === 'blocks') {
      changes.push(...rowChanges(field, path, rowsOf(value), rowsOf(before)))
    } else if (!sameValue(field, value, before)) {
      changes.push({ path, label: field.label ?? field.name })
    }
  }
  return changes
}

/** An array's or blocks field's rows: the same rows in the same order (and kinds), then their fields one by one. */
function rowChanges(field: Field & { type: 'array' | 'blocks' }, path: string, sent: Data[], stored: Data[]): SharedFieldChange[] {
  const structureChanged =
    sent.length !== stored.length ||
    sent.some(
      (row, i) => (row.id !== undefined && row.id !== stored[i]?.id) || (field.type === 'blocks' && row.blockType !== stored[i]?.blockType),
    )
  if (structureChanged) return [{ path, label: field.label ?? field.name }]
  return sent.flatMap((row, i) => {
    const rowFields = field.type === 'array' ? field.fields : blockFields(field.blocks, row.blockType)
    // A block defined elsewhere (a block reference) is compared whole: refusing too much is safer than too little.
    if (!rowFields)
      return JSON.stringify(row) === JSON.stringify(stored[i]) ? [] : [{ path: join(path, i), label: field.label ?? field.name }]
    return sharedFieldChanges(rowFields, row, stored[i] ?? {}, join(path, i))
  })
}

function blockFields(blocks: readonly Block[] | undefined, blockType: unknown): Field[] | undefined {
  return blocks?.find((block) => block.slug === blockType)?.fields
}
