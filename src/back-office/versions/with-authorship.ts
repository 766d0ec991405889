/**
 * Versions that answer who and why, for a collection with drafts: the author and an internal note
 * on every save, and a versions list that shows them (in place of Payload's, which shows neither).
 */
import type { CollectionConfig, EditConfigWithoutRoot } from 'payload'
import { editedByField, versionNoteField } from './fields'
import { forgetPreviousNote } from './hooks/forget-previous-note'
import { recordEditor } from './hooks/record-editor'

export function withAuthorship(collection: CollectionConfig): CollectionConfig {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  const views = components.views ?? {}
  // A collection that replaced its whole edit view (`root`) has no versions tab to fill.
  const edit = (views.edit ?? {}) as EditConfigWithoutRoot
  return {
    ...collection,
    fields: [...collection.fields, editedByField, versionNoteField],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), forgetPreviousNote],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), recordEditor],
    },
    admin: {
      ...admin,
      components: {
        ...components,
        views: {
          ...views,
          edit: { ...edit, versions: { Component: '/back-office/versions/admin/VersionsView#VersionsView' } } as EditConfigWithoutRoot,
        },
      },
    },
  }
}
