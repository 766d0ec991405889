import { compress } from '@/http/compression'
import { contentEtag } from '@/http/etag'

/**
 * Rendered public pages, kept with their compressed variants so that a hit costs neither rendering
 * nor compression. Bounded in bytes; the least recently used page goes first. Each page carries the
 * tags of the content it shows (`pages:12`, `missions:*`), so a change purges exactly those pages,
 * and a page whose text the calendar changes (`ViewResult.freshUntil`) is dropped at that instant.
 */
export interface CachedPage {
  status: number
  contentType: string
  etag: string
  identity: Buffer
  br: Buffer
  gzip: Buffer
  tags: ReadonlySet<string>
  bytes: number
  /** Milliseconds since the epoch after which the page no longer holds; none: until a change purges it. */
  expiresAt?: number
}

export interface PageCacheStats {
  entries: number
  bytes: number
  maxBytes: number
  hits: number
  misses: number
  /** Pages removed because a change they show was announced. */
  purged: number
  /** Pages pushed out, least recently used first, to make room for others. */
  evicted: number
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>()
  private bytes = 0
  private hits = 0
  private misses = 0
  private purged = 0
  private evicted = 0
  /** Bumped by every purge, so a render that overlapped a change is not stored. */
  generation = 0

  constructor(
    readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): CachedPage | undefined {
    const entry = this.live(key)
    if (!entry) {
      this.misses++
      return undefined
    }
    // Re-inserting moves the key to the most recently used end of the Map's order.
    this.entries.delete(key)
    this.entries.set(key, entry)
    this.hits++
    return entry
  }

  /** Like `get`, but a miss is not counted: for a first look that falls back on `get`. */
  find(key: string): CachedPage | undefined {
    return this.live(key) ? this.get(key) : undefined
  }

  /** The entry under `key` unless it has expired (an expired one goes). */
  private live(key: string): CachedPage | undefined {
    const entry = this.entries.get(key)
    if (entry?.expiresAt !== undefined && this.now() >= entry.expiresAt) {
      this.delete(key)
      return undefined
    }
    return entry
  }

  /** Prepares and stores a page; returns it so the first visitor gets the same bytes. */
  set(
    key: string,
    page: { status: number; contentType: string; body: string | Buffer; tags: Iterable<string>; freshUntil?: Date },
    renderedAt = this.generation,
  ): CachedPage {
    const identity = typeof page.body === 'string' ? Buffer.from(page.body) : page.body
    const entry: CachedPage = {
      status: page.status,
      contentType: page.contentType,
      etag: contentEtag(identity, 22),
      identity,
      br: compress(identity, 'br', 'kept'),
      gzip: compress(identity, 'gzip', 'kept'),
      tags: new Set(page.tags),
      bytes: 0,
      ...(page.freshUntil ? { expiresAt: page.freshUntil.getTime() } : {}),
    }
    entry.bytes = key.length + identity.length + entry.br.length + entry.gzip.length + 256
    if (renderedAt !== this.generation || (entry.expiresAt !== undefined && this.now() >= entry.expiresAt)) return entry
    if (entry.bytes > this.maxBytes / 8) return entry // one huge page must not flush everything else
    this.delete(key)
    this.entries.set(key, entry)
    this.bytes += entry.bytes
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
      this.evicted++
    }
    return entry
  }

  /** Removes every page showing any of these tags; `source:*` tags are matched by any id of that source. */
  purge(tags: Iterable<string>): number {
    this.generation++
    const wanted = new Set(tags)
    let removed = 0
    for (const [key, entry] of this.entries) {
      // `*`: a page that read something whose dependencies could not be told (read-dependencies.ts).
      if (entry.tags.has('*')) {
        this.delete(key)
        removed++
        continue
      }
      for (const tag of entry.tags) {
        if (wanted.has(tag)) {
          this.delete(key)
          removed++
          break
        }
      }
    }
    this.purged += removed
    return removed
  }

  clear(): void {
    this.generation++
    this.purged += this.entries.size
    this.entries.clear()
    this.bytes = 0
  }

  has(key: string): boolean {
    return this.live(key) !== undefined
  }

  stats(): PageCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
      purged: this.purged,
      evicted: this.evicted,
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.bytes
  }
}
