/** The parts of a Payload field that say what it points to. */
export interface RelationShape {
  type: string
  relationTo?: string | string[]
  collection?: string | string[]
  flattenedFields?: RelationShape[]
  blocks?: { flattenedFields?: RelationShape[] }[]
  blockReferences?: (string | { flattenedFields?: RelationShape[] })[]
}

export interface Reach {
  /** The targets of relationship and upload fields: what a read populates from depth 1. */
  populated: Set<string>
  /** What join fields list, at any depth. */
  joined: Set<string>
  /** Whether a field holds rich text or blocks, which may link to anything. */
  richText: boolean
}

/** A config's one-or-many value (`relationTo`, a join's `collection`, a `sort`) as a list. */
export const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/**
 * What fields reach, through groups, tabs, arrays and blocks; a block named by reference is read
 * from `blockFields` (the config's own blocks).
 */
export function reachOf(
  fields: readonly RelationShape[] | undefined,
  blockFields: (slug: string) => RelationShape[] | undefined = () => undefined,
): Reach {
  const reach: Reach = { populated: new Set(), joined: new Set(), richText: false }
  const walk = (level: readonly RelationShape[] | undefined) => {
    for (const field of level ?? []) {
      if (field.type === 'relationship' || field.type === 'upload')
        for (const target of asList(field.relationTo)) reach.populated.add(target)
      if (field.type === 'join') for (const target of asList(field.collection)) reach.joined.add(target)
      if (field.type === 'richText' || field.type === 'blocks') reach.richText = true
      walk(field.flattenedFields)
      for (const block of field.blocks ?? []) walk(block.flattenedFields)
      for (const block of field.blockReferences ?? []) walk(typeof block === 'string' ? blockFields(block) : block.flattenedFields)
    }
  }
  walk(fields)
  return reach
}
