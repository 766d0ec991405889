/** The best bets for a visitor's query: the pinned items a visitor may read in that language, read from the index, in the editors' order. */
import type { Payload } from 'payload'
import type { Locale } from '@/site/routes'
import type { SearchHit } from '../backend'
import type { SearchType } from '../entries'
import type { IndexLookups } from '../lookups/lookups'
import { queryKey } from './query-key'
import { BEST_BETS_SLUG } from './validate'

interface Pinned {
  relationTo: SearchType
  value: number | { id: number }
}

export async function bestBetsFor(payload: Payload, lookups: IndexLookups, text: string, locale: Locale): Promise<SearchHit[]> {
  const key = queryKey(text, locale)
  if (!key) return []
  const found = await payload.find({
    collection: BEST_BETS_SLUG,
    where: { and: [{ queryKey: { equals: key } }, { language: { equals: locale } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { results: true },
  })
  const pinned = ((found.docs[0]?.results ?? []) as Pinned[]).map((result) => ({
    type: result.relationTo,
    refId: typeof result.value === 'object' ? result.value.id : result.value,
  }))
  // The index holds only what is published in this language (entries.ts): a draft is never shown.
  return lookups.hitsOf(locale, pinned)
}
