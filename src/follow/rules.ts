/**
 * What a subscription is: a subject (what is followed, as one key) and a frequency. The key is the
 * one thing stored about what is followed, so the alert matcher (a later round, see README.md) finds
 * who follows a change with one indexed `subject in (…)` query.
 */
export const FREQUENCIES = ['immediately', 'daily', 'weekly'] as const
export type Frequency = (typeof FREQUENCIES)[number]
export const isFrequency = (value: string): value is Frequency => (FREQUENCIES as readonly string[]).includes(value)

/** Each kind of subject with the collection its id points into; `all-news` stands alone. */
export const SUBJECT_COLLECTIONS = {
  theme: 'themes',
  audience: 'audiences',
  administration: 'administrations',
  page: 'pages',
  news: 'news',
  document: 'documents',
  'plan-item': 'plan-items',
  indicator: 'indicators',
} as const
export type TargetKind = keyof typeof SUBJECT_COLLECTIONS
export type SubjectKind = 'all-news' | TargetKind

export type Subject = { kind: 'all-news' } | { kind: TargetKind; id: number }

export const ALL_NEWS = 'all-news'

/** The stored key: `all-news`, or `<kind>:<id>` (`theme:3`, `plan-item:12`). */
export const subjectKey = (subject: Subject): string => (subject.kind === 'all-news' ? ALL_NEWS : `${subject.kind}:${subject.id}`)

/** A key as typed in a query string or sent by the form; undefined when it is not one of ours (the row's existence is checked apart). */
export function parseSubject(key: string): Subject | undefined {
  if (key === ALL_NEWS) return { kind: 'all-news' }
  const match = /^([a-z-]+):([1-9][0-9]{0,15})$/.exec(key)
  if (!match || !Object.hasOwn(SUBJECT_COLLECTIONS, match[1]!)) return undefined
  const id = Number(match[2])
  return Number.isSafeInteger(id) ? { kind: match[1] as TargetKind, id } : undefined
}

/** One spelling per address, so that `Anna@Example.be` and `anna@example.be` are one subscriber. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase()

/** How long the confirmation link is valid, and how long an unconfirmed subscription is kept. */
export const CONFIRM_VALID_MS = 48 * 3600 * 1000
export const UNCONFIRMED_KEPT_MS = 7 * 24 * 3600 * 1000
/** How long a link to the manage page is valid (each email carries a fresh one). */
export const MANAGE_VALID_MS = 30 * 24 * 3600 * 1000
/** Emails about following that one address gets per day at most: anyone can type anyone's address. */
export const FOLLOW_EMAILS_PER_ADDRESS_PER_DAY = 5
/** Changes older than this are not alerted any more: a site down longer than that does not mail stale news. */
export const ALERT_WINDOW_MS = 7 * 24 * 3600 * 1000
/** Follow emails (which carry links) are deleted from the outbox this long after they left. */
export const FOLLOW_EMAILS_KEPT_MS = 7 * 24 * 3600 * 1000
