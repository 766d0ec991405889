/**
 * The synonym groups editors keep (search-synonyms), read once and kept until they change: every
 * change passes the invalidation point (site/invalidation.ts), which reaches every instance
 * (PostgreSQL's LISTEN/NOTIFY, SQLite's change counter), so an edit applies to the next search
 * everywhere, without a restart.
 */
import type { Payload } from 'payload'
import type { Locale } from '@/site/routes'
import { onContentChange } from '@/site/invalidation'
import { parseMembers, type SynonymGroup, type SynonymTable, synonymTable } from './expand'

export const SYNONYMS_SLUG = 'search-synonyms'

interface Loaded {
  groups: Promise<SynonymGroup[]>
  tables: Partial<Record<Locale, SynonymTable>>
}

let loaded = new WeakMap<object, Loaded>()

onContentChange((change) => {
  if (change.kind === 'everything' || change.source === SYNONYMS_SLUG) loaded = new WeakMap()
})

async function readGroups(payload: Payload): Promise<SynonymGroup[]> {
  const found = await payload.find({
    collection: SYNONYMS_SLUG,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { terms: true },
  })
  return found.docs.map((doc) => parseMembers(doc.terms ?? '')).filter((group) => group.length > 1)
}

/** The synonym table of a language, for one Payload instance. */
export async function synonymsFor(payload: Payload, locale: Locale): Promise<SynonymTable> {
  const cache = loaded
  let entry = cache.get(payload.db)
  if (!entry) {
    entry = { groups: readGroups(payload), tables: {} }
    cache.set(payload.db, entry)
    // A failed read is tried again by the next search rather than kept.
    entry.groups.catch(() => cache.delete(payload.db))
  }
  const groups = await entry.groups
  entry.tables[locale] ??= synonymTable(groups, locale)
  return entry.tables[locale]
}
