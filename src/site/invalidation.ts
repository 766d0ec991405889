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
}

const emitter = new EventEmitter()
emitter.setMaxListeners(50)

export function announceChange(change: ContentChange): void {
  emitter.emit('change', change)
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
function announceFrom(req: PayloadRequest, change: ContentChange): void {
  announceChange(change)
  const transaction = req.transactionID
  if (transaction === undefined || transaction instanceof Promise) return
  const changes = uncommitted.get(transaction)
  if (changes) changes.push(change)
  else uncommitted.set(transaction, [change])
}

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
  }
  db.rollbackTransaction = async (id) => {
    uncommitted.delete(await id)
    return rollback(id)
  }
}

export const announceCollectionChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  announceFrom(req, { source: collection.slug, kind: 'collection', id: doc.id })
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = ({ collection, id, req }) => {
  announceFrom(req, { source: collection.slug, kind: 'collection', id })
}

export const announceGlobalChange: GlobalAfterChangeHook = ({ global, doc, req }) => {
  announceFrom(req, { source: global.slug, kind: 'global' })
  return doc
}

export const announcingHooks = {
  afterChange: [announceCollectionChange],
  afterDelete: [announceCollectionDelete],
}
