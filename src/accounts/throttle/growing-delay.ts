/**
 * Growing delays for one kind of attempt and one kind of key (an address, an account): a few
 * attempts are free, then each further attempt opens a wait during which no other is let through,
 * and each wait is twice the one before, up to a ceiling. Counts expire with the window. Built on
 * rate-limiter-flexible counters (as its ExpressBruteFlexible does), so that the same code runs on
 * one process's memory or on a table that every instance shares; letting an attempt through is one
 * atomic increment, so a burst of parallel attempts cannot slip through together.
 */
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

export interface DelayPolicy {
  /** Names the counters in the store; unique per policy. */
  name: string
  /** Attempts let through at once within a window. */
  free: number
  firstWaitSeconds: number
  maxWaitSeconds: number
  /** How long counts are kept, from the first attempt. */
  windowSeconds: number
}

/** Makes one counter in the store the policies share (memory or PostgreSQL). */
export type MakeLimiter = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract

export type Admission = { allowed: true } | { allowed: false; retryAfterMs: number; firstRefusal: boolean }

export class GrowingDelay {
  readonly policy: DelayPolicy
  private readonly free: RateLimiterAbstract
  /** One attempt per wait: taken atomically by the attempt that opens the wait. */
  private readonly gate: RateLimiterAbstract
  /** How many waits were opened in this window: the next one is twice as long. */
  private readonly waits: RateLimiterAbstract
  /** Whether a refusal was already reported during the current wait (one audit record per wait, not per request). */
  private readonly reported: RateLimiterAbstract

  constructor(make: MakeLimiter, policy: DelayPolicy) {
    this.policy = policy
    const { name, free, maxWaitSeconds, windowSeconds } = policy
    this.free = make({ keyPrefix: `${name}:free`, points: free, duration: windowSeconds })
    this.gate = make({ keyPrefix: `${name}:gate`, points: 1, duration: maxWaitSeconds })
    this.waits = make({ keyPrefix: `${name}:waits`, points: Number.MAX_SAFE_INTEGER, duration: windowSeconds })
    this.reported = make({ keyPrefix: `${name}:reported`, points: 1, duration: maxWaitSeconds })
  }

  /** The wait opened by the attempt that follows `opened` earlier waits in this window. */
  waitSeconds(opened: number): number {
    return Math.min(this.policy.maxWaitSeconds, this.policy.firstWaitSeconds * 2 ** opened)
  }

  /** Lets an attempt through, or says how long to wait; either way the attempt is counted. */
  async admit(key: string): Promise<Admission> {
    try {
      await this.free.consume(key)
      return { allowed: true }
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error
    }
    const gate = await this.gate.get(key)
    if (gate && gate.consumedPoints >= 1 && gate.msBeforeNext > 0) return this.refuse(key, gate.msBeforeNext)
    const opened = (await this.waits.get(key))?.consumedPoints ?? 0
    const claim = await this.gate.penalty(key, 1, { customDuration: this.waitSeconds(opened) })
    // Another attempt opened this wait between our read and our claim: it goes, we wait.
    if (claim.consumedPoints !== 1) return this.refuse(key, claim.msBeforeNext)
    await this.waits.penalty(key, 1)
    return { allowed: true }
  }

  private async refuse(key: string, retryAfterMs: number): Promise<Admission> {
    const report = await this.reported.penalty(key, 1, { customDuration: Math.max(1, Math.ceil(retryAfterMs / 1000)) })
    return { allowed: false, retryAfterMs, firstRefusal: report.consumedPoints === 1 }
  }

  /** After a success that proves the key's owner: everything about the key is forgotten. */
  async forget(key: string): Promise<void> {
    await Promise.all([this.free.delete(key), this.gate.delete(key), this.waits.delete(key), this.reported.delete(key)])
  }

  /** After a success that proves nothing about the key's other attempts: this one no longer counts. */
  async refund(key: string): Promise<void> {
    const used = await this.free.get(key)
    if (used && used.consumedPoints > 0) await this.free.reward(key, 1)
  }
}
