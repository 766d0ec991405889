/**
 * Which subject keys a change touches (see ../rules.ts for the keys). A news item reaches the
 * followers of all news, of its themes, audiences and administration and of the item itself; a page
 * or a document the followers of it and of the administration that owns it; a plan item's validated
 * report or status change, and an indicator's new value, the followers of that item or indicator.
 * A measure's report also reaches the followers of the objectives and pillar above it.
 * A withdrawal reaches only the followers of the withdrawn item: a theme's followers never followed it.
 */
import { ALL_NEWS, subjectKey } from '../rules'

export type ChangedItem =
  | { kind: 'news'; id: number; themes: number[]; audiences: number[]; administration: number | null }
  | { kind: 'page' | 'document'; id: number; administration: number | null }
  | { kind: 'plan-item'; id: number; ancestors: number[] }
  | { kind: 'indicator'; id: number }

export function touchedKeys(item: ChangedItem, withdrawn = false): string[] {
  const own = subjectKey({ kind: item.kind, id: item.id })
  if (withdrawn) return [own]
  const keys = new Set<string>([own])
  if (item.kind === 'news') {
    keys.add(ALL_NEWS)
    for (const id of item.themes) keys.add(subjectKey({ kind: 'theme', id }))
    for (const id of item.audiences) keys.add(subjectKey({ kind: 'audience', id }))
  }
  if (item.kind === 'plan-item') for (const id of item.ancestors) keys.add(subjectKey({ kind: 'plan-item', id }))
  if ((item.kind === 'news' || item.kind === 'page' || item.kind === 'document') && item.administration !== null) {
    keys.add(subjectKey({ kind: 'administration', id: item.administration }))
  }
  return [...keys]
}
