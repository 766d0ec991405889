/** What changed between two versions, from the links recorded between them: pure, so the page, the tests and the open data agree. */
import { LINEAGE_KINDS, type LineageKind } from './kinds'
import type { PublicLink } from './read'

export interface VersionComparison {
  /** Links per kind, every kind present (0 when none). */
  counts: Record<LineageKind, number>
  /** The links of each kind, in the order given. */
  byKind: Record<LineageKind, PublicLink[]>
  /** Items of the earlier version no link names, and items of the later one with no link. */
  untracedBefore: number[]
  untracedAfter: number[]
}

/**
 * Compares two versions given the ids of their items and every link: a link counts when it belongs to
 * the later version and its sources (if any) are items of the earlier one.
 */
export function compareVersions(
  beforeIds: readonly number[],
  afterIds: readonly number[],
  links: readonly PublicLink[],
): VersionComparison {
  const before = new Set(beforeIds)
  const after = new Set(afterIds)
  const between = links.filter(
    (link) =>
      (link.item === null || after.has(link.item)) &&
      (link.kind === 'new' ? link.item !== null : link.from.length > 0 && link.from.every((id) => before.has(id))),
  )
  const byKind = Object.fromEntries(LINEAGE_KINDS.map((kind) => [kind, between.filter((link) => link.kind === kind)])) as Record<
    LineageKind,
    PublicLink[]
  >
  const counts = Object.fromEntries(LINEAGE_KINDS.map((kind) => [kind, byKind[kind].length])) as Record<LineageKind, number>
  const named = new Set(between.flatMap((link) => link.from))
  const placed = new Set(between.map((link) => link.item).filter((id): id is number => id !== null))
  return {
    counts,
    byKind,
    untracedBefore: beforeIds.filter((id) => !named.has(id)),
    untracedAfter: afterIds.filter((id) => !placed.has(id)),
  }
}

/** Adjacent versions with a plan, oldest first: each with the one after it. */
export function adjacentPairs<V extends { year: number }>(versions: readonly V[]): [V, V][] {
  const ordered = [...versions].sort((a, b) => a.year - b.year)
  return ordered.slice(1).map((after, i) => [ordered[i] as V, after])
}
