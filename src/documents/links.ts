import type { Payload } from 'payload'
import type { Locale } from '@/site/routes'

/** What a page needs to link to a document: its title and slug in the page's language. */
export interface DocumentLink {
  id: number
  title: string
  slug?: string | null
}

/** The published documents among `ids`, for the pages that cite them (reports' evidence, a summit's documents); one query, none for no ids. */
export async function documentLinks(payload: Payload, ids: number[], locale: Locale): Promise<DocumentLink[]> {
  if (ids.length === 0) return []
  const found = await payload.find({
    collection: 'documents',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { title: true, slug: true },
  })
  return found.docs
}
