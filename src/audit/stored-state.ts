/**
 * The stored state of the documents a write touches, read straight from the database (every
 * language, the live document rather than its latest draft), before and after the write, so the
 * audit trail records what changed, not what a client asked for.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

export type StoredDoc = Record<string, unknown> & { id: number | string }

/** Before-states by operation: the operation's arguments object is the key, so nested operations never mix. */
const beforeStates = new WeakMap<object, Map<string, StoredDoc>>()

export async function readStored(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<StoredDoc | undefined> {
  const doc = await req.payload.db.findOne({ collection, where: { id: { equals: id } }, locale: 'all', req })
  return (doc as StoredDoc | null) ?? undefined
}

/** Reads and keeps the documents an update is about to change: the one named by id, or those its `where` selects. */
export async function keepBeforeState(
  operationArgs: object,
  req: PayloadRequest,
  collection: CollectionSlug,
  target: { id?: number | string; where?: Where },
): Promise<void> {
  const docs: StoredDoc[] = []
  if (target.id !== undefined) {
    const doc = await readStored(req, collection, target.id)
    if (doc) docs.push(doc)
  } else if (target.where) {
    const found = await req.payload.db.find({ collection, where: target.where, locale: 'all', pagination: false, limit: 0, req })
    docs.push(...(found.docs as StoredDoc[]))
  }
  beforeStates.set(operationArgs, new Map(docs.map((doc) => [String(doc.id), doc])))
}

export function beforeStateOf(operationArgs: object, id: number | string): StoredDoc | undefined {
  return beforeStates.get(operationArgs)?.get(String(id))
}
