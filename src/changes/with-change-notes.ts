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
    // First in the sidebar, under the Publish button: Payload draws a container's fields only once it
    // is scrolled into the sidebar's view, so at the bottom they were not there until one scrolled to them.
    fields: [changeField, ...collection.fields, withdrawalReasonField],
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
