/** The localized text of a content type that translators translate, and that text made comparable. */
import type { Field } from 'payload'

const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])

/** The names of the top-level localized text fields (the ones followed per field). */
export function localizedTextFields(fields: readonly Field[]): string[] {
  const names: string[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') names.push(...localizedTextFields(field.fields))
    else if (field.type === 'tabs')
      for (const tab of field.tabs) if (!('name' in tab && tab.name)) names.push(...localizedTextFields(tab.fields))
    if (!('name' in field) || !field.name || !TEXT_TYPES.has(field.type)) continue
    // A slug is an address, not a translation of the Dutch one.
    if ('localized' in field && field.localized && field.name !== 'slug') names.push(field.name)
  }
  return names
}

/** The words of a text or rich-text value, spaced evenly: what a reader sees, whatever the editor stored around it. */
export function plainText(value: unknown): string {
  const words: string[] = []
  const walk = (node: unknown): void => {
    if (typeof node === 'string') words.push(node)
    else if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>
      if (typeof record.text === 'string') words.push(record.text)
      if (record.root) walk(record.root)
      if (record.children) walk(record.children)
    }
  }
  walk(value)
  return words.join(' ').replace(/\s+/g, ' ').trim()
}
