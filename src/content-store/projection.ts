/**
 * Projects published content into the store's rows: each document exactly as an anonymous
 * visitor's Local API read returns it (`overrideAccess: false`, no user, `draft: false`), in every
 * variant the store holds, with the tags of what it shows (shown-documents.ts) so that a change
 * to any of them projects it again.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { applySelect } from './answers'
import type { SchemaField } from './field-paths'
import { queryKeys } from './query-keys'
import { shownDocuments } from './shown-documents'
import { configOf, FACT_VARIANT, globalSource, STORED_CARDS, STORED_COLLECTIONS, STORED_GLOBALS, type Variant, variantsOf } from './stored'

export interface StoreRow extends Variant {
  collection: string
  docId: number
  slug: string | null
  data: string
  /** The answer with only the fields lists show (stored.ts: STORED_CARDS), as JSON text; null where lists read the whole. */
  card: string | null
  /** What conditions and sorts read (query-keys.ts), as JSON text. */
  keys: string
}

export interface Projection {
  rows: StoreRow[]
  /** What each projected document shows, by `collection id`. */
  dependencies: Map<string, Set<string>>
}

/** A collection visitors may not read at all has nothing to store. */
function nothingForVisitors(error: unknown): never[] {
  if ((error as { name?: string }).name === 'Forbidden') return []
  throw error
}

const key = (collection: string, id: number) => `${collection} ${id}`

const fieldsOf = (payload: Payload, collection: string): readonly SchemaField[] =>
  (configOf(payload, collection) as { flattenedFields?: SchemaField[] } | undefined)?.flattenedFields ?? []

/** Rows of documents of one collection (all of them, or those with these ids) in every variant. */
export async function projectCollection(payload: Payload, collection: string, ids?: readonly number[]): Promise<Projection> {
  const shows = shownDocuments(payload)
  const fields = fieldsOf(payload, collection)
  const card = STORED_CARDS[collection]
  const rows: StoreRow[] = []
  const dependencies = new Map<string, Set<string>>()
  // The variants are read side by side (PostgreSQL answers them on several connections of its pool).
  const variants = variantsOf(STORED_COLLECTIONS[collection] ?? [])
  const answers = await Promise.all(
    variants.map((variant) =>
      payload
        .find({
          collection: collection as CollectionSlug,
          where: ids ? { id: { in: [...ids] } } : undefined,
          locale: variant.locale as never,
          fallbackLocale: (variant.fallback || false) as never,
          depth: variant.depth,
          draft: false,
          overrideAccess: false,
          pagination: false,
        })
        .then((answer) => answer.docs, nothingForVisitors),
    ),
  )
  for (const [index, variant] of variants.entries()) {
    for (const doc of answers[index] as unknown as Record<string, unknown>[]) {
      const docId = Number(doc.id)
      rows.push({
        collection,
        docId,
        ...variant,
        slug: typeof doc.slug === 'string' ? doc.slug : null,
        data: JSON.stringify(doc),
        card: card ? JSON.stringify(applySelect(doc, card)) : null,
        keys: queryKeys(fields, doc),
      })
      const tags = dependencies.get(key(collection, docId)) ?? new Set<string>()
      for (const tag of shows({ collection }, doc)) tags.add(tag)
      dependencies.set(key(collection, docId), tags)
    }
  }
  // A document no longer public in any variant has no rows and shows nothing.
  for (const id of ids ?? []) if (!dependencies.has(key(collection, id))) dependencies.set(key(collection, id), new Set())
  return { rows, dependencies }
}

/** A global's rows in every variant. */
export async function projectGlobal(payload: Payload, slug: string): Promise<Projection> {
  const shows = shownDocuments(payload)
  const collection = globalSource(slug)
  const rows: StoreRow[] = []
  const tags = new Set<string>()
  const variants = variantsOf(STORED_GLOBALS[slug] ?? [])
  const docs = await Promise.all(
    variants.map((variant) =>
      payload.findGlobal({
        slug: slug as GlobalSlug,
        locale: variant.locale as never,
        fallbackLocale: (variant.fallback || false) as never,
        depth: variant.depth,
        draft: false,
        overrideAccess: false,
      }),
    ),
  )
  for (const [index, variant] of variants.entries()) {
    const doc = docs[index]
    // A global is read whole, never searched: no keys to query.
    rows.push({ collection, docId: 0, ...variant, slug: null, data: JSON.stringify(doc), card: null, keys: '{}' })
    for (const tag of shows({ global: slug }, doc)) tags.add(tag)
  }
  return { rows, dependencies: new Map([[key(collection, 0), tags]]) }
}

/**
 * Rows of a collection of facts (stored.ts: STORED_FACTS) as the server reads them: all of them, or
 * those with these ids. They show nothing else, so they have no dependencies.
 */
export async function projectFacts(payload: Payload, collection: string, ids?: readonly number[]): Promise<Projection> {
  const answer = await payload.find({
    collection: collection as CollectionSlug,
    where: ids ? { id: { in: [...ids] } } : undefined,
    locale: FACT_VARIANT.locale as never,
    fallbackLocale: false as never,
    depth: FACT_VARIANT.depth,
    overrideAccess: true,
    pagination: false,
  })
  const fields = fieldsOf(payload, collection)
  const rows = (answer.docs as unknown as Record<string, unknown>[]).map(
    (doc): StoreRow => ({
      collection,
      docId: Number(doc.id),
      ...FACT_VARIANT,
      slug: null,
      data: JSON.stringify(doc),
      card: null,
      keys: queryKeys(fields, doc),
    }),
  )
  return { rows, dependencies: new Map() }
}
