/**
 * Plans made before a write, kept for the hook that records them after it (in the same
 * transaction). The operation's arguments object is the key, so nested operations never mix.
 */
import type { NotedCollection } from './kinds'
import type { PlannedRow } from './plan'

export interface PlannedWrite {
  collection: NotedCollection
  /** Per document: its id (undefined for a document being created) and its rows. */
  documents: { id: number | string | undefined; rows: PlannedRow[] }[]
}

const plans = new WeakMap<object, PlannedWrite>()

export function rememberPlan(args: object, collection: NotedCollection, documents: PlannedWrite['documents']): void {
  plans.set(args, { collection, documents })
}

export function takePlan(args: object): PlannedWrite | undefined {
  const plan = plans.get(args)
  plans.delete(args)
  return plan
}
