/**
 * Puts the audit trail on the collections: every person's deletion, restored version, publish and
 * unpublish, change of an account's roles or scope, report validated or returned, and opened
 * citizen's message leaves one event, written within the action's own transaction; so does each
 * list of messages read through REST or GraphQL, and each download of a file a visitor sent.
 */
import type { CollectionConfig } from 'payload'
import { accountChanges } from './changes/accounts'
import type { ChangeAuditor } from './changes/change'
import { publicationChanges } from './changes/publication'
import { reviewChanges } from './changes/reports'
import { recordAttachmentDownloaded } from './hooks/record-attachment-downloaded'
import { recordChanges } from './hooks/record-changes'
import { recordDeletions } from './hooks/record-deletions'
import { recordMessageOpened } from './hooks/record-message-opened'
import { recordMessagesExported } from './hooks/record-messages-exported'
import { recordRestores } from './hooks/record-restores'
import { rememberBeforeState } from './hooks/remember-before-state'

/** Changes followed beyond publication, by collection. */
const CHANGES: Record<string, readonly ChangeAuditor[]> = {
  users: [accountChanges],
  'progress-reports': [reviewChanges],
}

/** The trail itself is append-only (collections/AuditEvents.ts) and records nothing about itself. */
const NOT_AUDITED = new Set(['audit-events'])

export function auditActions(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    if (NOT_AUDITED.has(config.slug)) return config
    const drafts = typeof config.versions === 'object' && Boolean(config.versions.drafts)
    const auditors = [...(drafts ? [publicationChanges] : []), ...(CHANGES[config.slug] ?? [])]
    const hooks = { ...config.hooks }
    const after = [...(hooks.afterOperation ?? []), recordDeletions]
    if (config.versions) after.push(recordRestores)
    if (auditors.length > 0) {
      // Last, so the arguments it keys the before-state by are those the operation goes on with.
      hooks.beforeOperation = [...(hooks.beforeOperation ?? []), rememberBeforeState]
      after.push(recordChanges(auditors))
    }
    if (config.slug === 'contact-messages') after.push(recordMessageOpened, recordMessagesExported)
    hooks.afterOperation = after
    if (config.slug === 'contact-attachments' && typeof config.upload === 'object') {
      // First among the handlers, so that it runs before a storage adapter's serves the file.
      const upload = { ...config.upload, handlers: [recordAttachmentDownloaded, ...(config.upload.handlers ?? [])] }
      return { ...config, hooks, upload }
    }
    return { ...config, hooks }
  })
}
