/**
 * Which administration a page's feedback goes to: the owner named on the page, news item or
 * document (or the administration responsible for a service, or the administration's own page).
 * A path with no owner (the home page, lists, the tracker) gets none: its feedback is read by the
 * editors, who keep those pages.
 */
import type { Payload } from 'payload'
import { relationId } from '@/relation-id'
import { type Locale, OPEN_DATA, sectionFromSegment } from '@/site/routes'

type Owned = 'pages' | 'news' | 'documents' | 'services' | 'administrations'

/** The collection whose item a path shows, and the item's slug, when it shows one. */
function itemOf(locale: Locale, segments: string[]): { collection: Owned; slug: string } | undefined {
  const [first, second, ...rest] = segments
  if (first === undefined || rest.length > 0) return undefined
  if (second === undefined) {
    if (sectionFromSegment(locale, first) || first === OPEN_DATA[locale]) return undefined
    return { collection: 'pages', slug: first }
  }
  const section = sectionFromSegment(locale, first)
  if (section === 'news') return { collection: 'news', slug: second }
  if (section === 'documents') return { collection: 'documents', slug: second }
  if (section === 'services') return { collection: 'services', slug: second }
  if (section === 'administrations') return { collection: 'administrations', slug: second }
  return undefined
}

/** The owning administration's id for a public path in `locale`, or null when the page names none. */
export async function owningAdministration(payload: Payload, locale: Locale, path: string): Promise<number | null> {
  const segments = path.split('/').slice(2).filter(Boolean)
  const item = itemOf(locale, segments)
  if (!item) return null
  const found = await payload.find({
    collection: item.collection,
    locale,
    where: { slug: { equals: item.slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const doc = found.docs[0] as Record<string, unknown> | undefined
  if (!doc) return null
  if (item.collection === 'administrations') return doc.id as number
  // A news item or service names the administration it is about; the review owner answers otherwise.
  const named = relationId(doc.administration as number | { id: number } | null | undefined)
  return named ?? relationId(doc.ownerAdministration as number | { id: number } | null | undefined)
}
