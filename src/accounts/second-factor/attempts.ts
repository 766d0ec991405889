/**
 * Wrong second-factor codes, counted in memory per account: after five in fifteen minutes the
 * account's codes are refused until the window has passed, so the million six-digit codes cannot
 * be tried. Per process on purpose (small and simple); the shared, database-backed sign-in
 * throttle is the passwords work's (rate-limiter-flexible), and can take this over.
 */
const LIMIT = 5
const WINDOW_MS = 15 * 60_000

interface Window {
  count: number
  endsAt: number
}

export class WrongCodeCounter {
  readonly #windows = new Map<string, Window>()

  constructor(
    readonly limit = LIMIT,
    readonly windowMs = WINDOW_MS,
  ) {}

  /** Whether this account may try a code now. */
  allows(key: string, now = Date.now()): boolean {
    const window = this.#windows.get(key)
    return !window || window.endsAt <= now || window.count < this.limit
  }

  /** Counts a wrong code; returns how many the account has left in this window. */
  fail(key: string, now = Date.now()): number {
    this.#forgetOld(now)
    const window = this.#windows.get(key)
    if (!window || window.endsAt <= now) this.#windows.set(key, { count: 1, endsAt: now + this.windowMs })
    else window.count++
    return Math.max(0, this.limit - (this.#windows.get(key)?.count ?? 0))
  }

  /** A right code clears the count. */
  succeed(key: string): void {
    this.#windows.delete(key)
  }

  #forgetOld(now: number): void {
    // Bounded memory: expired windows go whenever a new failure comes in.
    if (this.#windows.size < 1000) return
    for (const [key, window] of this.#windows) if (window.endsAt <= now) this.#windows.delete(key)
  }
}

/** The one counter of this process. */
export const wrongCodes = new WrongCodeCounter()
