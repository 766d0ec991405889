/**
 * The role matrix: for every collection and global, what each role (and an anonymous visitor) may
 * do. Access functions are built from it (from-matrix.ts), hooks enforce the publishing actions it
 * grants (hooks/guard-publication.ts), the README's role table is rendered from it
 * (roles-table.ts), and an end-to-end test walks every cell over REST and GraphQL.
 */
import type { ConditionName } from './conditions'
import { ROLES, type Role } from './roles'

export const ACTIONS = ['read', 'create', 'update', 'delete', 'publish', 'unpublish', 'restore-version', 'schedule'] as const
export type Action = (typeof ACTIONS)[number]

/** Who a cell is for: a role, or `visitor` for a request without a signed-in user. */
export const SUBJECTS = ['visitor', ...ROLES] as const
export type Subject = (typeof SUBJECTS)[number]

/** `yes`, or yes under a named condition; an action a subject is not granted is no. */
export type Cell = 'yes' | ConditionName
export type Grants = Partial<Record<Action, Cell>>

/**
 * Workflow steps: actions that are an update of a particular kind (a report submitted, sent back
 * or validated, a summit's stock taken). Who may take each is a row's `steps`; the hook that
 * enforces the workflow and the admin's buttons both read it.
 */
export const STEPS = ['submit', 'send-back', 'validate', 'take-stock'] as const
export type Step = (typeof STEPS)[number]
export type StepGrants = Partial<Record<Step, Partial<Record<Subject, Cell>>>>

export interface MatrixRow {
  kind: 'collection' | 'global'
  /**
   * Which publishing actions exist: `drafts` gives publish, unpublish and restore-version;
   * `scheduled` adds schedule. Checked against the collection's `versions` at start-up.
   */
  publishing?: 'drafts' | 'scheduled'
  grants: Partial<Record<Subject, Grants>>
  /**
   * Server code that reads without a user (the public pages, open data, the sitemap, feeds) reads
   * as a visitor: their cells apply, even where the call overrides access (hooks/read-as-visitor.ts).
   */
  anonymousReadsAsVisitor?: true
  /** Who may take each workflow step (on the documents they may update). */
  steps?: StepGrants
  /** Rules that are not cells (field-level access, workflows), named where they are enforced. */
  rules?: readonly string[]
  /**
   * Top-level fields only these subjects read: everyone else, visitors included, gets the document
   * without them, over every API and in the content store (enforce-matrix.ts gives each its read access).
   */
  fieldReads?: Readonly<Record<string, readonly Subject[]>>
}

type CollectionRow = MatrixRow & { kind: 'collection' }

const ALL: Grants = {
  read: 'yes',
  create: 'yes',
  update: 'yes',
  delete: 'yes',
  publish: 'yes',
  unpublish: 'yes',
  'restore-version': 'yes',
  schedule: 'yes',
}
const READ: Grants = { read: 'yes' }
const READ_PUBLISHED: Grants = { read: 'published' }
const TRANSLATE: Grants = { read: 'yes', update: 'localized-text' }
const IN_PUBLISHED_VERSION: Grants = { read: 'in-published-version' }

/** The same grants for each of these subjects. */
function each(subjects: readonly Subject[], grants: Grants): Partial<Record<Subject, Grants>> {
  return Object.fromEntries(subjects.map((subject) => [subject, grants]))
}

const NOT_CONTENT_STAFF: readonly Subject[] = ['visitor', 'contact-handler', 'follow-up', 'evaluator', 'partner']
const EVERYONE: readonly Subject[] = SUBJECTS
const TRANSLATOR_RULE =
  'a translator’s update changes no field shared by all languages, at any depth: the admin shows them read-only (field access, `src/access/shared-field-access.ts`) and a write that would change one is refused with the field named, never quietly undone (`src/access/hooks/refuse-shared-field-changes.ts`); it is a draft where there are drafts, and the admin offers no publish control to a role the matrix does not let publish (`src/access/from-matrix.ts`)'

const FOUR_EYES_RULE =
  'where the site settings ask a second person’s approval for this content, a publication (also a scheduled one) goes through only for someone other than who submitted it for approval, of what was submitted (`src/back-office/approval/hooks.ts`); the admin offers the publish buttons only then'

/** Editorial content with drafts: visitors read what is published, translators translate drafts, editors publish. */
function editorial(publishing: 'drafts' | 'scheduled'): CollectionRow {
  return {
    kind: 'collection',
    publishing,
    grants: { ...each(NOT_CONTENT_STAFF, READ_PUBLISHED), admin: ALL, editor: ALL, translator: TRANSLATE },
    rules: [TRANSLATOR_RULE, FOUR_EYES_RULE],
  }
}

/** Public reference content without drafts, kept by editors and translated by translators. */
function reference(): CollectionRow {
  return {
    kind: 'collection',
    grants: { ...each(NOT_CONTENT_STAFF, READ), admin: ALL, editor: ALL, translator: TRANSLATE },
    rules: [TRANSLATOR_RULE],
  }
}

/** The tracker's public structure, kept by the follow-up cell. */
function keptByFollowUp(extra: Partial<Record<Subject, Grants>> = {}): CollectionRow {
  return {
    kind: 'collection',
    grants: { ...each(EVERYONE, READ), admin: ALL, 'follow-up': ALL, ...extra },
  }
}

/** What editors keep for the site search: visitors meet it on the results page only, never through the API. */
function keptForSearch(): CollectionRow {
  const keep: Grants = { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' }
  return {
    kind: 'collection',
    grants: { admin: keep, editor: keep },
    rules: ['visitors meet synonyms and best bets through the results page only (`src/search/curated-search.ts`), never through the API'],
  }
}

const CONTACT_STAFF_READ: Grants = { read: 'own-administrations' }

export const MATRIX = {
  // organisation
  pages: editorial('drafts'),
  // The contact form's messages go to `notificationEmail`, which may be an internal mailbox: who keeps administrations reads it.
  administrations: { ...reference(), fieldReads: { notificationEmail: ['admin', 'editor', 'translator'] } },
  missions: reference(),
  // news
  news: editorial('scheduled'),
  themes: reference(),
  audiences: reference(),
  // services: the tasks a visitor comes to do (grants, permits, licences); published in all languages at once, as pages are
  services: { ...editorial('drafts'), rules: [TRANSLATOR_RULE] },
  // media and documents
  media: { kind: 'collection', grants: { ...each(EVERYONE, READ), admin: ALL, editor: ALL } },
  documents: editorial('drafts'),
  'document-files': {
    kind: 'collection',
    grants: { admin: ALL, editor: ALL, translator: READ },
    rules: ['visitors get a PDF through its published document’s page (documents/http/serve-file.ts), never through the API'],
  },
  // A new version is prepared as a draft, its plan items by the follow-up cell (who therefore reads drafts), and published when adopted.
  'plan-versions': {
    ...editorial('drafts'),
    grants: { ...editorial('drafts').grants, 'follow-up': READ },
    rules: [TRANSLATOR_RULE],
    anonymousReadsAsVisitor: true,
  },
  // public addresses: old slugs kept as redirects, shareable previews of drafts
  'slug-redirects': {
    kind: 'collection',
    grants: { admin: { read: 'yes', delete: 'yes' }, editor: { read: 'yes', delete: 'yes' } },
    rules: ['written by the server when a published slug changes (site/slugs/hooks/record-slug-redirect.ts)'],
  },
  'content-changes': {
    kind: 'collection',
    grants: { admin: READ, editor: READ },
    rules: [
      'written by the server only, in the transaction of the publish or unpublish it records, never changed or deleted through any API (`src/changes`); visitors read it only through the public pages (history, feeds, the 410 of an unpublished address)',
      'a major publish needs a change note in each language it publishes, an unpublish a reason (`src/changes/hooks/plan-change.ts`)',
    ],
  },
  'approval-requests': {
    kind: 'collection',
    grants: { admin: READ, editor: READ },
    rules: [
      'written by the server only: submitted, withdrawn and returned through the approval steps by who may publish, approved by publishing (`src/back-office/approval/steps.ts`, `hooks.ts`)',
    ],
  },
  'preview-links': {
    kind: 'collection',
    grants: {
      admin: { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' },
      editor: { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' },
    },
    rules: ['visitors open a link’s draft at its address only (site/preview-links/open.ts), never through the API'],
  },
  // search: what editors keep for the site search (src/search/synonyms, src/search/best-bets)
  'search-synonyms': keptForSearch(),
  'search-best-bets': keptForSearch(),
  // what people look for: counts written by the results page, read by editors (src/search/queries)
  'search-query-counts': {
    kind: 'collection',
    grants: { admin: READ, editor: READ },
    rules: [
      'written by the results page only, as counts without anything about who searched; deleted by the retention job after 13 months (`src/search/queries`)',
    ],
  },
  // tracker
  'plan-items': {
    ...keptByFollowUp({ ...each(['visitor', 'translator', 'contact-handler', 'evaluator', 'partner'], IN_PUBLISHED_VERSION) }),
    anonymousReadsAsVisitor: true,
  },
  partners: keptByFollowUp(),
  'progress-reports': {
    kind: 'collection',
    grants: {
      ...each(['visitor', 'editor', 'translator', 'contact-handler', 'evaluator'], { read: 'validated-in-published-version' }),
      // A validated report is public record: its values change only by a correction (see corrections), and it is
      // never deleted, for admins too (a deletion would take it out of the record without a trace).
      admin: { read: 'yes', create: 'yes', update: 'not-validated', delete: 'not-validated' },
      'follow-up': { read: 'yes', create: 'yes', update: 'not-validated', delete: 'not-validated' },
      partner: { read: 'own-organisations', create: 'for-own-organisations', update: 'own-open-reports', delete: 'own-draft-reports' },
    },
    steps: {
      submit: { admin: 'yes', 'follow-up': 'yes', partner: 'for-own-organisations' },
      'send-back': { admin: 'yes', 'follow-up': 'yes' },
      validate: { admin: 'yes', 'follow-up': 'yes' },
    },
    rules: [
      'the report workflow (tracker/collections/hooks/enforce-report-workflow.ts): a partner submits, the follow-up cell validates or sends back with a reason',
      '`reviewNote` is read by the follow-up cell and the reporting partner only, and written by the cell',
      '`validatedBy` is read by the follow-up cell only',
      'a validated report’s values are refused to a plain edit for every role, whatever the client (tracker/collections/hooks/enforce-report-workflow.ts): they change only by a correction',
    ],
  },
  // The cell asks for reports on a period by a deadline; everyone reads when reports are due.
  'reporting-rounds': {
    kind: 'collection',
    grants: {
      ...each(['visitor', 'editor', 'translator', 'contact-handler', 'evaluator', 'partner'], READ),
      admin: { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' },
      'follow-up': { read: 'yes', create: 'yes', update: 'yes' },
    },
    rules: [
      'a closed round does not open again (tracker/rounds/hooks/guard-round.ts); closing it closes its period: no report on that period is written or changed by anyone signed in (tracker/rounds/hooks/refuse-report-in-closed-round.ts), a validated one changes only by a correction',
      'the completeness export of a round (`/api/reporting-rounds/:id/completeness.csv`) answers the follow-up cell and admins only (tracker/rounds/completeness-endpoint.ts)',
      'the round’s spreadsheet (`/api/reporting-rounds/:id/sheet.csv`, `sheet.xlsx`, upload `POST /api/reporting-rounds/:id/sheet`) answers the follow-up cell and admins with every measure of the round, a partner with its own organisations’ measures only, nobody else (tracker/rounds/sheet/scope.ts); an upload writes nothing until confirmed',
    ],
    anonymousReadsAsVisitor: true,
  },
  // A spreadsheet's dry run waiting for its uploader's confirmation.
  'round-imports': {
    kind: 'collection',
    grants: {},
    rules: [
      'written and read by the round’s spreadsheet endpoints only (tracker/rounds/sheet/http.ts): only its uploader sees its dry run and confirms it (`POST /api/round-imports/:id/confirm`), before it expires, while the round is as it was (tracker/rounds/sheet/service.ts); a partner’s confirmed file creates or updates submitted reports of its own organisations only, never a validated one',
    ],
  },
  indicators: keptByFollowUp({ evaluator: { read: 'yes', create: 'yes', update: 'yes' } }),
  'indicator-observations': {
    ...keptByFollowUp({ evaluator: { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' } }),
    rules: [
      'a final (not provisional) value is refused to a plain edit of its date, value, unit or indicator for every role (tracker/collections/hooks/refuse-edit-of-final-observation.ts): it changes only by a correction',
    ],
  },
  // What was public and had to change: written once, by the cell, never edited nor deleted.
  corrections: {
    kind: 'collection',
    grants: {
      ...each(['visitor', 'editor', 'translator', 'contact-handler', 'evaluator', 'partner'], IN_PUBLISHED_VERSION),
      admin: { read: 'yes', create: 'yes' },
      'follow-up': { read: 'yes', create: 'yes' },
    },
    rules: [
      'a correction keeps the old values and applies its new ones to the validated report or final indicator value in the transaction it is written in; where there is none (SQLite), a failed write takes the correction back out (tracker/corrections/hooks/record-correction.ts)',
      '`correctedBy` is read by the follow-up cell only',
    ],
    anonymousReadsAsVisitor: true,
  },
  // What became of each item from one version to the next: kept by the cell, public with the later version.
  'lineage-links': {
    kind: 'collection',
    grants: {
      ...each(['visitor', 'editor', 'translator', 'contact-handler', 'evaluator', 'partner'], IN_PUBLISHED_VERSION),
      admin: { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' },
      'follow-up': { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' },
    },
    rules: [
      'a link points to items of an earlier version (by year), on the same or a neighbouring level, closes no loop; a dropped item needs its reason in nl/fr/en and “new” has no source (tracker/lineage/hooks/check-lineage-link.ts)',
    ],
    anonymousReadsAsVisitor: true,
  },
  'social-summits': { ...keptByFollowUp(), steps: { 'take-stock': { admin: 'yes', 'follow-up': 'yes' } } },
  // contact
  'contact-messages': {
    kind: 'collection',
    grants: {
      admin: { read: 'yes', update: 'yes', delete: 'yes' },
      'contact-handler': { read: 'own-administrations', update: 'own-administrations' },
    },
    rules: [
      'messages are created by the public form only',
      'what the visitor wrote is never changed; only an admin passes a message to another administration',
    ],
  },
  'contact-topics': reference(),
  'standard-replies': {
    kind: 'collection',
    grants: {
      admin: { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' },
      'contact-handler': { read: 'own-administrations', update: 'own-administrations', delete: 'own-administrations' },
    },
    rules: ['only an admin writes a new standard reply or gives it to another administration'],
  },
  'email-outbox': {
    kind: 'collection',
    grants: { admin: { read: 'yes', delete: 'yes' }, 'contact-handler': CONTACT_STAFF_READ },
    rules: ['emails are written by the server and sent by the outbox job'],
  },
  'contact-attachments': {
    kind: 'collection',
    grants: { admin: { read: 'yes', delete: 'yes' }, 'contact-handler': CONTACT_STAFF_READ },
  },
  'contact-deletions': { kind: 'collection', grants: { admin: READ }, rules: ['written by the retention job only'] },
  'contact-counters': { kind: 'collection', grants: {}, rules: ['the reference counters: the server’s only'] },
  // page feedback: "Is this page useful?" on every public page
  'page-feedback': {
    kind: 'collection',
    grants: {
      admin: { read: 'yes', delete: 'yes' },
      editor: READ,
      'contact-handler': CONTACT_STAFF_READ,
    },
    rules: [
      'written by the public form only (feedback/http/receive.ts), for the administration that owns the page; nobody edits what a visitor wrote',
    ],
  },
  // follow by email (src/follow): written by the public follow pages only
  'follow-subscribers': {
    kind: 'collection',
    grants: { admin: { read: 'yes', delete: 'yes' } },
    rules: [
      'email addresses: read by admins only; written by the public follow form and the signed links in follow emails only (`src/follow/store.ts`); deleted with their last subscription and by the retention job',
    ],
  },
  'follow-subscriptions': {
    kind: 'collection',
    grants: { admin: { read: 'yes', delete: 'yes' }, editor: READ },
    rules: [
      'editors read what is followed and how often (no address: that is on the subscriber); unconfirmed subscriptions are deleted by the retention job after 7 days (`src/follow/retention.ts`)',
    ],
  },
  'follow-pending-digests': {
    kind: 'collection',
    grants: { admin: READ },
    rules: ['written by the alert job and deleted by the digest job only (`src/follow/alerts`): what waits for a daily or weekly digest'],
  },
  'follow-alerted-changes': {
    kind: 'collection',
    grants: { admin: READ },
    rules: ['written by the alert job only, one row per change it handled (`src/follow/alerts/job.ts`); deleted by the follow retention'],
  },
  // accounts and their audit trail
  users: {
    kind: 'collection',
    grants: {
      admin: { read: 'yes', create: 'yes', update: 'yes', delete: 'yes' },
      ...each(['editor', 'translator', 'contact-handler', 'follow-up', 'evaluator', 'partner'], {
        read: 'own-account',
        update: 'own-account',
      }),
    },
    rules: ['only an admin sets roles, administrations and partner organisations'],
  },
  'audit-events': {
    kind: 'collection',
    grants: { admin: READ },
    rules: ['written by the server only, never changed or deleted through any API; the retention job removes old events'],
  },
  // globals
  home: {
    kind: 'global',
    grants: { ...each(EVERYONE, READ), admin: { read: 'yes', update: 'yes' }, editor: { read: 'yes', update: 'yes' } },
  },
  navigation: {
    kind: 'global',
    grants: { ...each(EVERYONE, READ), admin: { read: 'yes', update: 'yes' }, editor: { read: 'yes', update: 'yes' } },
  },
  'site-settings': { kind: 'global', grants: { ...each(EVERYONE, READ), admin: { read: 'yes', update: 'yes' } } },
} as const satisfies Record<string, MatrixRow>

export type MatrixSlug = keyof typeof MATRIX

/** The actions that exist on this row: publishing actions only where it has drafts (and schedule where it is scheduled). */
export function actionsOf(row: MatrixRow): readonly Action[] {
  if (row.kind === 'global') return ['read', 'update']
  if (row.publishing === 'scheduled') return ACTIONS
  if (row.publishing === 'drafts') return ACTIONS.filter((action) => action !== 'schedule')
  return ['read', 'create', 'update', 'delete']
}

/** What the matrix says for this subject: the cell, or undefined for no (or for an action the row does not have). */
export function cellOf(slug: MatrixSlug, subject: Subject, action: Action): Cell | undefined {
  const row: MatrixRow = MATRIX[slug]
  if (!actionsOf(row).includes(action)) return undefined
  return row.grants[subject]?.[action]
}

/** Who may take this workflow step on this row: the cell, or undefined for no. */
export function stepCellOf(slug: MatrixSlug, subject: Subject, step: Step): Cell | undefined {
  const row: MatrixRow = MATRIX[slug]
  return row.steps?.[step]?.[subject]
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value)
}
