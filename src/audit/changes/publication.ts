/** Publishing and unpublishing, per language where the status is localized (news), as they happened to the live document. */
import { hasLocalizedStatus, type PublicationArgs, publicationIntent, publicationLanguage } from '@/access/publication-intent'
import type { ChangeAuditor } from './change'

/** Whether the live document is published in this language ('all': in any language). */
function publishedIn(status: unknown, language: string | null): boolean {
  if (typeof status === 'string') return status === 'published'
  if (!status || typeof status !== 'object') return false
  const statuses = status as Record<string, unknown>
  if (language === null || language === 'all') return Object.values(statuses).includes('published')
  return statuses[language] === 'published'
}

export const publicationChanges: ChangeAuditor = ({ operation, before, after, args, collection, req }) => {
  const intent = publicationIntent(operation, args as PublicationArgs)
  // A draft leaves the live document as it was.
  if (intent === 'draft') return []
  const language = publicationLanguage(args, req.locale ?? undefined, hasLocalizedStatus(collection.versions))
  const event = { collection: collection.slug, documentId: after.id, language }
  const now = publishedIn(after._status, language)
  // Saving a published document again is a publish too: the new text went live.
  if (now && intent === 'publish') return [{ action: 'publish', ...event }]
  if (!now && publishedIn(before?._status, language)) return [{ action: 'unpublish', ...event }]
  return []
}
