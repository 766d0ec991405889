/**
 * Passwords and sign-in through the server (issue 13, items 1 and 3): the reason a weak password is
 * refused, in the admin in Chromium (Dutch and French) and over REST; a burst of wrong passwords
 * over REST and GraphQL slowed per address (the server names the client's address, here from
 * X-Forwarded-For with TRUST_PROXY), without locking the account's owner out; unknown accounts
 * answered like known ones, in the same time; forgot-password and reset links over GraphQL slowed
 * per address. The Local API and REST sides are tests/integration/accounts.test.ts.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { clickUntil, fillAndKeep } from '../support/admin-browser'
import { quietNetwork } from '../support/admin-screens'
import { launchBrowser } from '../support/chromium'
import { adminSession } from '../support/contact'
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Belfort, startTestServer } from '../support/server'

let server: Belfort
let browser: Browser
let api: Awaited<ReturnType<typeof adminSession>>

const STRONG = 'ziggurat-pancake-lantern-47'
const REASON = { nl: /minstens 12 tekens/, fr: /au moins 12 caractères/, en: /at least 12 characters/ } as const

before(
  async () => {
    server = await startTestServer({ env: { TRUST_PROXY: 'true' } })
    browser = await launchBrowser()
    api = await adminSession(server.url)
  },
  { timeout: 300_000 },
)
after(async () => {
  await browser?.close()
  await server?.stop()
})

/** A POST to the API as a client at `address` (the server reads it from X-Forwarded-For with TRUST_PROXY). */
function post(path: string, body: unknown, address: string, language = 'nl'): Promise<Response> {
  return fetch(server.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language, 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  })
}

const signIn = (email: string, password: string, address: string) => post('/api/users/login', { email, password }, address)

let counter = 0
async function newAccount(): Promise<{ id: number; email: string }> {
  counter++
  const email = `e2e-person${counter}@example.test`
  const response = await api('/api/users', { method: 'POST', body: JSON.stringify({ email, password: STRONG, roles: ['editor'] }) })
  assert.equal(response.status, 201, await response.clone().text())
  const { doc } = (await response.json()) as { doc: { id: number } }
  return { id: doc.id, email }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function timed(run: () => Promise<Response>): Promise<number> {
  const started = performance.now()
  await (await run()).arrayBuffer()
  return performance.now() - started
}

describe('weak passwords', () => {
  it('`abc` is refused over REST with the reason in the client’s language', async () => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      const response = await api('/api/users', {
        method: 'POST',
        headers: { 'Accept-Language': language },
        body: JSON.stringify({ email: `weak-${language}@example.test`, password: 'abc', roles: ['editor'] }),
      })
      assert.equal(response.status, 400)
      const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
      const field = body.errors[0]?.data?.errors?.find((e) => e.path === 'password')
      assert.match(field?.message ?? '', REASON[language])
    }
  })

  for (const language of ['nl', 'fr'] as const) {
    it(`the admin’s create-user screen says why a weak password is refused (${language})`, { timeout: 120_000 }, async () => {
      const login = await signIn(ADMIN_EMAIL, ADMIN_PASSWORD, '192.0.2.10')
      const token = (login.headers.get('set-cookie') ?? '').match(/payload-token=([^;]+)/)?.[1]
      assert.ok(token)
      const context = await browser.newContext({ locale: language })
      try {
        await context.addCookies([
          { name: 'payload-token', value: token, url: server.url },
          { name: 'payload-lng', value: language, url: server.url },
        ])
        const page = await context.newPage()
        await page.goto(`${server.url}/admin/collections/users/create`, { waitUntil: 'networkidle' })
        await page.fill('#field-email', `browser-${language}@example.test`)
        await page.fill('#field-password', 'abc')
        await page.fill('#field-confirm-password', 'abc')
        await clickUntil(page, '#action-save', (timeout) => page.getByText(REASON[language]).first().waitFor({ timeout }))
        const created = (await (await api(`/api/users?where[email][equals]=browser-${language}@example.test`)).json()) as {
          totalDocs: number
        }
        assert.equal(created.totalDocs, 0)
      } finally {
        await context.close()
      }
    })
  }
})

describe('password and email changed without the current password', () => {
  it('a PATCH of one’s own password or email without the current password is refused', async () => {
    const person = await newAccount()
    const session = await adminSession(server.url, person.email, STRONG)
    const patch = (data: unknown) => session(`/api/users/${person.id}`, { method: 'PATCH', body: JSON.stringify(data) })
    assert.equal((await patch({ password: 'velvet-otter-juggles-quietly' })).status, 400)
    assert.equal((await patch({ email: `other${person.id}@example.test` })).status, 400)
    assert.equal((await patch({ password: 'velvet-otter-juggles-quietly', currentPassword: STRONG })).status, 200)
  })
})

describe('password and email changed without the current password, in the admin', () => {
  it('the account screen asks for the current password once a new one is typed, and says when it is wrong', {
    timeout: 120_000,
  }, async () => {
    const person = await newAccount()
    const login = await signIn(person.email, STRONG, '192.0.2.11')
    const token = (login.headers.get('set-cookie') ?? '').match(/payload-token=([^;]+)/)?.[1]
    assert.ok(token)
    const context = await browser.newContext({ locale: 'nl' })
    try {
      await context.addCookies([
        { name: 'payload-token', value: token, url: server.url },
        { name: 'payload-lng', value: 'nl', url: server.url },
      ])
      const page = await context.newPage()
      await page.goto(`${server.url}/admin/account`, { waitUntil: 'networkidle' })
      const quiet = quietNetwork(page)
      assert.equal(await page.locator('#field-currentPassword').count(), 0, 'not asked before anything changes')
      await page.click('#change-password')
      await page.fill('#field-password', 'velvet-otter-juggles-quietly')
      await page.fill('#field-confirm-password', 'velvet-otter-juggles-quietly')
      await page.locator('#field-currentPassword').waitFor({ timeout: 30_000 })
      // As a person would: the form's state round trip for the new password ends before the next field is typed
      // (Playwright's networkidle belongs to page loads; the admin asks for its state without one).
      await quiet()
      await fillAndKeep(page.locator('#field-currentPassword'), 'not-my-password-at-all')
      await quiet()
      await clickUntil(page, '#action-save', (timeout) =>
        page.waitForRequest((request) => request.method() === 'PATCH' && request.url().includes('/api/users/'), { timeout }),
      )
      // Shown on the field (the same words also sit in a hidden tooltip, so the visible text is what is read).
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
      await page.waitForFunction(() => document.body.innerText.includes('huidige wachtwoord klopt niet'), undefined, { timeout: 30_000 })
      assert.equal((await signIn(person.email, STRONG, '192.0.2.12')).status, 200, 'the password did not change')
    } finally {
      await context.close()
    }
  })
})

describe('no throttle per address; ten wrong passwords lock any known staff account for 10 min (lockout as denial of service)', () => {
  it('a burst of wrong passwords from one address slows that address and leaves another address and the account’s owner able to sign in', async () => {
    const victim = await newAccount()
    const burst = await Promise.all(Array.from({ length: 15 }, () => signIn(victim.email, 'guess-number-one-two', '203.0.113.5')))
    const statuses = burst.map((response) => response.status)
    assert.ok(!statuses.includes(200))
    const refused = burst.filter((response) => response.status === 429)
    assert.ok(refused.length >= 5, `statuses: ${statuses.join(' ')}`)
    assert.ok(refused.every((response) => Number(response.headers.get('retry-after')) > 0))
    const message = ((await refused[0]!.json()) as { errors: { message: string }[] }).errors[0]?.message
    assert.match(message ?? '', /Te veel pogingen/)
    assert.equal((await signIn(victim.email, STRONG, '198.51.100.5')).status, 200, 'the owner, from their own address')
    const other = await newAccount()
    assert.equal((await signIn(other.email, STRONG, '192.0.2.55')).status, 200, 'another address')
  })

  it('GraphQL sign-in is throttled the same way', async () => {
    const victim = await newAccount()
    const query = `mutation { loginUser(email: "${victim.email}", password: "guess-number-one-two") { exp } }`
    const burst = await Promise.all(Array.from({ length: 12 }, () => post('/api/graphql', { query }, '203.0.113.6')))
    const bodies = (await Promise.all(burst.map((response) => response.json()))) as {
      errors?: { extensions?: { statusCode?: number } }[]
    }[]
    const codes = bodies.map((body) => body.errors?.[0]?.extensions?.statusCode)
    assert.ok(codes.filter((code) => code === 429).length >= 5, `codes: ${codes.join(' ')}`)
    assert.equal((await signIn(victim.email, STRONG, '198.51.100.6')).status, 200)
  })
})

describe('forgot-password and reset throttles', () => {
  /** The status code of each GraphQL answer's first error (undefined when it has none). */
  async function codesOf(responses: Response[]): Promise<(number | undefined)[]> {
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as {
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }[]
    return bodies.map((body) => body.errors?.[0]?.extensions?.statusCode)
  }

  it('over GraphQL too: forgotPasswordUser and resetPasswordUser are slowed per address, and another address still asks', async () => {
    const ask = (email: string, address: string) =>
      post('/api/graphql', { query: `mutation { forgotPasswordUser(email: "${email}") }` }, address)
    // Five free an hour per address; a sixth opens a wait of 30 s in which the others are refused.
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(`gql-burst${i}@example.test`, '203.0.113.7')))
    const codes = await codesOf(burst)
    assert.equal(codes.filter((code) => code === undefined).length, 6, `codes: ${codes.join(' ')}`)
    assert.equal(codes.filter((code) => code === 429).length, 2, `codes: ${codes.join(' ')}`)
    const again = (await (await ask('gql-later@example.test', '203.0.113.7')).json()) as { errors?: { message: string }[] }
    assert.match(again.errors?.[0]?.message ?? '', /Te veel pogingen\. Probeer het over \d+ seconden opnieuw/)
    const person = await newAccount()
    const elsewhere = (await (await ask(person.email, '198.51.100.7')).json()) as {
      data?: { forgotPasswordUser: boolean }
      errors?: unknown
    }
    assert.equal(elsewhere.errors, undefined, JSON.stringify(elsewhere))
    assert.equal(elsewhere.data?.forgotPasswordUser, true)

    // Guessed reset links: ten free an hour per address, then waits from a second.
    const guess = () =>
      post(
        '/api/graphql',
        { query: `mutation { resetPasswordUser(token: "${randomBytes(20).toString('hex')}", password: "${STRONG}") { token } }` },
        '203.0.113.8',
      )
    const guesses = await codesOf(await Promise.all(Array.from({ length: 16 }, guess)))
    assert.ok(
      guesses.every((code) => code === 403 || code === 429),
      `codes: ${guesses.join(' ')}`,
    )
    assert.ok(guesses.filter((code) => code === 403).length >= 11, `codes: ${guesses.join(' ')}`)
    assert.ok(guesses.filter((code) => code === 429).length >= 2, `codes: ${guesses.join(' ')}`)
  })
})

describe('who has an account can be found out: login 817 ms vs 52 ms, different lockout message, forgot-password timing', () => {
  it('sign-in: an unknown account gets the same answer as a wrong password, in about the same time', async () => {
    const person = await newAccount()
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await timed(() => signIn(person.email, 'not-the-password-here', `192.0.2.${100 + i}`)))
      unknown.push(await timed(() => signIn('nobody@example.test', 'not-the-password-here', `192.0.2.${110 + i}`)))
    }
    const ratio = median(unknown) / median(known)
    assert.ok(
      ratio > 0.5 && ratio < 2,
      `unknown/known: ${ratio.toFixed(2)} (${median(unknown).toFixed(0)} / ${median(known).toFixed(0)} ms)`,
    )
    const [wrong, nobody] = await Promise.all([
      signIn(person.email, 'not-the-password-here', '192.0.2.120'),
      signIn('nobody@example.test', 'not-the-password-here', '192.0.2.121'),
    ])
    assert.equal(wrong.status, nobody.status)
    assert.deepEqual(await wrong.json(), await nobody.json())
  })

  it('forgot-password: the same answer in about the same time for a known and an unknown account', async () => {
    // A new account each time: Payload itself answers a repeated request for one account at once (15 s apart at least).
    const people = [await newAccount(), await newAccount(), await newAccount(), await newAccount(), await newAccount()]
    const known: number[] = []
    const unknown: number[] = []
    const ask = (email: string, address: string) => post('/api/users/forgot-password', { email }, address)
    for (let i = 0; i < 5; i++) {
      known.push(await timed(() => ask(people[i]!.email, `198.51.100.${10 + i}`)))
      unknown.push(await timed(() => ask(`nobody${i}@example.test`, `198.51.100.${20 + i}`)))
    }
    const ratio = median(unknown) / median(known)
    assert.ok(
      ratio > 0.5 && ratio < 2,
      `unknown/known: ${ratio.toFixed(2)} (${median(unknown).toFixed(0)} / ${median(known).toFixed(0)} ms)`,
    )
    const fresh = await newAccount()
    const [a, b] = await Promise.all([ask(fresh.email, '198.51.100.40'), ask('nobody-else@example.test', '198.51.100.41')])
    assert.equal(a.status, 200)
    assert.deepEqual(await a.json(), await b.json())
  })
})
