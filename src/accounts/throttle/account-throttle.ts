/**
 * Throttling, not lockout: sign-in, password-reset requests and resets are slowed per client
 * address and per account with growing delays, so guessing gets slow without anyone being able to
 * lock a person out from elsewhere (see README, "Passwords and sign-in").
 *
 * Sign-in, per attempt, right or wrong (a success gives its count back or clears it):
 * - the address, over all accounts: 10 free an hour, then waits from 1 s doubling to 15 min;
 * - the account from that address: 5 free, then 1 s doubling to 15 min; cleared by a success;
 * - the account from everywhere: 20 free, then 1 s doubling to 5 min (under ASVS's 100 failures an
 *   hour), except from addresses where the account signed in within 14 days: a distributed attack
 *   then slows strangers, not the owner at their usual places.
 * Local API calls carry no address and are throttled by account only.
 *
 * The store is this process's memory on SQLite (one process) and the `sign_in_throttle` table on
 * PostgreSQL, which every instance shares, reached through connections of its own (countersPool).
 * Keys are HMACs of the address or email: the table holds neither.
 */
import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import pg, { type PoolConfig } from 'pg'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible'
import { type Admission, type DelayPolicy, GrowingDelay, type MakeLimiter } from './growing-delay'
import { onePerPayload } from './one-per-payload'

/** The PostgreSQL table the counters live in (created by a migration; see src/migrations/postgres). */
export const THROTTLE_TABLE = 'sign_in_throttle'

const MINUTE = 60
const HOUR = 60 * MINUTE
// Memory counters expire by timer, and Node timers stop at 24.8 days.
const KNOWN_FOR_SECONDS = 14 * 24 * HOUR

export const POLICIES = {
  signInAddress: { name: 'sign-in:address', free: 10, firstWaitSeconds: 1, maxWaitSeconds: 15 * MINUTE, windowSeconds: HOUR },
  signInAccountAddress: { name: 'sign-in:account-address', free: 5, firstWaitSeconds: 1, maxWaitSeconds: 15 * MINUTE, windowSeconds: HOUR },
  signInAccount: { name: 'sign-in:account', free: 20, firstWaitSeconds: 1, maxWaitSeconds: 5 * MINUTE, windowSeconds: HOUR },
  resetRequestAddress: { name: 'reset-request:address', free: 5, firstWaitSeconds: 30, maxWaitSeconds: HOUR, windowSeconds: HOUR },
  resetRequestAccount: { name: 'reset-request:account', free: 3, firstWaitSeconds: MINUTE, maxWaitSeconds: HOUR, windowSeconds: HOUR },
  resetAddress: { name: 'reset:address', free: 10, firstWaitSeconds: 1, maxWaitSeconds: 15 * MINUTE, windowSeconds: HOUR },
  resetAccount: { name: 'reset:account', free: 5, firstWaitSeconds: 1, maxWaitSeconds: 15 * MINUTE, windowSeconds: HOUR },
} as const satisfies Record<string, DelayPolicy>

type PolicyName = keyof typeof POLICIES

/** Who attempts: the account named (normalised email) and the client's address, when known. */
export interface Attempt {
  email?: string
  address?: string
}

/** An attempt refused: how long to wait, whether this is the first refusal of that wait, and which limit refused it. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number; firstRefusal: boolean; limit: string }

export class AccountThrottle {
  private readonly delays: Record<PolicyName, GrowingDelay>
  /** Addresses an account signed in from lately: exempt from the account-wide limit. */
  private readonly known: RateLimiterAbstract

  constructor(
    make: MakeLimiter,
    private readonly secret: string,
    policies: Record<PolicyName, DelayPolicy> = POLICIES,
  ) {
    this.delays = Object.fromEntries(Object.entries(policies).map(([name, policy]) => [name, new GrowingDelay(make, policy)])) as Record<
      PolicyName,
      GrowingDelay
    >
    this.known = make({ keyPrefix: 'sign-in:known', points: 1, duration: KNOWN_FOR_SECONDS })
  }

  private key(...parts: string[]): string {
    return createHmac('sha256', this.secret).update(parts.join('\n')).digest('base64url')
  }

  /** Runs the checks in order; the first refusal ends them (the later keys are not counted). */
  private async admitAll(checks: [PolicyName, string][]): Promise<Verdict> {
    for (const [policy, key] of checks) {
      const admission: Admission = await this.delays[policy].admit(key)
      if (!admission.allowed) return { ...admission, limit: POLICIES[policy].name }
    }
    return { allowed: true }
  }

  async admitSignIn({ email, address }: Attempt): Promise<Verdict> {
    const checks: [PolicyName, string][] = []
    if (address) checks.push(['signInAddress', this.key(address)])
    if (email && !(address && (await this.known.get(this.key(email, address))))) checks.push(['signInAccount', this.key(email)])
    if (email && address) checks.push(['signInAccountAddress', this.key(email, address)])
    return this.admitAll(checks)
  }

  /** The right password: this address is the owner's for a while, and its attempts on the account are forgotten. */
  async signedIn({ email, address }: Attempt): Promise<void> {
    if (!email) return
    if (!address) return this.delays.signInAccount.refund(this.key(email))
    await Promise.all([
      this.known.set(this.key(email, address), 1, KNOWN_FOR_SECONDS),
      this.delays.signInAccountAddress.forget(this.key(email, address)),
      this.delays.signInAddress.refund(this.key(address)),
    ])
  }

  async admitResetRequest({ email, address }: Attempt): Promise<Verdict> {
    const checks: [PolicyName, string][] = []
    if (address) checks.push(['resetRequestAddress', this.key(address)])
    if (email) checks.push(['resetRequestAccount', this.key(email)])
    return this.admitAll(checks)
  }

  /** Before the reset token is looked up: guessing tokens is slowed per address. */
  async admitReset({ address }: Attempt): Promise<Verdict> {
    return address ? this.admitAll([['resetAddress', this.key(address)]]) : { allowed: true }
  }

  /** Once the token names an account: choosing a new password for it is slowed too (each try costs a strength check). */
  async admitResetOf({ email }: Attempt): Promise<Verdict> {
    return email ? this.admitAll([['resetAccount', this.key(email)]]) : { allowed: true }
  }

  async resetDone({ email, address }: Attempt): Promise<void> {
    await Promise.all([
      email ? this.delays.resetAccount.forget(this.key(email)) : undefined,
      address ? this.delays.resetAddress.refund(this.key(address)) : undefined,
    ])
  }
}

interface PgPoolLike {
  query: (...args: never[]) => unknown
  options?: PoolConfig
}

/**
 * The counters' own few connections to Payload's database. A reset request, a reset or a password
 * change is throttled from a hook that runs inside the transaction Payload opened for it, which
 * holds one of Payload's pooled connections; were the counters to need another from that pool, ten
 * such requests at once would hold them all, each waiting for one more, for ever.
 */
function countersPool(payloadPool: PgPoolLike): pg.Pool {
  const options = payloadPool.options ?? {}
  const pool = new pg.Pool({ ...options, password: options.password, max: 3, idleTimeoutMillis: 1000, allowExitOnIdle: true })
  // An idle connection the server closed (a restart, a dropped test database) is replaced when next needed.
  pool.on('error', () => undefined)
  return pool
}

/** Counters in this process's memory, or in PostgreSQL's table when Payload runs on PostgreSQL. */
export function limiterMaker(payload: Payload): MakeLimiter {
  const payloadPool = (payload.db as { pool?: PgPoolLike }).pool
  if (!payloadPool || typeof payloadPool.query !== 'function') return (options) => new RateLimiterMemory(options)
  const pool = countersPool(payloadPool)
  let sweeper = true
  return (options) => {
    // One counter sweeps the table's expired rows every five minutes; they all share it.
    const clearExpiredByTimeout = sweeper
    sweeper = false
    return new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      storeType: 'pool',
      tableName: THROTTLE_TABLE,
      tableCreated: true,
      clearExpiredByTimeout,
    })
  }
}

/** The counters' store of this Payload instance: one set of connections for every counter. */
export const throttleStore = onePerPayload(limiterMaker)

/** The throttle of this Payload instance (one per process, sharing its store with other instances on PostgreSQL). */
export const accountThrottle = onePerPayload((payload) => new AccountThrottle(throttleStore(payload), payload.secret))
