/** Every field of a list of fields, at any depth (groups, arrays, rows, collapsibles, tabs, blocks), passed through one function. */
import type { Field } from 'payload'

export function mapFields(fields: readonly Field[], change: (field: Field) => Field): Field[] {
  return fields.map((original): Field => {
    const field = change(original)
    switch (field.type) {
      case 'group':
      case 'array':
      case 'row':
      case 'collapsible':
        return { ...field, fields: mapFields(field.fields, change) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
      case 'blocks':
        return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })) }
      default:
        return field
    }
  })
}
