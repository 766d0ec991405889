export interface RateLimitOptions {
  limit: number
  windowMs: number
  /** Addresses remembered at most; beyond, the least recently seen is forgotten. */
  maxKeys?: number
  now?: () => number
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/**
 * A sliding window per key, in memory. Each instance counts for itself; behind a load balancer the
 * proxy's own limit (deploy/nginx.conf) is the shared one.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()
  private readonly maxKeys: number
  private readonly now: () => number

  constructor(private readonly options: RateLimitOptions) {
    this.maxKeys = options.maxKeys ?? 10_000
    this.now = options.now ?? Date.now
  }

  take(key: string): RateDecision {
    const now = this.now()
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.options.windowMs)
    // Re-inserting moves the key to the end: Map order is then least recently seen first.
    this.hits.delete(key)
    if (recent.length >= this.options.limit) {
      this.hits.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.options.windowMs - now) / 1000)) }
    }
    recent.push(now)
    this.hits.set(key, recent)
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string)
    return { allowed: true, remaining: this.options.limit - recent.length }
  }
}
