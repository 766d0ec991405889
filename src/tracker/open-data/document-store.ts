/**
 * The open data built so far, kept in memory until the next content change (the invalidation
 * point, so on PostgreSQL a change made on another instance too): each dataset built once, with
 * concurrent requests sharing the build, and the document at each address ready to send. Content
 * changes are rare next to reads. A build that overlaps a change is served once and not kept.
 */
import { onContentChange } from '@/site/invalidation'
import type { Dataset } from './datasets'

/** A document as it is sent: its bytes and validators, and its compressed forms once asked for. */
export interface ServedDocument {
  bytes: Buffer
  contentType: string
  etag: string
  lastModified: string | null
  /** Sent as an attachment under this name (CSV, ZIP). */
  filename?: string
  /** Already compressed (a ZIP): sent as it is, whatever the client accepts. */
  compressed?: true
  br?: Buffer
  gzip?: Buffer
}

let generation = 0
let datasets = new Map<string, Promise<Dataset | undefined>>()
let documents = new Map<string, ServedDocument>()
let listening = false

/** Forgets everything built. */
export function clearOpenDataCache(): void {
  generation++
  datasets = new Map()
  documents = new Map()
}

function forgetOnChange(): void {
  if (listening) return
  listening = true
  onContentChange(() => clearOpenDataCache())
}

/** A dataset built once per generation; concurrent requests share the build. Not-found answers are not kept. */
export function keptDataset(key: string, build: () => Promise<Dataset | undefined>): Promise<Dataset | undefined> {
  forgetOnChange()
  const known = datasets.get(key)
  if (known) return known
  const at = generation
  const store = datasets
  const promise = build().then(
    (dataset) => {
      if (!dataset || at !== generation) store.delete(key)
      return dataset
    },
    (error: unknown) => {
      store.delete(key)
      throw error
    },
  )
  store.set(key, promise)
  return promise
}

/** The document at an address, made once per generation; undefined (and not kept) when it names nothing. */
export async function keptDocument(address: string, make: () => Promise<ServedDocument | undefined>): Promise<ServedDocument | undefined> {
  forgetOnChange()
  const known = documents.get(address)
  if (known) return known
  const at = generation
  const document = await make()
  if (document && at === generation) documents.set(address, document)
  return document
}
