import { AsyncLocalStorage } from 'node:async_hooks'
import type { Payload } from 'payload'
import { type ReadMethod, readDependencies } from './read-dependencies'

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

/** Where a render collects the tags of the reads it made, hits included, for the page cache. */
const readTags = new AsyncLocalStorage<Set<string>>()

/** Runs a render and answers, with its result, the tags of every read it made through a read cache. */
export async function withReadTags<T>(render: () => Promise<T>): Promise<{ result: T; tags: Set<string> }> {
  const tags = new Set<string>()
  const result = await readTags.run(tags, render)
  return { result, tags }
}

interface Entry {
  answer: Promise<unknown>
  /** What the answer depends on (read-dependencies.ts); unknown while the read runs. */
  tags?: ReadonlySet<string>
}

/** What an answer depends on; anything at all when that cannot be told (a render must not fail for it). */
function tagsOf(dependencies: () => Iterable<string>): Set<string> {
  try {
    return new Set(dependencies())
  } catch {
    return new Set(['*'])
  }
}

/** Whether a kept answer with these tags is touched by a change with those (`*`: anything). */
const touches = (kept: ReadonlySet<string>, changed: ReadonlySet<string>) => kept.has('*') || [...kept].some((tag) => changed.has(tag))

/**
 * The published content as public pages read it, kept in memory between renders: a page that is
 * not in the page cache (another query string, a language not yet visited, a cache turned off) is
 * then rendered without going through Payload and the database. Bounded in entries (least recently
 * used first); each answer carries the tags of what it read (read-dependencies.ts), so a change
 * drops only the answers it touches; concurrent renders needing the same read share one.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>()
  private hits = 0
  private misses = 0
  private generation = 0

  constructor(readonly maxEntries: number) {}

  /** Reads through the cache; `dependsOn` names what the answer depends on, once it is there. */
  read<T>(key: string, load: () => Promise<T>, dependsOn: (value: T) => Iterable<string> = () => ['*']): Promise<T> {
    const found = this.entries.get(key)
    if (found) {
      this.entries.delete(key)
      this.entries.set(key, found)
      this.hits++
      if (found.tags) for (const tag of found.tags) readTags.getStore()?.add(tag)
      else return found.answer.then((value) => this.noteTags(found, value)) as Promise<T>
      return found.answer as Promise<T>
    }
    this.misses++
    const generation = this.generation
    const entry: Entry = { answer: load().then(deepFreeze) }
    entry.answer = entry.answer.then((value) => {
      entry.tags = tagsOf(() => dependsOn(value as T))
      return value
    })
    this.entries.set(key, entry)
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key)
    }
    // A read that overlapped a change may hold the old content: it serves its own render, no other.
    entry.answer.then((value) => (generation !== this.generation || foundNothing(value) ? forget() : undefined), forget)
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
    }
    return entry.answer.then((value) => this.noteTags(entry, value)) as Promise<T>
  }

  private noteTags(entry: Entry, value: unknown): unknown {
    const store = readTags.getStore()
    if (store && entry.tags) for (const tag of entry.tags) store.add(tag)
    return value
  }

  /** Drops the answers that depend on any of these tags, and every read still running. */
  purge(tags: Iterable<string>): number {
    this.generation++
    const changed = new Set(tags)
    let removed = 0
    for (const [key, entry] of this.entries) {
      if (!entry.tags || touches(entry.tags, changed)) {
        this.entries.delete(key)
        removed++
      }
    }
    return removed
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
  wrap(payload: Payload, dependsOn = readDependencies()): Payload {
    return new Proxy(payload, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver)
        if (typeof property !== 'string' || !CACHED_READS.has(property) || typeof value !== 'function') return value
        return (args: Record<string, unknown>) => {
          const call = () => (value as (a: unknown) => Promise<unknown>).call(target, args)
          if (args.req || args.user || args.draft) return call()
          return this.read(`${property} ${JSON.stringify(args)}`, call, (answer) => dependsOn(property as ReadMethod, args, answer))
        }
      },
    })
  }
}
