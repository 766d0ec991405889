/**
 * Findings "sessions slide forever through refresh-token" and "session cookie without Secure":
 * with a lifetime of a few seconds (SESSION_MAX_HOURS=0.0015, 5.4 s) and an idle time of three
 * (SESSION_IDLE_MINUTES=0.05), on the real clock, and SERVER_URL on https.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { type Api, payloadApi, sessionCookie, whoAmI } from '../support/payload-api'
import { startTestPayload, type TestPayload } from './payload-instance'

const MAX_MS = 5400
const PASSWORD = 'a-long-test-password'
let instance: TestPayload
let api: Api

before(async () => {
  Object.assign(process.env, {
    SERVER_URL: 'https://belfort.example',
    STAFF_2FA: 'optional',
    SESSION_MAX_HOURS: '0.0015',
    SESSION_IDLE_MINUTES: '0.05',
  })
  instance = await startTestPayload()
  const { default: config } = await import('@/payload.config')
  api = payloadApi(config, 'https://belfort.example')
  await instance.payload.create({
    collection: 'users',
    data: { email: 'editor@lifetime.test', password: PASSWORD, roles: ['editor'] },
    overrideAccess: true,
  })
})
after(() => instance.close())

async function signIn(): Promise<{ response: Response; cookie: string; at: number }> {
  const response = await api('POST', '/users/login', { body: { email: 'editor@lifetime.test', password: PASSWORD } })
  assert.equal(response.status, 200, await response.clone().text())
  // The session began during the sign-in (hashing the password takes a while): no later than now.
  return { response, cookie: sessionCookie(response), at: Date.now() }
}

describe('session lifetime', () => {
  it('sends the session cookie with Secure when SERVER_URL is https', async () => {
    const { response } = await signIn()
    const cookie = response.headers.get('set-cookie') ?? ''
    assert.match(cookie, /;\s*Secure/i)
    assert.match(cookie, /;\s*HttpOnly/i)
    assert.match(cookie, /;\s*SameSite=Lax/i)
  })

  it('cannot be stretched past SESSION_MAX_HOURS by refreshing', async () => {
    let { cookie, at } = await signIn()
    let lastExp = 0
    // Refresh every 800 ms, as an admin tab would on every click, for longer than the lifetime.
    while (Date.now() - at < MAX_MS - 1500) {
      await sleep(800)
      const refreshed = await api('POST', '/users/refresh-token', { cookie })
      assert.equal(refreshed.status, 200, `refresh ${Date.now() - at} ms after sign-in`)
      cookie = sessionCookie(refreshed)
      lastExp = ((await refreshed.json()) as { exp: number }).exp
      // Every new token ends no later than the session does.
      assert.ok(lastExp * 1000 <= at + MAX_MS + 1500, `token exp ${lastExp * 1000 - at} ms after sign-in`)
      assert.ok(await whoAmI(api, cookie))
    }
    await sleep(Math.max(0, at + MAX_MS + 200 - Date.now()))
    assert.equal(await whoAmI(api, cookie), null)
    assert.equal((await api('POST', '/users/refresh-token', { cookie })).status, 403)
  })

  it('ends after SESSION_IDLE_MINUTES without a refresh', async () => {
    const { cookie } = await signIn()
    assert.ok(await whoAmI(api, cookie))
    await sleep(3600)
    assert.equal(await whoAmI(api, cookie), null)
  })
})
