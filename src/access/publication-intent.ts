/**
 * What a write to a collection with drafts asks for, read from its arguments as Payload 3.90 reads
 * them (collections/operations/utilities/update.js, create.js): saving a draft, publishing (the
 * whole document, all languages, or one language), or unpublishing. The publication guard and the
 * audit trail read the same answer.
 */

export type PublicationIntent = 'draft' | 'publish' | 'unpublish'

/** The arguments of a create or update that bear on publication (REST sends the flags as strings). */
export interface PublicationArgs {
  data?: unknown
  draft?: unknown
  publishAllLocales?: unknown
  unpublishAllLocales?: unknown
  publishSpecificLocale?: unknown
}

const flag = (value: unknown) => value === true || value === 'true'

/** The `_status` values a write sends: one, or one per language when the status is localized. */
function sentStatuses(data: unknown): string[] {
  const status = (data as { _status?: unknown } | null | undefined)?._status
  if (typeof status === 'string') return [status]
  if (status && typeof status === 'object') return Object.values(status).filter((s): s is string => typeof s === 'string')
  return []
}

export function publicationIntent(operation: 'create' | 'update', args: PublicationArgs): PublicationIntent {
  const statuses = sentStatuses(args.data)
  const publishesAll = flag(args.publishAllLocales)
  if (operation === 'create') {
    // A new document is a draft unless it is sent published (its status defaults to draft).
    if (flag(args.draft) && !publishesAll) return 'draft'
    return statuses.includes('published') || publishesAll ? 'publish' : 'draft'
  }
  if (flag(args.unpublishAllLocales)) return 'unpublish'
  if (flag(args.draft) && !statuses.includes('published') && !publishesAll) return 'draft'
  // Saved without the draft flag, a document is written as it is sent: published, unless sent as a draft.
  if (statuses.length > 0 && !statuses.includes('published')) return 'unpublish'
  return 'publish'
}

/** Whether a collection's versions publish each language on its own (`drafts.localizeStatus`: news). */
export function hasLocalizedStatus(versions: unknown): boolean {
  const drafts = (versions as { drafts?: unknown } | undefined)?.drafts
  return Boolean(drafts && typeof drafts === 'object' && (drafts as { localizeStatus?: boolean }).localizeStatus)
}

/** The language a publication touches: every one, the one asked for, or all of them when the status is not localized. */
export function publicationLanguage(args: PublicationArgs, locale: string | undefined, localizedStatus: boolean): string | null {
  if (!localizedStatus || flag(args.publishAllLocales) || flag(args.unpublishAllLocales)) return 'all'
  if (typeof args.publishSpecificLocale === 'string') return args.publishSpecificLocale
  return locale && locale !== 'all' ? locale : 'all'
}
