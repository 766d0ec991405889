import { EventEmitter } from 'node:events'
import type {
  BaseDatabaseAdapter,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

/**
 * The one invalidation point: every change to public content is announced here, and
 * whatever keeps derived copies of content (page cache, search index, other instances) listens.
 */
export interface ContentChange {
  /** A collection slug or a global slug. */
  source: string
  /** `everything` when what changed is unknown (for example after a lost connection to other instances). */
  kind: 'collection' | 'global' | 'everything'
  id?: string | number
  /** Set when the change was made on another instance and reached us through the database. */
  remote?: boolean
  /**
   * Set on the announcement made inside the writer's transaction, before it commits (a second
   * announcement follows the commit): copies that read the database (the content store) wait for that one.
   */
  uncommitted?: boolean
}

const emitter = new EventEmitter()
emitter.setMaxListeners(50)

/**
 * Work that must be done before listeners hear of a change: the content store's write, so that a
 * page cache purged by the change (here or, through the database, on another instance) renders
 * again from the new rows, never from the old ones. Changes pass one at a time, in order.
 */
type ChangeStep = (change: ContentChange) => Promise<void>
let firstStep: ChangeStep | undefined
let settled: Promise<void> = Promise.resolve()

export function announceChange(change: ContentChange): void {
  const step = firstStep
  if (!step) {
    emitter.emit('change', change)
    return
  }
  // A step that fails, or a listener that throws, must not keep later changes from being announced.
  settled = settled
    .then(() => step(change))
    .catch(() => undefined)
    .then(() => void emitter.emit('change', change))
    .catch(() => undefined)
}

/**
 * Runs `step` on every change before it is announced; `step` handles its own errors (a change is
 * announced all the same once it settles). Answers a function that removes it.
 */
export function beforeAnnouncing(step: (change: ContentChange) => Promise<void>): () => void {
  firstStep = step
  return () => {
    if (firstStep === step) firstStep = undefined
  }
}

/** Resolves once every change announced so far has reached the listeners. */
export function changesAnnounced(): Promise<void> {
  return settled
}

export function onContentChange(listener: (change: ContentChange) => void): () => void {
  emitter.on('change', listener)
  return () => emitter.off('change', listener)
}

/** Changes made inside a database transaction that is still open, by transaction. */
const uncommitted = new Map<string | number, ContentChange[]>()

/**
 * A hook runs inside the writer's transaction. Announcing there stops every copy from serving the
 * old content at once, but a page rendered before the commit still reads the old rows and would be
 * kept; so a change made in a transaction is announced a second time once it commits.
 */
export function announceFrom(req: PayloadRequest, change: ContentChange): Promise<void> | undefined {
  const transaction = req.transactionID
  // An adapter with transactions names each by an id; SQLite's runs without (its requests carry an
  // empty object or a promise of null there): what the hook sees is already committed. The writer
  // waits until the change is announced, so that once its request answers, visitors see the change.
  if (typeof transaction !== 'string' && typeof transaction !== 'number') {
    announceChange(change)
    return changesAnnounced()
  }
  // The same change twice in one transaction (a publish, then its history once written) is announced once
  // before the commit, and once after it.
  const changes = uncommitted.get(transaction) ?? []
  if (changes.some((known) => sameChange(known, change))) return
  announceChange({ ...change, uncommitted: true })
  changes.push(change)
  uncommitted.set(transaction, changes)
}

const sameChange = (a: ContentChange, b: ContentChange) => a.source === b.source && a.kind === b.kind && a.id === b.id

/** Makes the database adapter announce, after each commit, the changes made in that transaction. */
export function announceAfterCommit(db: BaseDatabaseAdapter): void {
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const transaction = await id
    await commit(id)
    const changes = uncommitted.get(transaction)
    uncommitted.delete(transaction)
    for (const change of changes ?? []) announceChange(change)
    // The request that committed answers once visitors can see what it changed (the content store is written).
    if (changes) await changesAnnounced()
  }
  db.rollbackTransaction = async (id) => {
    uncommitted.delete(await id)
    return rollback(id)
  }
}

export const announceCollectionChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await announceFrom(req, { source: collection.slug, kind: 'collection', id: doc.id })
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await announceFrom(req, { source: collection.slug, kind: 'collection', id })
}

export const announceGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await announceFrom(req, { source: global.slug, kind: 'global' })
  return doc
}

export const announcingHooks = {
  afterChange: [announceCollectionChange],
  afterDelete: [announceCollectionDelete],
}
