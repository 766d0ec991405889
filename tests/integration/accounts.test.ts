/**
 * Issue 13, items 1 and 3, through the Local API on a fresh database (SQLite, and PostgreSQL with
 * its shared throttle table): the password policy on create, change and reset; the current
 * password; throttling instead of lockout; unknown accounts answered like known ones; one audit
 * record per sign-in, failure, throttling, password change, email change and reset request.
 * The server's own requests (HTTP, the admin in Chromium) are in tests/e2e/accounts.test.ts.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { getLocalI18n, type Payload, type PayloadRequest, ValidationError, type Where } from 'payload'
import { passwordMatches } from '@/accounts/password-hash'
import { AccountThrottle, limiterMaker } from '@/accounts/throttle/account-throttle'
import type { User } from '@/payload-types'
import { logger } from '@/operations/logging/logger'
import { ensureFirstAdmin, FIRST_ADMIN_PASSWORD_FILE } from '@/server/accounts'
import { type Api, payloadApi } from '../support/payload-api'
import { type ReceivedMail, TestMailServer } from '../support/mail-server'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let admin: User
let api: Api

const STRONG = 'ziggurat-pancake-lantern-47'
const OTHER_STRONG = 'velvet-otter-juggles-quietly'

/** A mail server that takes its time, as real ones do: a reset request must not wait for it. */
const SMTP_DELAY_MS = 1500
let mailServer: TestMailServer

before(async () => {
  mailServer = await TestMailServer.onFreePort({ delayMs: SMTP_DELAY_MS })
  await mailServer.start()
  process.env.SMTP_URL = mailServer.url
  instance = await startTestPayload()
  payload = instance.payload
  api = payloadApi(payload.config)
  admin = await payload.create({
    collection: 'users',
    data: { email: 'accounts-admin@example.test', password: STRONG, name: 'Ada Admin', roles: ['admin'] },
    overrideAccess: true,
  })
})
after(async () => {
  await instance.close()
  await mailServer.stop()
})

/** A request as the server passes it on: from this client address, in this admin language. */
async function from(address?: string, language: 'nl' | 'fr' | 'en' = 'nl'): Promise<Partial<PayloadRequest>> {
  const headers = new Headers(address ? { 'x-belfort-client-address': address } : {})
  return { headers, i18n: await getLocalI18n({ config: payload.config, language }) }
}

let counter = 0
async function newAccount(roles: User['roles'] = ['editor']): Promise<User> {
  counter++
  return payload.create({
    collection: 'users',
    data: { email: `person${counter}@example.test`, password: STRONG, name: `Person Number${counter}`, roles },
    overrideAccess: true,
  })
}

async function signIn(email: string, password: string, address?: string) {
  return payload.login({ collection: 'users', data: { email, password }, req: await from(address) })
}

/** The error a promise fails with (the test fails if it does not). */
async function failure(promise: Promise<unknown>): Promise<Error & { status?: number; data?: unknown }> {
  try {
    await promise
  } catch (error) {
    return error as Error & { status?: number }
  }
  assert.fail('expected a refusal')
}

function fieldMessage(error: Error, path: string): string | undefined {
  return error instanceof ValidationError ? error.data.errors.find((e) => e.path === path)?.message : undefined
}

async function events(action: string, email?: string) {
  const where: Where = email ? { and: [{ action: { equals: action } }, { actorEmail: { equals: email } }] } : { action: { equals: action } }
  return (await payload.find({ collection: 'audit-events', where, overrideAccess: true, pagination: false })).docs
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run().catch(() => undefined)
  return performance.now() - started
}

describe('weak passwords', () => {
  it('`abc` is refused on create, reset and self-change, with the reason in the admin’s language', async () => {
    const created = await failure(
      payload.create({
        collection: 'users',
        data: { email: 'abc@example.test', password: 'abc', roles: ['editor'] },
        overrideAccess: true,
      }),
    )
    assert.match(fieldMessage(created, 'password') ?? '', /minstens 12 tekens/)

    const person = await newAccount()
    const changed = await failure(
      payload.update({
        collection: 'users',
        id: person.id,
        data: { password: 'abc', currentPassword: STRONG },
        user: person,
        overrideAccess: false,
        req: await from(undefined, 'fr'),
      }),
    )
    assert.match(fieldMessage(changed, 'password') ?? '', /au moins 12 caractères/)

    const token = await payload.forgotPassword({ collection: 'users', data: { email: person.email }, disableEmail: true })
    assert.ok(token)
    const reset = await failure(
      payload.resetPassword({
        collection: 'users',
        data: { token, password: 'abc' },
        overrideAccess: true,
        req: await from(undefined, 'en'),
      }),
    )
    assert.match(fieldMessage(reset, 'password') ?? '', /at least 12 characters/)
    // Still the old password: nothing was changed.
    assert.ok((await signIn(person.email, STRONG)).token)
  })

  it('refuses guessable passwords and the person’s own name or email, and accepts a strong one', async () => {
    const weak = await failure(
      payload.create({
        collection: 'users',
        data: { email: 'w@example.test', password: 'wachtwoord123456', roles: ['editor'] },
        overrideAccess: true,
      }),
    )
    assert.match(fieldMessage(weak, 'password') ?? '', /te makkelijk te raden/)
    const personal = await failure(
      payload.create({
        collection: 'users',
        data: { email: 'marie.dubois@example.test', name: 'Marie Dubois', password: 'Dubois-forever-and-ever', roles: ['editor'] },
        overrideAccess: true,
        req: await from(undefined, 'fr'),
      }),
    )
    assert.match(fieldMessage(personal, 'password') ?? '', /votre nom ni votre adresse e-mail/)
    const person = await newAccount()
    assert.ok(person.id)
  })
})

describe('password and email changed without the current password', () => {
  it('asks for the current password to change one’s password or email, and refuses a wrong one', async () => {
    const person = await newAccount()
    const update = async (data: Record<string, unknown>, user: User = person, id = person.id) =>
      payload.update({ collection: 'users', id, data, user, overrideAccess: false, req: await from('192.0.2.50') })

    assert.match(fieldMessage(await failure(update({ password: OTHER_STRONG })), 'currentPassword') ?? '', /huidige wachtwoord/)
    assert.match(fieldMessage(await failure(update({ email: 'elsewhere@example.test' })), 'currentPassword') ?? '', /huidige wachtwoord/)
    assert.match(
      fieldMessage(await failure(update({ password: OTHER_STRONG, currentPassword: 'not-my-password-at-all' })), 'currentPassword') ?? '',
      /klopt niet/,
    )
    // Other fields change without it.
    await update({ name: 'A New Name' })
    await update({ password: OTHER_STRONG, currentPassword: STRONG })
    assert.ok((await signIn(person.email, OTHER_STRONG)).token)
    const moved = await update({ email: `moved${person.id}@example.test`, currentPassword: OTHER_STRONG })
    assert.equal(moved.email, `moved${person.id}@example.test`)
    // An admin changing someone else's account proves it is still them, with their own password.
    await failure(update({ email: `again${person.id}@example.test` }, admin))
    await update({ email: `again${person.id}@example.test`, currentPassword: STRONG }, admin)
  })
})

describe('no throttle per address; ten wrong passwords lock any known staff account for 10 min (lockout as denial of service)', () => {
  it('a burst of wrong passwords from one address slows that address and leaves another address and the account’s owner able to sign in', async () => {
    const victim = await newAccount()
    const attacker = '203.0.113.66'
    const burst = await Promise.allSettled(Array.from({ length: 15 }, () => signIn(victim.email, 'guess-number-one-two', attacker)))
    const statuses = burst.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as { status?: number }).status : 200))
    assert.ok(!statuses.includes(200))
    assert.ok(statuses.filter((status) => status === 429).length >= 5, `429s in the burst: ${statuses.join(' ')}`)
    // The address stays slowed: of three more attempts at once, at most one goes through (it opens the next, longer wait).
    const more = await Promise.allSettled(Array.from({ length: 3 }, () => signIn(victim.email, 'guess-number-three-four', attacker)))
    assert.ok(more.filter((a) => a.status === 'rejected' && (a.reason as { status?: number }).status === 429).length >= 2)
    // The owner, from their own address, and somebody else from another address sign in at once.
    assert.ok((await signIn(victim.email, STRONG, '198.51.100.7')).token)
    const other = await newAccount()
    assert.ok((await signIn(other.email, STRONG, '192.0.2.77')).token)
    // The Local API (no address) is throttled by account only: the owner's account is not locked there either.
    assert.ok((await signIn(victim.email, STRONG)).token)
  })

  it('the store is shared: with PostgreSQL, an address slowed through one instance is slowed through another', async (t) => {
    if (process.env.BELFORT_TEST_DB !== 'postgres') return t.skip('one process owns SQLite; its counters are in memory')
    const one = new AccountThrottle(limiterMaker(payload), payload.secret)
    const two = new AccountThrottle(limiterMaker(payload), payload.secret)
    const attempt = { email: 'shared@example.test', address: '203.0.113.99' }
    for (let i = 0; i < 7; i++) await one.admitSignIn(attempt)
    const verdict = await two.admitSignIn(attempt)
    assert.ok(!verdict.allowed && verdict.limit === 'sign-in:account-address')
    assert.equal((await two.admitSignIn({ ...attempt, address: '198.51.100.99' })).allowed, true)
  })
})

describe('forgot-password and reset throttles (no throttle per address, item 3)', () => {
  /** A POST to the REST API from a client at `address`, as the server names it to Payload. */
  const postFrom = (path: string, body: unknown, address: string) =>
    api('POST', path, { body, headers: { 'X-Belfort-Client-Address': address } })

  /** Statuses of a burst of requests sent together. */
  const statusesOf = (responses: Response[]) => responses.map((response) => response.status)

  async function refusal(response: Response): Promise<{ retryAfter: number; message: string }> {
    assert.equal(response.status, 429)
    const body = (await response.json()) as { errors: { message: string; data?: { retryAfterSeconds?: number } }[] }
    const retryAfter = Number(response.headers.get('retry-after'))
    assert.equal(body.errors[0]?.data?.retryAfterSeconds, retryAfter, 'the body says the same wait as Retry-After')
    return { retryAfter, message: body.errors[0]?.message ?? '' }
  }

  it('a burst of forgot-password requests from one address is refused with 429 and Retry-After after the free ones; another address still can', {
    timeout: 60_000,
  }, async () => {
    const attacker = '203.0.113.20'
    // Five free an hour per address, then a sixth opens a wait of 30 s during which nothing else goes.
    // More at once than PostgreSQL's pool has connections: each request holds one in its transaction
    // while it is throttled, and the throttle must not need another (it once waited for ever).
    const burst = await Promise.all(
      Array.from({ length: 14 }, (_, i) => postFrom('/users/forgot-password', { email: `burst${i}@example.test` }, attacker)),
    )
    const statuses = statusesOf(burst)
    assert.equal(statuses.filter((status) => status === 200).length, 6, statuses.join(' '))
    assert.equal(statuses.filter((status) => status === 429).length, 8, statuses.join(' '))
    for (const response of burst.filter((r) => r.status === 429)) {
      const { retryAfter, message } = await refusal(response)
      assert.ok(retryAfter > 20 && retryAfter <= 30, `Retry-After: ${retryAfter}`)
      assert.match(message, /Te veel pogingen\. Probeer het over \d+ seconden opnieuw/)
    }
    // The address stays slowed, whatever account it names next.
    assert.equal((await postFrom('/users/forgot-password', { email: 'someone-else@example.test' }, attacker)).status, 429)
    // Another address is not.
    const person = await newAccount()
    assert.equal((await postFrom('/users/forgot-password', { email: person.email }, '198.51.100.60')).status, 200)
    // One throttling record for the wait, not one per refused request.
    const records = (await events('throttled')).filter((e) => e.detail === 'reset-request:address' && e.address === attacker)
    assert.equal(records.length, 1)
    // And nobody else waits: a sign-in goes through at once.
    assert.ok((await signIn(person.email, STRONG, '198.51.100.61')).token)
  })

  it('reset requests for one account are limited from every address, and leave that account’s sign-in alone', async () => {
    const person = await newAccount()
    // Three free an hour per account, then a fourth opens a wait of a minute: each request from a fresh address.
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push((await postFrom('/users/forgot-password', { email: person.email }, `198.51.100.${70 + i}`)).status)
    assert.deepEqual(statuses, [200, 200, 200, 200, 429])
    const refused = await postFrom('/users/forgot-password', { email: person.email.toUpperCase() }, '198.51.100.79')
    const { retryAfter } = await refusal(refused)
    assert.ok(retryAfter > 45 && retryAfter <= 60, `Retry-After: ${retryAfter}`)
    // The same addresses still ask for other accounts, and the person still signs in.
    assert.equal((await postFrom('/users/forgot-password', { email: 'another-person@example.test' }, '198.51.100.70')).status, 200)
    assert.ok((await signIn(person.email, STRONG, '198.51.100.70')).token)
    const records = (await events('throttled', person.email)).filter((e) => e.detail === 'reset-request:account')
    assert.equal(records.length, 1)
  })

  it('guessed reset links from one address are slowed; the person with the real link, elsewhere, is not', { timeout: 60_000 }, async () => {
    const person = await newAccount()
    const token = await payload.forgotPassword({ collection: 'users', data: { email: person.email }, disableEmail: true })
    const guesser = '203.0.113.30'
    const guess = () => postFrom('/users/reset-password', { token: randomBytes(20).toString('hex'), password: OTHER_STRONG }, guesser)
    // Ten free an hour per address, then an eleventh opens a wait of a second (two, four … once it passes).
    const burst = await Promise.all(Array.from({ length: 16 }, guess))
    const statuses = statusesOf(burst)
    const refused = burst.filter((response) => response.status === 429)
    assert.ok(
      statuses.every((status) => status === 403 || status === 429),
      statuses.join(' '),
    )
    assert.ok(statuses.filter((status) => status === 403).length >= 11, statuses.join(' '))
    assert.ok(refused.length >= 2, statuses.join(' '))
    for (const response of refused) assert.ok((await refusal(response)).retryAfter <= 2)
    // The person who has the real link resets from their own address.
    const reset = await postFrom('/users/reset-password', { token, password: OTHER_STRONG }, '198.51.100.80')
    assert.equal(reset.status, 200, await reset.clone().text())
    assert.ok((await signIn(person.email, OTHER_STRONG, '198.51.100.80')).token)
  })

  it('tries of a new password with one real link are limited per account, from any address, and the wait is short', async () => {
    const person = await newAccount()
    const token = await payload.forgotPassword({ collection: 'users', data: { email: person.email }, disableEmail: true })
    const tryWeak = (i: number) => postFrom('/users/reset-password', { token, password: 'abc' }, `192.0.2.${140 + i}`)
    // Five free an hour per account, each from a fresh address: refused for the password alone.
    for (let i = 0; i < 5; i++) assert.equal((await tryWeak(i)).status, 400)
    // Then one of the next three at once opens a wait of a second, and the others wait.
    const next = statusesOf(await Promise.all([5, 6, 7].map(tryWeak)))
    assert.deepEqual([...next].sort(), [400, 429, 429])
    const records = (await events('throttled', person.email)).filter((e) => e.detail === 'reset:account')
    assert.equal(records.length, 1)
    // Once the second has passed, the link still works.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const reset = await postFrom('/users/reset-password', { token, password: OTHER_STRONG }, '192.0.2.150')
    assert.equal(reset.status, 200, await reset.clone().text())
  })
})

describe('who has an account can be found out: login 817 ms vs 52 ms, different lockout message, forgot-password timing', () => {
  it('an unknown account fails like a wrong password: same message, about the same time', async () => {
    const person = await newAccount()
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i++) {
      // A fresh address each time, so that no delay is measured.
      known.push(await timed(() => signIn(person.email, 'not-the-password-here', `192.0.2.${100 + i}`)))
      unknown.push(await timed(() => signIn('nobody-here@example.test', 'not-the-password-here', `192.0.2.${110 + i}`)))
    }
    const ratio = median(unknown) / median(known)
    assert.ok(ratio > 0.5 && ratio < 2, `unknown/known sign-in time: ${ratio.toFixed(2)} (${median(unknown)} / ${median(known)} ms)`)
    const wrong = await failure(signIn(person.email, 'not-the-password-here', '192.0.2.120'))
    const nobody = await failure(signIn('nobody-here@example.test', 'not-the-password-here', '192.0.2.121'))
    assert.equal(wrong.message, nobody.message)
    assert.equal(wrong.status, nobody.status)
  })

  it('a known and an unknown account are slowed alike, with the same message', async () => {
    const person = await newAccount()
    const refusal = async (email: string, address: string) => {
      const answers = await Promise.allSettled(Array.from({ length: 10 }, () => signIn(email, 'not-the-password-here', address)))
      const refused = answers.find((a) => a.status === 'rejected' && (a.reason as { status?: number }).status === 429)
      assert.ok(refused && refused.status === 'rejected')
      return (refused.reason as Error).message.replace(/\d+/g, 'N')
    }
    assert.equal(await refusal(person.email, '192.0.2.130'), await refusal('nobody-either@example.test', '192.0.2.131'))
  })

  it('asking for a password reset takes the same time for a known and an unknown account', async () => {
    // A new account each time: Payload itself answers a repeated request for one account at once (15 s apart at least).
    const people = [await newAccount(), await newAccount(), await newAccount(), await newAccount(), await newAccount()]
    const person = people.at(-1)!
    const known: number[] = []
    const unknown: number[] = []
    const ask = async (email: string, address: string) =>
      payload.forgotPassword({ collection: 'users', data: { email }, req: await from(address) })
    for (let i = 0; i < 5; i++) {
      known.push(await timed(() => ask(people[i]!.email, `198.51.100.${10 + i}`)))
      unknown.push(await timed(() => ask(`nobody${i}@example.test`, `198.51.100.${20 + i}`)))
    }
    const ratio = median(unknown) / median(known)
    assert.ok(ratio > 0.5 && ratio < 2, `unknown/known reset request time: ${ratio.toFixed(2)} (${median(unknown)} / ${median(known)} ms)`)
    // The email arrives after the answer, and its link works.
    let mail: ReceivedMail | undefined
    for (let i = 0; i < 100 && !mail; i++) {
      mail = mailServer.received.findLast((m) => m.to.includes(person.email))
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const token = mail?.text.match(/\/admin\/reset\/([0-9a-f]{40})/)?.[1]
    assert.ok(token, 'a reset link was emailed')
    await payload.resetPassword({
      collection: 'users',
      data: { token, password: OTHER_STRONG },
      overrideAccess: true,
      req: await from('198.51.100.30'),
    })
    assert.ok((await signIn(person.email, OTHER_STRONG)).token)
  })
})

describe('nothing records logins, failures, lockouts …', () => {
  it('records each sign-in, failure, throttling, password change, email change and reset request exactly once', async () => {
    const person = await newAccount()
    const address = '192.0.2.200'
    await signIn(person.email, STRONG, address)
    assert.equal((await events('sign-in')).filter((e) => e.actorEmail === person.email).length, 1)

    await failure(signIn(person.email, 'not-the-password-here', address))
    await failure(signIn('nobody-at-all@example.test', 'not-the-password-here', address))
    assert.equal((await events('sign-in-failed', person.email)).length, 1)
    assert.equal((await events('sign-in-failed', 'nobody-at-all@example.test')).length, 1)

    // Refused attempts: one record per wait, however many requests the wait refuses.
    const burst = await Promise.allSettled(
      Array.from({ length: 12 }, () => signIn('throttled@example.test', 'not-the-password-here', '192.0.2.201')),
    )
    assert.ok(burst.some((a) => a.status === 'rejected' && (a.reason as { status?: number }).status === 429))
    const throttled = await events('throttled', 'throttled@example.test')
    const limits = throttled.map((e) => e.detail)
    assert.ok(throttled.length >= 1 && throttled.length < 12 - 6, `${throttled.length} records: ${limits.join(', ')}`)
    assert.equal(new Set(limits).size, limits.length, `one record per limit and wait: ${limits.join(', ')}`)

    await payload.update({
      collection: 'users',
      id: person.id,
      data: { password: OTHER_STRONG, currentPassword: STRONG },
      user: person,
      overrideAccess: false,
    })
    const changes = (await events('password-changed')).filter((e) => e.documentId === String(person.id))
    assert.equal(changes.length, 1)
    assert.equal(changes[0]?.actorEmail, person.email)

    const email = `renamed${person.id}@example.test`
    await payload.update({
      collection: 'users',
      id: person.id,
      data: { email, currentPassword: OTHER_STRONG },
      user: person,
      overrideAccess: false,
    })
    assert.equal((await events('email-changed')).filter((e) => e.documentId === String(person.id)).length, 1)

    await payload.forgotPassword({ collection: 'users', data: { email }, req: await from('192.0.2.202') })
    assert.equal((await events('password-reset-requested', email)).length, 1)
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    assert.ok(token)
    await payload.resetPassword({
      collection: 'users',
      data: { token, password: STRONG },
      overrideAccess: true,
      req: await from('192.0.2.203'),
    })
    const resets = (await events('password-changed')).filter((e) => e.documentId === String(person.id))
    assert.deepEqual(resets.map((e) => e.detail ?? null).sort(), [null, 'reset'])
  })
})

describe('the password check matches Payload', () => {
  it('accepts what Payload hashed and refuses anything else', async () => {
    const person = await newAccount()
    const stored = await payload.db.findOne<{ id: number; hash: string; salt: string }>({
      collection: 'users',
      where: { id: { equals: person.id } },
    })
    assert.equal(await passwordMatches(stored, STRONG), true)
    assert.equal(await passwordMatches(stored, OTHER_STRONG), false)
  })
})

describe('the first admin’s generated password', () => {
  it('goes to a file in DATA_DIR that only its owner can read, and the log says where, not what', async () => {
    // What the server's logger is asked to write (its output goes to the process's standard output).
    const printed: string[] = []
    const info = logger.info
    logger.info = ((...args: unknown[]) =>
      void printed.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))) as typeof logger.info
    try {
      await ensureFirstAdmin(payload, { ...process.env, ADMIN_EMAIL: 'first-admin@example.test', ADMIN_PASSWORD: '' })
    } finally {
      logger.info = info
    }
    const file = path.join(process.env.DATA_DIR!, FIRST_ADMIN_PASSWORD_FILE)
    assert.equal(statSync(file).mode & 0o777, 0o600)
    const [email, password] = readFileSync(file, 'utf8').trim().split('\n')
    assert.equal(email, 'first-admin@example.test')
    assert.ok(password && password.length >= 12)
    assert.equal(printed.length, 1)
    assert.ok(printed[0]!.includes(file), printed[0])
    assert.ok(!printed[0]!.includes(password), 'the password is not logged')
    assert.ok((await signIn('first-admin@example.test', password)).token)
  })

  it('is refused, saying why, when ADMIN_PASSWORD breaks the rules', async () => {
    const refused = await failure(
      ensureFirstAdmin(payload, { ...process.env, ADMIN_EMAIL: 'second-admin@example.test', ADMIN_PASSWORD: 'change-me' }),
    )
    assert.match(refused.message, /ADMIN_PASSWORD|second-admin@example.test/)
    assert.match(refused.message, /12/)
  })
})
