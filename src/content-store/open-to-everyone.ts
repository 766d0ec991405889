/**
 * Whether a collection or global reads the same for everyone: no drafts, read access that answers
 * `true` to a visitor without an account, and no field with read access of its own. Only then
 * may a read that does not ask for access checks (`overrideAccess` true or left out, the Local
 * API's default) be answered from the store, which holds what a visitor may read.
 */
import { readAsVisitor } from '@/access/hooks/read-as-visitor'
import type { SchemaField } from './field-paths'
import { type RelationShape, reachOf } from './field-reach'

/** The parts of a collection's or global's config that say who may read it. */
export interface AccessShape {
  access?: { read?: (args: unknown) => unknown }
  versions?: { drafts?: unknown } | boolean
  flattenedFields?: (SchemaField & { access?: { read?: unknown } })[]
}

function fieldsWithAccess(fields: AccessShape['flattenedFields']): boolean {
  return (fields ?? []).some(
    (field) => Boolean(field.access?.read) || fieldsWithAccess(field.flattenedFields as AccessShape['flattenedFields']),
  )
}

/**
 * Whether the server's reads without a user are a visitor's (the role matrix's
 * `anonymousReadsAsVisitor`, access/hooks/read-as-visitor.ts): access is checked even when the read
 * asks for none, so the store, which holds what a visitor reads, answers them.
 */
export function readsAsVisitor(config: AccessShape | undefined): boolean {
  const hooks = (config as { hooks?: { beforeOperation?: unknown[] } } | undefined)?.hooks?.beforeOperation ?? []
  return hooks.includes(readAsVisitor)
}

/** A visitor without an account, as access functions see one (store-schema.ts describes access once, without a running Payload). */
const VISITOR = { req: { user: null, locale: undefined, context: {} } }

/** The condition read access sets for a visitor without an account (undefined when it sets none). */
export async function visitorsWhere(config: AccessShape | undefined): Promise<unknown> {
  const answer = await config?.access?.read?.(VISITOR)
  return typeof answer === 'object' && answer !== null ? answer : undefined
}

export async function openToEveryone(config: AccessShape | undefined): Promise<boolean> {
  if (!config) return false
  if (typeof config.versions === 'object' && config.versions?.drafts) return false
  if (fieldsWithAccess(config.flattenedFields)) return false
  try {
    return (await config.access?.read?.(VISITOR)) === true
  } catch {
    return false
  }
}

/**
 * Whether a read at `depth` that skips access checks answers what a visitor's read answers: the
 * collection or global is open to everyone, and so is everything the answer lists (join fields)
 * or, from depth 1, populates (relations; rich text may populate anything, so it never is).
 */
export function openAtDepth(
  collectionConfig: (slug: string) => AccessShape | undefined,
  config: AccessShape | undefined,
  depth: number,
  blockFields?: (slug: string) => RelationShape[] | undefined,
): Promise<boolean> {
  const visit = async (shape: AccessShape | undefined, left: number, seen: Set<string>): Promise<boolean> => {
    if (!(await openToEveryone(shape))) return false
    const reach = reachOf(shape?.flattenedFields as RelationShape[] | undefined, blockFields)
    const next = new Set([...reach.joined, ...(left >= 1 ? reach.populated : [])])
    if (left >= 1 && reach.richText) return false
    for (const slug of next) {
      const mark = `${slug} ${left}`
      if (seen.has(mark)) continue
      seen.add(mark)
      if (!(await visit(collectionConfig(slug), Math.max(left - 1, 0), seen))) return false
    }
    return true
  }
  return visit(config, depth, new Set())
}
