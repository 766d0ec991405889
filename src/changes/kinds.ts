/** The words of a change: what kind it was and, for a withdrawal, why. One list, read by the schema, the hooks and the views. */
import { LOCALES, type Locale } from '@/site/routes'

/** `progress`, `status` and `value` are the tracker's (tracker.ts): a validated report, a status it changes, a new indicator value. */
export const CHANGE_KINDS = ['first-publish', 'major', 'minor', 'withdrawn', 'progress', 'status', 'value'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

/** What an editor chooses on publish. */
export const PUBLISH_KINDS = ['major', 'minor'] as const
export type PublishKind = (typeof PUBLISH_KINDS)[number]

/** Why something was unpublished (`replaced` comes with the replacement's address). */
export const WITHDRAWAL_REASONS = ['error', 'replaced', 'outdated'] as const
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number]

export function isWithdrawalReason(value: unknown): value is WithdrawalReason {
  return typeof value === 'string' && (WITHDRAWAL_REASONS as readonly string[]).includes(value)
}

/** The collections whose publications are recorded: they have a public page and a history on it. */
export const NOTED_COLLECTIONS = ['pages', 'news', 'documents'] as const
export type NotedCollection = (typeof NOTED_COLLECTIONS)[number]

export function isNoted(collection: string): collection is NotedCollection {
  return (NOTED_COLLECTIONS as readonly string[]).includes(collection)
}

/** How src/follow/rules.ts names each kind of subject: `page`, `news`, `document`. */
const SUBJECT_KIND: Record<NotedCollection, string> = { pages: 'page', news: 'news', documents: 'document' }

/** `page:12`, `news:3`, `document:7`: the very key a follow subscription stores, so the alert matcher joins on it as it is. */
export function subjectKeyOf(collection: NotedCollection, id: number | string): string {
  return `${SUBJECT_KIND[collection]}:${id}`
}

export const LANGUAGES: readonly Locale[] = LOCALES
