/**
 * What a stored document shows, as cache tags (site/cache-tags.ts), read from the document itself
 * with its schema: the documents its relations name (`themes:3`, populated or not: a depth-0 row
 * holds the ids), what those populated documents name in turn, what rich text links to, and, for a
 * join field, any document of the joined collection (`news:*`: any of them may enter or leave the
 * list). Exact ids where the read cache's tags (server/read-dependencies.ts, which tags a read
 * before its answer is known) say "any": renaming one theme then projects again the news items
 * that show that theme, not every news item.
 */
import type { Payload } from 'payload'
import { anyTag, docTag } from '@/site/cache-tags'
import { asList } from './field-reach'

interface ShapeField {
  name?: string
  type: string
  relationTo?: string | string[]
  collection?: string | string[]
  flattenedFields?: ShapeField[]
  blocks?: { slug: string; flattenedFields?: ShapeField[] }[]
  blockReferences?: (string | { slug: string; flattenedFields?: ShapeField[] })[]
}

type Json = Record<string, unknown>

/** Tells, for one Payload's schema, what a stored document shows. */
export function shownDocuments(payload: Payload): (source: { collection?: string; global?: string }, doc: unknown) => Set<string> {
  const fieldsOf = (collection: string): ShapeField[] | undefined =>
    (payload.collections as Record<string, { config: { flattenedFields: ShapeField[] } } | undefined>)[collection]?.config.flattenedFields
  const blockFields = (slug: string): ShapeField[] | undefined =>
    (payload.config.blocks as { slug: string; flattenedFields?: ShapeField[] }[] | undefined)?.find((block) => block.slug === slug)
      ?.flattenedFields

  function relation(targets: string[], value: unknown, tags: Set<string>): void {
    if (value === null || value === undefined) return
    // A polymorphic relation holds `{ relationTo, value }`.
    if (typeof value === 'object' && typeof (value as Json).relationTo === 'string' && 'value' in (value as Json)) {
      relation([(value as Json).relationTo as string], (value as Json).value, tags)
      return
    }
    const target = targets[0]
    if (!target) return
    if (typeof value === 'object') {
      const id = (value as Json).id
      if (typeof id === 'string' || typeof id === 'number') tags.add(docTag(target, id))
      walk(fieldsOf(target), value as Json, tags)
    } else if (typeof value === 'string' || typeof value === 'number') tags.add(docTag(target, value))
  }

  /** Rich text (and anything without a schema here) names its targets as `{ relationTo, value }`. */
  function named(value: unknown, tags: Set<string>): void {
    if (value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const item of value) named(item, tags)
      return
    }
    const { relationTo, value: target } = value as Json
    if (typeof relationTo === 'string' && target !== undefined && target !== null) relation([relationTo], target, tags)
    else for (const child of Object.values(value)) named(child, tags)
  }

  function walk(fields: ShapeField[] | undefined, doc: Json, tags: Set<string>): void {
    // An unknown shape: anything may be shown.
    if (!fields) {
      tags.add('*')
      return
    }
    for (const field of fields) {
      const value = field.name === undefined ? undefined : doc[field.name]
      switch (field.type) {
        case 'relationship':
        case 'upload':
          for (const item of Array.isArray(value) ? value : [value]) relation(asList(field.relationTo), item, tags)
          break
        case 'join':
          for (const target of asList(field.collection)) tags.add(anyTag(target))
          for (const item of ((value as Json | undefined)?.docs as unknown[] | undefined) ?? [])
            relation(asList(field.collection), item, tags)
          break
        case 'group':
        case 'tab':
          if (value && typeof value === 'object') walk(field.flattenedFields, value as Json, tags)
          break
        case 'array':
          for (const row of Array.isArray(value) ? value : []) walk(field.flattenedFields, row as Json, tags)
          break
        case 'blocks':
          for (const row of Array.isArray(value) ? (value as Json[]) : []) {
            const type = row.blockType
            const block =
              field.blocks?.find((b) => b.slug === type) ??
              field.blockReferences
                ?.map((b) => (typeof b === 'string' ? { slug: b, flattenedFields: blockFields(b) } : b))
                .find((b) => b.slug === type)
            walk(block?.flattenedFields, row, tags)
          }
          break
        case 'richText':
        case 'json':
          named(value, tags)
          break
      }
    }
  }

  return (source, doc) => {
    const tags = new Set<string>()
    if (doc === null || typeof doc !== 'object') return tags
    if (source.collection) {
      const id = (doc as Json).id
      if (typeof id === 'string' || typeof id === 'number') tags.add(docTag(source.collection, id))
      walk(fieldsOf(source.collection), doc as Json, tags)
    } else if (source.global) {
      const fields = payload.config.globals.find((global) => global.slug === source.global)?.flattenedFields as ShapeField[] | undefined
      walk(fields, doc as Json, tags)
    }
    return tags
  }
}
