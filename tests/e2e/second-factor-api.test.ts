/**
 * Finding "a signed-in user of a required role without a factor can do nothing but enrol; a session
 * whose second factor is pending gets no user anywhere", through the running server (STAFF_2FA=
 * required): REST, GraphQL, the admin's pages and the public preview refuse the pending session;
 * once the factor is set up, the same requests work.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Secret, TOTP } from 'otpauth'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/server'
import { serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile({ env: { STAFF_2FA: 'required' } })

function request(path: string, cookie: string | undefined, init: RequestInit = {}): Promise<Response> {
  return fetch(server.url + path, {
    signal: AbortSignal.timeout(120_000),
    ...init,
    headers: {
      // What a browser on the back office sends: a write with the session cookie needs the server's Origin.
      Origin: server.url,
      'Sec-Fetch-Site': 'same-origin',
      ...(typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}),
      ...(cookie ? { Cookie: cookie } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  })
}

function cookieOf(response: Response): string {
  const match = /payload-token=[^;]*/.exec(response.headers.get('set-cookie') ?? '')
  assert.ok(match, `no session cookie (${response.status})`)
  return match[0]
}

async function graphql(cookie: string, query: string): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const response = await request('/api/graphql', cookie, { method: 'POST', body: JSON.stringify({ query }) })
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
}

/**
 * Where an admin address leads: Next answers a redirect made while rendering with 200 and the
 * redirect in the streamed page (`NEXT_REDIRECT;replace;<path>;307`), which the browser follows.
 */
async function adminLanding(path: string, cookie: string): Promise<string> {
  for (let hops = 0; hops < 5; hops++) {
    const response = await request(path, cookie, { redirect: 'manual' })
    const location = response.headers.get('location')
    const body = await response.text()
    const next = location ?? /NEXT_REDIRECT;(?:replace|push);([^;]+);30[78];/.exec(body)?.[1]
    if (!next) return new URL(path, server.url).pathname
    path = next
  }
  throw new Error(`too many redirects from ${path}`)
}

/** What a cookie can do: every way in that the finding names. */
async function reach(cookie: string) {
  const me = (await (await request('/api/users/me', cookie)).json()) as { user: { email: string } | null }
  const users = await request('/api/users', cookie)
  const audit = await request('/api/audit-events', cookie)
  const meUser = await graphql(cookie, '{ meUser { user { email } } }')
  const usersQuery = await graphql(cookie, '{ Users { docs { email } } }')
  const preview = await request('/nl/?preview=1', cookie)
  await preview.arrayBuffer()
  return {
    me: me.user?.email ?? null,
    users: users.status,
    audit: audit.status,
    graphqlMe: (meUser.data?.meUser as { user: { email: string } | null } | undefined)?.user?.email ?? null,
    graphqlUsers: usersQuery.errors ? 'refused' : 'answered',
    adminPath: await adminLanding('/admin/collections/users', cookie),
    preview: preview.status,
  }
}

describe('a pending second step, through the server', () => {
  let pending: string
  let secret: string

  it('signs in with the password to a session that can do nothing but set up the factor', async () => {
    const login = await request('/api/users/login', undefined, {
      method: 'POST',
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    })
    assert.equal(login.status, 200)
    const body = (await login.json()) as { user: unknown; secondFactor?: string }
    assert.equal(body.user, null)
    assert.equal(body.secondFactor, 'enrol')
    pending = cookieOf(login)
    assert.deepEqual(await reach(pending), {
      me: null,
      users: 403,
      audit: 403,
      graphqlMe: null,
      graphqlUsers: 'refused',
      adminPath: '/admin/second-factor',
      preview: 403,
    })
  })

  it('shows the set-up screen with a QR code drawn on the server and the secret as text', async () => {
    const page = await request('/admin/second-factor', pending)
    assert.equal(page.status, 200)
    // The admin streams its React tree: the screen's elements are in the page as serialised props.
    const html = (await page.text()).replace(/\\"/g, '"')
    assert.match(html, /"svg",null,\{"className":"second-factor__qr","role":"img"/)
    const shown = /"className":"second-factor__secret","children":"([A-Z2-7 ]+)"/.exec(html)
    assert.ok(shown, 'the secret is shown as text')
    // The API gives the same secret (the screen's, not a new one).
    const start = (await (await request('/api/users/second-factor/enrol/start', pending, { method: 'POST' })).json()) as { secret: string }
    secret = shown[1]!.replace(/ /g, '')
    assert.equal(start.secret, secret)
    // Nothing on the screen comes from another host.
    for (const [, url] of html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)) assert.ok(url!.startsWith(server.url), url)
  })

  it('replaces the session once the factor is set up, and the new one reaches everything', async () => {
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate()
    const enrolled = await request('/api/users/second-factor/enrol', pending, { method: 'POST', body: JSON.stringify({ code }) })
    assert.equal(enrolled.status, 200)
    const cookie = cookieOf(enrolled)
    assert.deepEqual(await reach(cookie), {
      me: ADMIN_EMAIL,
      users: 200,
      audit: 200,
      graphqlMe: ADMIN_EMAIL,
      graphqlUsers: 'answered',
      adminPath: '/admin/collections/users',
      preview: 200,
    })
    // The pending session's token is worth nothing now.
    assert.equal((await reach(pending)).me, null)
    // The factor's hidden columns read as nothing through GraphQL, even for an admin.
    const secretQuery = await graphql(cookie, '{ Users { docs { email totpSecret totpPendingSecret totpLastStep recoveryCodes } } }')
    const docs = (secretQuery.data?.Users as { docs: Record<string, unknown>[] } | undefined)?.docs ?? []
    assert.ok(
      docs.some((doc) => doc.email === ADMIN_EMAIL),
      JSON.stringify(secretQuery),
    )
    for (const doc of docs) {
      for (const hidden of ['totpSecret', 'totpPendingSecret', 'totpLastStep', 'recoveryCodes'])
        assert.equal(doc[hidden] ?? null, null, hidden)
    }
  })

  it('leaves a pending sign-in with the screen’s sign-out button (a plain form)', async () => {
    const login = await request('/api/users/login', undefined, {
      method: 'POST',
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    })
    assert.equal(((await login.json()) as { secondFactor?: string }).secondFactor, 'verify')
    const again = cookieOf(login)
    const out = await request('/api/users/second-factor/cancel', again, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
      body: '',
    })
    assert.equal(out.status, 303)
    assert.equal(out.headers.get('location'), '/admin/login')
    assert.match(out.headers.get('set-cookie') ?? '', /payload-token=;/)
    // The session is gone: the same cookie no longer even reaches the second-factor screen.
    assert.equal(await adminLanding('/admin/second-factor', again), '/admin/login')
  })
})
