/**
 * Wrong second-factor answers (an app code, a recovery code, a passkey), counted per account in
 * the sign-in throttle's store: this process's memory on SQLite, the table every instance shares on
 * PostgreSQL. After five in fifteen minutes the account's answers are refused until the window has
 * passed, on every instance at once, so the million six-digit codes cannot be tried by spreading
 * the guesses over instances.
 */
import { createHmac } from 'node:crypto'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { throttleStore } from '../throttle/account-throttle'
import type { MakeLimiter } from '../throttle/growing-delay'
import { onePerPayload } from '../throttle/one-per-payload'

const LIMIT = 5
const WINDOW_SECONDS = 15 * 60

export class WrongCodes {
  private readonly counter: RateLimiterAbstract

  constructor(
    make: MakeLimiter,
    private readonly secret: string,
    readonly limit = LIMIT,
    windowSeconds = WINDOW_SECONDS,
  ) {
    this.counter = make({ keyPrefix: 'second-factor:wrong', points: limit, duration: windowSeconds })
  }

  /** Keys are HMACs, like the sign-in throttle's: the store holds no account ids. */
  private key(account: string): string {
    return createHmac('sha256', this.secret).update(`second-factor\n${account}`).digest('base64url')
  }

  /** Whether this account may try an answer now. */
  async allows(account: string): Promise<boolean> {
    const counted = await this.counter.get(this.key(account))
    return !counted || counted.consumedPoints < this.limit
  }

  /** Counts a wrong answer; returns how many the account has left in this window. */
  async fail(account: string): Promise<number> {
    const counted = await this.counter.penalty(this.key(account), 1)
    return Math.max(0, this.limit - counted.consumedPoints)
  }

  /** A right answer clears the count. */
  async succeed(account: string): Promise<void> {
    await this.counter.delete(this.key(account))
  }
}

/** The counter of this Payload instance (sharing its store with other instances on PostgreSQL). */
export const wrongCodes = onePerPayload((payload) => new WrongCodes(throttleStore(payload), payload.secret))
