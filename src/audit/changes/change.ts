/** What an auditor of changes is given, and what it answers: the audit events one written document leaves. */
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import type { PublicationArgs } from '@/access/publication-intent'
import type { AuditEvent } from '../record'
import type { StoredDoc } from '../stored-state'

export interface Change {
  operation: 'create' | 'update'
  /** The document as stored before the write; none for a new one. */
  before: StoredDoc | undefined
  /** The document as stored after it. */
  after: StoredDoc
  /** The write's arguments (draft and publication flags, data). */
  args: PublicationArgs
  collection: SanitizedCollectionConfig
  req: PayloadRequest
}

export type ChangeAuditor = (change: Change) => AuditEvent[]
