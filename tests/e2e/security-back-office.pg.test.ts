/**
 * Issue 13, items 4 (the Origin check), 7, 8 and 11: what the back office and its API accept from
 * whom. Visitors without a session read in bounded pages; bodies are bounded before they are read;
 * malformed ids and paging are 400/404, never 500, and no answer names an internal URL or a server
 * path; a signed-in write must come from SERVER_URL's origin; the admin may not be framed on any
 * screen, loads nothing from another host, and what visitors sent is downloaded, never shown.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../support/chromium'
import { adminSession, FILES, referenceOf, submitContact } from '../support/contact'
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Belfort, startTestServer } from '../support/server'

let server: Belfort & { dataDir: string }
let browser: Browser
let api: Awaited<ReturnType<typeof adminSession>>

before(
  async () => {
    ;[server, browser] = await Promise.all([startTestServer(), launchBrowser()])
    api = await adminSession(server.url)
  },
  { timeout: 240_000 },
)
after(async () => {
  await browser?.close().catch(() => undefined)
  await server?.stop()
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers })
const graphql = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
const messageOf = async (response: Response) => ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

function residentKb(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
}

/** What no answer may show: an address inside the server, or where the server keeps its files. */
function internals(text: string): string[] {
  return [
    /localhost:3000/,
    /https?:\/\/(?:localhost|0\.0\.0\.0)(?![\w.])/,
    new RegExp(server.dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    /\/tmp\//,
  ]
    .filter((pattern) => pattern.test(text))
    .map(String)
}

describe('the API for visitors without a session', () => {
  it('unbounded anonymous reads: ?limit=0, pagination=false and depth=10 are refused with a 400 that says the bounds', async () => {
    for (const path of [
      '/api/plan-items?limit=0',
      '/api/plan-items?limit=101',
      '/api/plan-items?pagination=false',
      '/api/plan-items?limit=0&pagination=false&depth=10',
      '/api/news?depth=3',
      '/api/globals/home?depth=10',
      '/api/plan-versions?joins[successors][limit]=0',
    ]) {
      const response = await get(path, { 'accept-language': 'en' })
      assert.equal(response.status, 400, path)
      assert.match(await messageOf(response), /Without signing in/, path)
    }
    const bounded = await get('/api/plan-items?limit=100&depth=2')
    assert.equal(bounded.status, 200)
    const page = (await bounded.json()) as { docs: unknown[]; limit: number }
    assert.ok(page.docs.length > 0 && page.limit === 100)
    // Signed in, staff may still ask for everything.
    assert.equal((await api('/api/plan-items?limit=0&pagination=false&depth=0')).status, 200)
  })

  it('unbounded anonymous reads through GraphQL: limits, depth and cost are bounded too', async () => {
    for (const query of [
      '{ allNews(limit: 0) { docs { id } } }',
      '{ allNews(pagination: false) { docs { id } } }',
      '{ PlanItems(limit: 5) { docs { parent { parent { parent { parent { parent { parent { id } } } } } } } } }',
      `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: PlanItems(limit: 100) { docs { id code title description parent { id code } } }`).join(' ')} }`,
    ]) {
      const response = await graphql(query, { 'accept-language': 'fr' })
      assert.match(await messageOf(response), /Sans connexion|sans connexion/, query.slice(0, 60))
    }
    const bounded = (await (await graphql('{ allNews(limit: 100) { docs { id themes { name } } } }')).json()) as {
      data?: { allNews: { docs: unknown[] } }
    }
    assert.ok((bounded.data?.allNews.docs.length ?? 0) > 0)
  })

  it('GraphQL "Did you mean …" suggestions reveal the schema: they are taken out of every message', async () => {
    const response = await graphql('{ Newss(limit: 1) { docs { titl } } allNews { docs { titl } } }')
    const text = await response.text()
    assert.match(text, /Cannot query field/)
    assert.doesNotMatch(text, /Did you mean/)
    assert.doesNotMatch(text, /"News"/)
  })

  it('anonymous 500s: /api/news/abc, negative or huge page, /api/contact-messages/versions; /api/payload-migrations shows an internal URL', async () => {
    const expected: [string, number][] = [
      ['/api/news/abc', 404],
      ['/api/news/1e400', 404],
      ['/api/news/distinct', 404],
      ['/api/news?page=-1', 400],
      ['/api/news?page=0', 400],
      ['/api/news?page=99999999999999999999', 400],
      ['/api/news?page=abc', 400],
      ['/api/news?limit=-5', 400],
      ['/api/news?where=notjson', 400],
      ['/api/news/count?where=x', 400],
      ['/api/news/1?data=zz', 400],
      ['/api/payload-migrations', 404],
    ]
    for (const [path, status] of expected) {
      const response = await get(path)
      const text = await response.text()
      assert.equal(response.status, status, `${path}: ${text.slice(0, 200)}`)
      assert.deepEqual(internals(text), [], `${path} names something internal`)
    }
    for (const path of ['/api/contact-messages/versions', '/api/contact-messages/versions?page=-1', '/api/contact-messages/abc']) {
      const response = await get(path)
      const text = await response.text()
      assert.ok(response.status < 500, `${path}: ${response.status} ${text.slice(0, 200)}`)
      assert.deepEqual(internals(text), [], `${path} names something internal`)
    }
  })

  it('no body limit on /api JSON: a 60 MB login body is refused with 413 before it is read, and memory stays flat', {
    timeout: 120_000,
  }, async () => {
    assert.ok(server.pid)
    const before = residentKb(server.pid)
    const size = 60 * 1024 * 1024
    // The server answers on the headers and closes the connection: the client sees the 413, or, when
    // it is still writing as the connection closes, a reset long before the body is through.
    const outcome = await new Promise<{ status?: number; sent: number }>((resolve, reject) => {
      const url = new URL(server.url)
      let sent = 0
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/api/users/login',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': size },
        },
        (res) => {
          res.resume()
          resolve({ status: res.statusCode, sent })
          req.destroy()
        },
      )
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ sent }) : reject(error),
      )
      const chunk = Buffer.alloc(1024 * 1024, 'a')
      const pump = () => {
        while (sent < size && !req.destroyed) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        if (!req.destroyed) req.end()
      }
      // The first megabyte, then a pause in which the answer can arrive, then the rest.
      sent += chunk.length
      req.write(chunk)
      setTimeout(pump, 500)
    })
    assert.ok(
      outcome.status === 413 || (outcome.status === undefined && outcome.sent < size),
      `answered ${outcome.status ?? 'with a reset'} after ${Math.round(outcome.sent / 1024 / 1024)} MB of ${size / 1024 / 1024}`,
    )
    const grown = residentKb(server.pid) - before
    assert.ok(grown < 40 * 1024, `resident memory grew by ${Math.round(grown / 1024)} MB`)
    const chunked = await new Promise<number>((resolve, reject) => {
      const url = new URL(server.url)
      const req = request(
        { host: url.hostname, port: url.port, path: '/api/users/login', method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.write('{"email":')
      req.end('"a@b.c"}')
    })
    assert.equal(chunked, 411, 'a body of unknown length is not read')
  })

  it('Server-Timing (query counts) sent to every visitor: only signed-in staff get it', async () => {
    const anonymous = await get('/nl/nieuws?page=1')
    assert.equal(anonymous.status, 200)
    assert.equal(anonymous.headers.get('server-timing'), null)
    const madeUp = await get('/nl/nieuws?page=1', { cookie: 'payload-token=made-up' })
    assert.equal(madeUp.headers.get('server-timing'), null, 'a made-up cookie is no session')
    const staff = await api('/nl/nieuws?page=1')
    assert.match(staff.headers.get('server-timing') ?? '', /queries/)
  })
})

describe('signed-in writes', () => {
  it('session cookie writes: Sec-Fetch-Site: same-site without Origin, or another Origin, get a 403 naming the origin to use', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    const { token } = (await login.json()) as { token: string }
    const patch = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/administrations/1?depth=0`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ order: 0 }),
      })
    const origin = new URL(server.url).origin
    for (const [language, words] of [
      ['nl', 'alleen aanvaard vanaf'],
      ['fr', 'acceptées que depuis'],
      ['en', 'accepted from'],
    ] as const) {
      const refused = await patch({ cookie, 'sec-fetch-site': 'same-site', 'accept-language': language })
      assert.equal(refused.status, 403, language)
      const message = await messageOf(refused)
      assert.ok(message.includes(words) && message.includes(origin), `${language}: ${message}`)
    }
    assert.equal((await patch({ cookie, origin: 'https://evil.example' })).status, 403)
    assert.equal((await patch({ cookie, origin: 'null', referer: `${server.url}/admin` })).status, 403)
    assert.equal((await patch({ cookie, origin })).status, 200, 'from the back office’s own origin')
    assert.equal((await patch({ authorization: `JWT ${token}` })).status, 200, 'a token without a cookie is not concerned')
  })

  it('an administration’s website accepts javascript:: only http(s) and mailto links are stored', async () => {
    const save = (website: string) =>
      api('/api/administrations/1?locale=nl&depth=0', {
        method: 'PATCH',
        body: JSON.stringify({ contact: { website } }),
        headers: { 'accept-language': 'en' },
      })
    for (const bad of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', '/relative']) {
      const response = await save(bad)
      assert.equal(response.status, 400, bad)
      assert.match(JSON.stringify(await response.json()), /https:\/\//)
    }
    assert.equal((await save('https://economie-werk.brussels')).status, 200)
  })
})

/** The back office's content policy and framing refusal, on one HTML screen's answer. */
function assertBackOfficeHeaders(header: (name: string) => string | null | undefined, path: string): void {
  const csp = header('content-security-policy') ?? ''
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "default-src 'self'",
    "connect-src 'self'",
  ])
    assert.ok(csp.includes(directive), `${path}: ${directive} in ${csp}`)
  assert.equal(header('x-frame-options'), 'DENY', path)
}

describe('the back office', () => {
  it('/admin can be framed by any site; no CSP on the back office: it now has a strict policy and X-Frame-Options DENY', async () => {
    const page = await get('/admin/login')
    assert.equal(page.status, 200)
    assertBackOfficeHeaders((name) => page.headers.get(name), '/admin/login')
  })

  it('staff browsers load a third-party avatar image on every admin screen: no admin screen asks another host for anything, and the policy breaks none', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const foreign: string[] = []
    const violations: string[] = []
    const host = new URL(server.url).host
    try {
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          ;(window as unknown as { __violations: string[] }).__violations ??= []
          ;(window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      context.on('request', (request) => {
        const url = new URL(request.url())
        if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.host !== host) foreign.push(request.url())
      })
      const page = await context.newPage()
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
      await page.fill('#field-email', ADMIN_EMAIL)
      await page.fill('#field-password', ADMIN_PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      const firstId = async (path: string) =>
        ((await (await api(path)).json()) as { docs: { id: number }[] }).docs[0]?.id ?? assert.fail(path)
      const news = (await (await api('/api/news?limit=1&depth=0')).json()) as { docs: { id: number }[] }
      const sent = await submitContact(server.url, { fields: { email: 'screens.sender@example.be' } })
      assert.equal(sent.status, 303)
      const message = await firstId(
        `/api/contact-messages?where[reference][equals]=${referenceOf(sent.location)}&depth=0&select[reference]=true`,
      )
      const auditEvent = await firstId('/api/audit-events?limit=1&depth=0')
      const user = await firstId('/api/users?limit=1&depth=0&sort=-createdAt')
      const events = async (action: string) =>
        ((await (await api(`/api/audit-events?where[action][equals]=${action}&limit=0&depth=0`)).json()) as { totalDocs: number }).totalDocs
      const exportsBefore = await events('messages-exported')
      // A summit that took stock shows its frozen JSON, which Payload's JSON editor would fetch scripts from a CDN for.
      const summits = (await (await api('/api/social-summits?where[snapshotTakenAt][exists]=true&limit=1&depth=0')).json()) as {
        docs: { id: number }[]
      }
      assert.ok(summits.docs[0], 'a summit that took stock')
      for (const path of [
        '/admin',
        '/admin/collections/news',
        `/admin/collections/news/${news.docs[0]!.id}`,
        '/admin/collections/media/create',
        `/admin/collections/social-summits/${summits.docs[0]!.id}`,
        '/admin/account',
        '/admin/globals/home',
        // With STAFF_2FA=optional, a signed-in person without a factor may open this to set one up.
        '/admin/second-factor',
        '/admin/collections/audit-events',
        `/admin/collections/audit-events/${auditEvent}`,
        '/admin/collections/contact-messages',
        `/admin/collections/contact-messages/${message}`,
        '/admin/collections/users',
        `/admin/collections/users/${user}`,
      ]) {
        const response = await page.goto(server.url + path, { waitUntil: 'networkidle' })
        assert.equal(response?.status(), 200, path)
        assert.equal(new URL(page.url()).pathname, path, 'the screen itself, not a redirect')
        const headers = response!.headers()
        assertBackOfficeHeaders((name) => headers[name], path)
        await page.waitForTimeout(500)
        const recorded = (await page.evaluate('window.__violations ?? []')) as string[]
        violations.push(...recorded.map((v) => `${path}: ${v}`))
        if (path.includes('social-summits'))
          assert.ok(await page.locator('section.summit-snapshot h3').count(), 'the stock-taking is shown, as a summary')
        if (path === '/admin/second-factor')
          assert.ok(await page.locator('svg.second-factor__qr').count(), 'the set-up screen, with its QR code')
      }
      // The inbox is a screen, not an export: it is read on the server, and records nothing of the kind.
      assert.equal(await events('messages-exported'), exportsBefore)
      const avatar = await page.locator('img[src*="gravatar"]').count()
      assert.equal(avatar, 0, 'no Gravatar image')
    } finally {
      await context.close()
    }
    assert.deepEqual(foreign, [], 'requests to other hosts')
    assert.deepEqual(violations, [], 'content policy violations')
  })

  it('contact attachments served inline without Cache-Control: now a download that no cache keeps; the outbox shows staff the server path of each mail: now only its name', {
    timeout: 60_000,
  }, async () => {
    const result = await submitContact(server.url, {
      fields: { email: 'attachment.sender@example.be' },
      files: [{ name: 'scan.pdf', bytes: FILES.pdf(), type: 'application/pdf' }],
    })
    assert.equal(result.status, 303)
    const reference = referenceOf(result.location)!
    const found = (await (await api(`/api/contact-messages?where[reference][equals]=${reference}&depth=1`)).json()) as {
      docs: { id: number; attachments: { filename: string }[] }[]
    }
    const filename = found.docs[0]!.attachments[0]!.filename
    const file = await api(`/api/contact-attachments/file/${filename}`)
    assert.equal(file.status, 200)
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment/)
    assert.equal(file.headers.get('cache-control'), 'private, no-store')
    assert.equal((await get(`/api/contact-attachments/file/${filename}`)).status, 403, 'never to visitors')

    const deadline = Date.now() + 40_000
    let outbox: { file?: string | null; to: string }[] = []
    while (Date.now() < deadline) {
      outbox = (
        (await (await api(`/api/email-outbox?where[message][equals]=${found.docs[0]!.id}&depth=0`)).json()) as { docs: typeof outbox }
      ).docs
      if (outbox.length > 0 && outbox.every((email) => email.file)) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    assert.ok(outbox.length > 0 && outbox.every((email) => email.file), 'the outbox job wrote the emails')
    for (const email of outbox) {
      assert.match(email.file!, /^\d+-[a-z]+\.eml$/, 'a file name, not a path')
      assert.deepEqual(internals(JSON.stringify(email)), [])
    }
  })
})
