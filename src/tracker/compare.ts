import type { SnapshotItem, SummitSnapshot } from './snapshot'

/** A priority as a summit set it: the objective it is about (by the snapshot's id) and its text. */
export interface SummitPriority {
  objective: number | null
  text: string
}

export interface Move {
  before: SnapshotItem
  after: SnapshotItem
}

export interface SummitComparison {
  /** Items in both stock-takings whose status or progress changed. */
  moved: Move[]
  /** Items only in the newer stock-taking, and only in the older. */
  added: SnapshotItem[]
  dropped: SnapshotItem[]
  /** Priorities on objectives the older summit did not name, and those it named that the newer one does not. */
  prioritiesAdded: SummitPriority[]
  prioritiesDropped: SummitPriority[]
}

/** How an item is recognised across two stock-takings: by id within one plan version, by code across versions. */
function keyer(before: SummitSnapshot, after: SummitSnapshot): (item: SnapshotItem) => string {
  return before.planVersion.id === after.planVersion.id ? (item) => `id:${item.id}` : (item) => `code:${item.level}:${item.code}`
}

const progressOf = (item: SnapshotItem): number | null => (item.level === 'measure' ? item.percent : item.rollup.progress)

function changed(a: SnapshotItem, b: SnapshotItem): boolean {
  return a.status !== b.status || progressOf(a) !== progressOf(b)
}

/**
 * What changed between two summits, read from their frozen stock-takings only (never from today's
 * plan): items that moved, were added or were dropped, and the priorities that came and went.
 */
export function compareSummits(
  before: { snapshot: SummitSnapshot; priorities: SummitPriority[] },
  after: { snapshot: SummitSnapshot; priorities: SummitPriority[] },
): SummitComparison {
  const key = keyer(before.snapshot, after.snapshot)
  const old = new Map(before.snapshot.items.map((item) => [key(item), item]))
  const now = new Map(after.snapshot.items.map((item) => [key(item), item]))
  const moved: Move[] = []
  const added: SnapshotItem[] = []
  for (const [k, item] of now) {
    const was = old.get(k)
    if (!was) added.push(item)
    else if (changed(was, item)) moved.push({ before: was, after: item })
  }
  const dropped = [...old].filter(([k]) => !now.has(k)).map(([, item]) => item)

  const objectiveKey = (snapshot: SummitSnapshot, id: number | null) => {
    const item = snapshot.items.find((i) => i.id === id)
    return item ? key(item) : `missing:${id}`
  }
  const oldPriorities = new Set(before.priorities.map((p) => objectiveKey(before.snapshot, p.objective)))
  const newPriorities = new Set(after.priorities.map((p) => objectiveKey(after.snapshot, p.objective)))
  return {
    moved,
    added,
    dropped,
    prioritiesAdded: after.priorities.filter((p) => !oldPriorities.has(objectiveKey(after.snapshot, p.objective))),
    prioritiesDropped: before.priorities.filter((p) => !newPriorities.has(objectiveKey(before.snapshot, p.objective))),
  }
}
