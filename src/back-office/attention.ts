/**
 * What the back office's "needs my attention" dashboard shows: each capability says, for the signed-in
 * person, how many items wait for them and where the list of those items is. The dashboard
 * (src/back-office/dashboard) only collects and lays out these counts; the rules of what needs
 * attention stay with the capability that owns the content.
 */
import type { PayloadRequest } from 'payload'

/** A text in the admin's three languages. */
export interface AdminText {
  nl: string
  fr: string
  en: string
}

/** The heading a count is shown under, in this order on the dashboard. */
export type AttentionGroup = 'content' | 'translation' | 'review' | 'feedback' | 'inbox' | 'tracker' | 'email' | 'operations'

export interface AttentionCount {
  /** Stable id, also the test hook (`data-attention="…"`). */
  key: string
  group: AttentionGroup
  label: AdminText
  count: number
  /** An admin path (starting `/admin/`) to the filtered list of exactly these items; none when there is no such list (backups). */
  href?: string
  /** A finer line under the count, e.g. "French 2 · English 5" or the next publication time. */
  detail?: AdminText
}

/**
 * Counts for the person making the request; an empty list when nothing concerns their roles.
 * A provider reads with `req` (so with that person's access) and never throws for a missing
 * permission: it leaves that count out.
 */
export type AttentionProvider = (req: PayloadRequest) => Promise<AttentionCount[]>
