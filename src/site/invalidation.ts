import { EventEmitter } from 'node:events'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

/**
 * The one invalidation point (DESIGN.md): every change to public content is announced here, and
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

export const announceCollectionChange: CollectionAfterChangeHook = ({ collection, doc }) => {
  announceChange({ source: collection.slug, kind: 'collection', id: doc.id })
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = ({ collection, id }) => {
  announceChange({ source: collection.slug, kind: 'collection', id })
}

export const announceGlobalChange: GlobalAfterChangeHook = ({ global, doc }) => {
  announceChange({ source: global.slug, kind: 'global' })
  return doc
}

export const announcingHooks = {
  afterChange: [announceCollectionChange],
  afterDelete: [announceCollectionDelete],
}
