import { performance } from 'node:perf_hooks'

export interface RateLimitOptions {
  /** Hits allowed per key within any window. */
  limit: number
  windowMs: number
  /** Keys remembered at most (default 10 000); beyond, the least recently seen is forgotten. */
  maxKeys?: number
  /** Clock in milliseconds, for tests. */
  now?: () => number
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/**
 * A sliding window per key, in memory: at most `limit` hits in any `windowMs`. Each instance
 * counts for itself; behind a load balancer the proxy's own limit (deploy/nginx.conf) is the
 * shared one. Memory stays within `maxKeys` × `limit` timestamps.
 */
export class RateLimiter {
  private readonly limit: number
  private readonly windowMs: number
  private readonly maxKeys: number
  private readonly now: () => number
  /** Hit times per key; the Map's own order is least recently seen first. */
  private readonly hits = new Map<string, number[]>()

  constructor(options: RateLimitOptions) {
    const { limit, windowMs, maxKeys = 10_000 } = options
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number of at least 1, not ${limit}`)
    if (!(windowMs > 0) || !Number.isFinite(windowMs)) throw new RangeError(`windowMs must be a positive number, not ${windowMs}`)
    if (!Number.isSafeInteger(maxKeys) || maxKeys < 1) throw new RangeError(`maxKeys must be a whole number of at least 1, not ${maxKeys}`)
    this.limit = limit
    this.windowMs = windowMs
    this.maxKeys = maxKeys
    // Monotonic by default: a wall clock set back would otherwise keep old hits counted longer.
    this.now = options.now ?? (() => performance.now())
  }

  /** Counts a hit for `key` if it is allowed; a refused hit is not counted. */
  take(key: string): RateDecision {
    const now = this.now()
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs)
    // Deleting and setting again moves the key to the end, where the most recently seen are.
    this.hits.delete(key)
    this.hits.set(key, recent)
    if (recent.length >= this.limit) {
      // Not simply the first: with a given clock that went back, hits are out of order.
      const leavesAt = recent.reduce((oldest, at) => Math.min(oldest, at)) + this.windowMs
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((leavesAt - now) / 1000)) }
    }
    recent.push(now)
    for (const oldest of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break
      this.hits.delete(oldest)
    }
    return { allowed: true, remaining: this.limit - recent.length }
  }
}
