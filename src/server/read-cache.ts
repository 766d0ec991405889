import type { Payload } from 'payload'

/** The Local API reads public views make; their answers depend only on their arguments. */
const CACHED_READS = new Set(['find', 'findByID', 'findGlobal', 'count'])

export interface ReadCacheStats {
  entries: number
  maxEntries: number
  hits: number
  misses: number
}

/** Freezes a read's answer: it is shared by every render from now on, so none may change it. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value
  Object.freeze(value)
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  return value
}

/** A read that found nothing is not kept: requests for made-up slugs must not push real content out. */
function foundNothing(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { docs?: unknown }).docs) &&
    (value as { docs: unknown[] }).docs.length === 0
  )
}

/**
 * The published content as public pages read it, kept in memory between renders: a page that is
 * not in the page cache (another query string, a language not yet visited, a cache turned off) is
 * then rendered without going through Payload and the database. Bounded in entries (least recently
 * used first), emptied by every content change (they are rare and a read is cheap to redo), and
 * concurrent renders needing the same read share one.
 */
export class ReadCache {
  private readonly entries = new Map<string, Promise<unknown>>()
  private hits = 0
  private misses = 0
  private generation = 0

  constructor(readonly maxEntries: number) {}

  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key)
    if (found) {
      this.entries.delete(key)
      this.entries.set(key, found)
      this.hits++
      return found as Promise<T>
    }
    this.misses++
    const generation = this.generation
    const pending = load().then(deepFreeze)
    this.entries.set(key, pending)
    const forget = () => {
      if (this.entries.get(key) === pending) this.entries.delete(key)
    }
    // A read that overlapped a change may hold the old content: it serves its own render, no other.
    pending.then((value) => (generation !== this.generation || foundNothing(value) ? forget() : undefined), forget)
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
    }
    return pending
  }

  clear(): void {
    this.generation++
    this.entries.clear()
  }

  stats(): ReadCacheStats {
    return { entries: this.entries.size, maxEntries: this.maxEntries, hits: this.hits, misses: this.misses }
  }

  /**
   * The same Payload, whose public reads go through this cache. Reads that carry a request or a
   * user (their answer depends on who asks) and drafts go straight to Payload.
   */
  wrap(payload: Payload): Payload {
    return new Proxy(payload, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver)
        if (typeof property !== 'string' || !CACHED_READS.has(property) || typeof value !== 'function') return value
        return (args: Record<string, unknown>) => {
          const call = () => (value as (a: unknown) => Promise<unknown>).call(target, args)
          if (args.req || args.user || args.draft) return call()
          return this.read(`${property} ${JSON.stringify(args)}`, call)
        }
      },
    })
  }
}
