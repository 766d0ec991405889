import type { ContentChange } from './invalidation'

/**
 * Names for what a rendered page shows, so a change purges exactly the pages that show it.
 * `pages:12` is one document; `missions:*` is "any mission" (lists).
 */
export const docTag = (collection: string, id: number | string): string => `${collection}:${id}`
export const anyTag = (collection: string): string => `${collection}:*`
export const globalTag = (slug: string): string => `global:${slug}`

/** Globals that every page shows in its header or footer. */
const EVERYWHERE = new Set(['site-settings', 'navigation'])

/** The tags a change touches, or 'all' when every page shows the changed content. */
export function tagsForChange(change: ContentChange): string[] | 'all' {
  if (change.kind === 'everything') return 'all'
  if (change.kind === 'global') return EVERYWHERE.has(change.source) ? 'all' : [globalTag(change.source)]
  // Images can sit in any rich text; they change rarely, so clearing everything is cheap enough.
  if (change.source === 'media') return 'all'
  const tags = [anyTag(change.source)]
  if (change.id !== undefined) tags.push(docTag(change.source, change.id))
  return tags
}
