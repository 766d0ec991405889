/**
 * What a Local API read depends on, as the cache tags of site/cache-tags.ts: an answer kept by the
 * read cache is dropped when a change touches any of them, and a page that made the read carries
 * them too. Erring broad is the rule: a tag too many costs one read again, a tag missing serves
 * stale content.
 *
 * - the read itself: a `find` or `count` on `news` depends on `news:*` (any news item may enter or
 *   leave the answer), a `findByID` of pages 12 on `pages:12`, a `findGlobal` on `global:<slug>`;
 * - what its depth populates: every collection a relationship or upload field can point to, at
 *   every level the depth reaches, as `<collection>:*` (the schema says which, not the answer);
 * - join fields list the other side's ids even at depth 0: `<collection>:*` at any depth;
 * - rich text links and relations name their target (`{ relationTo, value }`): found in the answer
 *   and tagged by id, with what those targets populate in turn;
 * - a `where` or `sort` on a related field's path (`theme.slug`) depends on what that path crosses.
 */
import { asList } from '@/content-store/field-reach'
import { STORE_SCHEMA } from '@/content-store/store-schema.generated'
import { globalSource } from '@/content-store/stored'
import type { StoreSchema } from '@/content-store/store-schema'
import { anyTag, docTag, globalTag } from '@/site/cache-tags'

export interface ReadArguments {
  collection?: string
  slug?: string
  id?: string | number
  depth?: number
  where?: unknown
  sort?: unknown
  joins?: unknown
}

export type ReadMethod = 'find' | 'findByID' | 'findGlobal' | 'count'

/**
 * Tells what each read depends on, from what the schema's collections and globals point to (the
 * committed description of the Payload config, content-store/store-schema.ts).
 */
export function readDependencies(
  schema: Pick<StoreSchema, 'defaultDepth' | 'relations'> = STORE_SCHEMA,
): (method: ReadMethod, args: ReadArguments, answer: unknown) => Set<string> {
  /** An unknown source cannot be walked: any change at all may matter. */
  const UNKNOWN = { populated: ['*'], joined: [] }
  /** Adds what the documents of `key` (a collection's slug, or globalSource's name) bring in at `depth`, and what those bring in, and so on. */
  function reach(key: string, depth: number, tags: Set<string>, seen = new Set<string>()): void {
    const mark = `${key} ${depth}`
    if (seen.has(mark)) return
    seen.add(mark)
    const { populated, joined } = schema.relations[key] ?? UNKNOWN
    for (const target of joined) {
      tags.add(anyTag(target))
      if (depth >= 1) reach(target, depth - 1, tags, seen)
    }
    if (depth < 1) return
    for (const target of populated) {
      tags.add(target === '*' ? '*' : anyTag(target))
      if (target !== '*') reach(target, depth - 1, tags, seen)
    }
  }

  /** Rich text (and polymorphic relationships) say what they point to: tag each by id. */
  function named(value: unknown, depth: number, tags: Set<string>, seen: Set<string>): void {
    if (value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const item of value) named(item, depth, tags, seen)
      return
    }
    const { relationTo, value: target } = value as { relationTo?: unknown; value?: unknown }
    if (typeof relationTo === 'string' && target !== undefined && target !== null) {
      const id = typeof target === 'object' ? (target as { id?: unknown }).id : target
      if (typeof id === 'string' || typeof id === 'number') tags.add(docTag(relationTo, id))
      else tags.add(anyTag(relationTo))
      if (typeof target === 'object') reach(relationTo, Math.max(depth - 1, 0), tags, seen)
    }
    for (const child of Object.values(value)) named(child, depth, tags, seen)
  }

  return (method, args, answer) => {
    const tags = new Set<string>()
    const key = method === 'findGlobal' ? globalSource(String(args.slug)) : String(args.collection)
    if (method === 'findGlobal') tags.add(globalTag(String(args.slug)))
    else if (method === 'findByID' && args.id !== undefined) tags.add(docTag(String(args.collection), args.id))
    else tags.add(anyTag(String(args.collection)))
    if (method === 'count') {
      reach(key, pathDepth(args), tags)
      return tags
    }
    const depth = args.depth ?? schema.defaultDepth
    const seen = new Set<string>()
    // `joins: false` leaves join fields out of the answer; the walk still counts them (broad).
    reach(key, Math.max(depth, pathDepth(args)), tags, seen)
    if (depth >= 1) named(answer, depth, tags, seen)
    return tags
  }
}

/** How many relations a `where` or `sort` path may cross (`theme.slug` is one). */
function pathDepth({ where, sort }: ReadArguments): number {
  let deepest = 0
  const visit = (value: unknown) => {
    if (value === null || typeof value !== 'object') return
    for (const [path, child] of Object.entries(value)) {
      if (path !== 'and' && path !== 'or') deepest = Math.max(deepest, path.split('.').length - 1)
      visit(child)
    }
  }
  visit(where)
  for (const path of asList(sort as string | string[] | undefined)) deepest = Math.max(deepest, path.split('.').length - 1)
  return deepest
}
