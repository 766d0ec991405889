/**
 * Puts the audit trail on the collections: every person's deletion, restored version, publish and
 * unpublish, change of an account's roles or scope, report validated or returned, and opened
 * citizen's message leaves one event, written within the action's own transaction.
 */
import type { CollectionConfig } from 'payload'
import { accountChanges } from './changes/accounts'
import type { ChangeAuditor } from './changes/change'
import { publicationChanges } from './changes/publication'
import { reviewChanges } from './changes/reports'
import { recordChanges } from './hooks/record-changes'
import { recordDeletions } from './hooks/record-deletions'
import { recordMessageOpened } from './hooks/record-message-opened'
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
    if (config.slug === 'contact-messages') after.push(recordMessageOpened)
    hooks.afterOperation = after
    return { ...config, hooks }
  })
}
