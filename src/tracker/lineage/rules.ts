/**
 * The rules a lineage link must follow, as pure functions over what the hook has read: the first
 * problem found, or null. The hook turns a problem into a localized 400 naming the field.
 */
import { PLAN_LEVELS, type PlanLevel } from '../collections/levels'
import { KIND_SHAPE, type LineageKind } from './kinds'

/** An item as the rules need it: its level and the year of its version. */
export interface PlacedItem {
  id: number
  level: PlanLevel
  year: number
}

export interface LinkFacts {
  kind: LineageKind
  /** The later item; null for a dropped item. */
  item: PlacedItem | null
  /** The year of the version the link belongs to (the later one). */
  year: number | null
  from: PlacedItem[]
  /** The reason in each language, as written. */
  reason: Partial<Record<'nl' | 'fr' | 'en', string | null | undefined>>
}

export type LineageProblem =
  | {
      field: 'from'
      problem: 'lineageNoSource' | 'lineageNeedsSource' | 'lineageOneSource' | 'lineageEarlierOnly' | 'lineageLevel' | 'lineageCycle'
    }
  | { field: 'item'; problem: 'lineageNeedsItem' | 'lineageNoItem' }
  | { field: 'planVersion'; problem: 'lineageNeedsVersion' }
  | { field: `reason.${'nl' | 'fr' | 'en'}`; problem: 'lineageReason' }

const depth = (level: PlanLevel) => PLAN_LEVELS.indexOf(level)

/** Same level or one apart: a measure may become a worksite, never a pillar. */
export const levelsFit = (a: PlanLevel, b: PlanLevel): boolean => Math.abs(depth(a) - depth(b)) <= 1

/**
 * Whether `start` reaches `target` by following links backwards (`sourcesOf` gives the ids an item
 * comes from): recording `target ← start` would then close a loop.
 */
export function reaches(start: number[], target: number, sourcesOf: (id: number) => readonly number[]): boolean {
  const seen = new Set<number>()
  const queue = [...start]
  while (queue.length > 0) {
    const id = queue.shift() as number
    if (id === target) return true
    if (seen.has(id)) continue
    seen.add(id)
    queue.push(...sourcesOf(id))
  }
  return false
}

/** The first rule a link breaks, in the order a person fixes them: shape, cycle, version, level, reason. */
export function lineageProblem(facts: LinkFacts, closesLoop: boolean): LineageProblem | null {
  const shape = KIND_SHAPE[facts.kind]
  if (shape.item && !facts.item) return { field: 'item', problem: 'lineageNeedsItem' }
  if (!shape.item && facts.item) return { field: 'item', problem: 'lineageNoItem' }
  if (facts.year === null) return { field: 'planVersion', problem: 'lineageNeedsVersion' }
  if (shape.from === 'none' && facts.from.length > 0) return { field: 'from', problem: 'lineageNoSource' }
  if (shape.from !== 'none' && facts.from.length === 0) return { field: 'from', problem: 'lineageNeedsSource' }
  if (shape.from === 'one' && facts.from.length > 1) return { field: 'from', problem: 'lineageOneSource' }
  if (closesLoop) return { field: 'from', problem: 'lineageCycle' }
  const year = facts.year
  if (facts.from.some((source) => source.year >= year)) return { field: 'from', problem: 'lineageEarlierOnly' }
  const item = facts.item
  if (item && facts.from.some((source) => !levelsFit(source.level, item.level))) return { field: 'from', problem: 'lineageLevel' }
  if (facts.kind === 'dropped') {
    for (const locale of ['nl', 'fr', 'en'] as const)
      if (!facts.reason[locale]?.trim()) return { field: `reason.${locale}`, problem: 'lineageReason' }
  }
  return null
}
