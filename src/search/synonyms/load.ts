/**
 * The synonym groups editors keep (search-synonyms), read once per database and kept until they
 * change: every change passes the invalidation point (site/invalidation.ts), which reaches every
 * instance (PostgreSQL's LISTEN/NOTIFY, SQLite's change counter), so an edit applies to the next
 * search everywhere, without a restart. Read from the table itself, as the index is, so that an
 * instance without Payload reads them too.
 */
import type { Locale } from '@/site/routes'
import { onContentChange } from '@/site/invalidation'
import type { IndexDatabase } from '../index-read'
import { parseMembers, type SynonymGroup, type SynonymTable, synonymTable } from './expand'

export const SYNONYMS_SLUG = 'search-synonyms'

interface Loaded {
  groups: Promise<SynonymGroup[]>
  tables: Partial<Record<Locale, SynonymTable>>
}

let loaded = new WeakMap<IndexDatabase, Loaded>()

onContentChange((change) => {
  if (change.kind === 'everything' || change.source === SYNONYMS_SLUG) loaded = new WeakMap()
})

async function readGroups(database: IndexDatabase): Promise<SynonymGroup[]> {
  const rows = await database.read('SELECT terms FROM search_synonyms ORDER BY id', [])
  return rows.map((row) => parseMembers(String(row.terms ?? ''))).filter((group) => group.length > 1)
}

/** The synonym table of a language, on one database. */
export async function synonymsFor(database: IndexDatabase, locale: Locale): Promise<SynonymTable> {
  const cache = loaded
  let entry = cache.get(database)
  if (!entry) {
    entry = { groups: readGroups(database), tables: {} }
    cache.set(database, entry)
    // A failed read is tried again by the next search rather than kept.
    entry.groups.catch(() => cache.delete(database))
  }
  const groups = await entry.groups
  entry.tables[locale] ??= synonymTable(groups, locale)
  return entry.tables[locale]
}
