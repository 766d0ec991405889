/**
 * Puts change notes on a page, news or document collection: the fields an editor fills on publish
 * and unpublish, the hooks that check and record them in the publication's transaction, and the
 * Unpublish button that asks why.
 */
import type { CollectionConfig } from 'payload'
import { changeField, withdrawalReasonField } from './fields'
import { planChangeHook } from './hooks/plan-change'
import { recordChangesHook } from './hooks/record-changes'

export function withChangeNotes(collection: CollectionConfig): CollectionConfig {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...collection,
    fields: [...collection.fields, changeField, withdrawalReasonField],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), planChangeHook],
      afterOperation: [...(collection.hooks?.afterOperation ?? []), recordChangesHook],
    },
    admin: {
      ...admin,
      components: {
        ...components,
        edit: { ...components.edit, UnpublishButton: '/changes/admin/UnpublishWithReason#UnpublishWithReason' },
      },
    },
  }
}
