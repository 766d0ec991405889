/**
 * Puts the translation workflow on the content types translators translate: its fields, the hooks
 * that keep each language's state and tell editors, the other languages' text under each
 * localized text field, and the languages column in the list.
 */
import type { CollectionConfig, Field } from 'payload'
import { translationFields } from './fields'
import { notifyReadyForReview } from './hooks/notify-ready-for-review'
import { recordTranslationState } from './hooks/record-translation-state'
import { localizedTextFields } from './text-fields'

/** The content types with drafts that are written in Dutch and translated. */
export const TRANSLATED = ['pages', 'news', 'documents'] as const

const SOURCE_TEXT = '/back-office/translation/admin/SourceText#SourceText'

/** Each localized text field with the other languages' text shown under its input. */
function withSourceText(fields: readonly Field[], names: readonly string[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: withSourceText(field.fields, names) }
    if (!('name' in field) || !names.includes(field.name)) return field
    const admin = (field.admin ?? {}) as { components?: { afterInput?: unknown[] } }
    const afterInput = [...(admin.components?.afterInput ?? []), { path: SOURCE_TEXT, clientProps: { field: field.name } }]
    return { ...field, admin: { ...admin, components: { ...admin.components, afterInput } } } as Field
  })
}

export function translationWorkflow(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    if (!(TRANSLATED as readonly string[]).includes(config.slug)) return config
    const columns = config.admin?.defaultColumns ?? []
    return {
      ...config,
      admin: { ...config.admin, defaultColumns: [...columns, 'translationStates'] },
      fields: [...withSourceText(config.fields, localizedTextFields(config.fields)), ...translationFields],
      hooks: {
        ...config.hooks,
        beforeChange: [...(config.hooks?.beforeChange ?? []), recordTranslationState],
        afterChange: [...(config.hooks?.afterChange ?? []), notifyReadyForReview],
      },
    }
  })
}
