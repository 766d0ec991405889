/**
 * The second factor and the session guard through Payload's REST API (in process): a sign-in that
 * needs its second step gives no user until it is done; enrolment, codes, replays, recovery codes,
 * wrong-code throttling, an admin's reset and an admin ending a session; and the audit trail of it.
 * STAFF_2FA is left at its default, `required`.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload, Where } from 'payload'
import { totpCode } from '@/accounts/second-factor/totp'
import { guardedJwtAuthentication } from '@/accounts/sessions/guard'
import { readStoredUser, writeStoredUser } from '@/accounts/sessions/stored-user'
import { type Api, payloadApi, sessionCookie, whoAmI } from '../support/payload-api'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let api: Api
const PASSWORD = 'a-long-test-password'
const ids: Record<string, number> = {}

before(async () => {
  delete process.env.STAFF_2FA
  instance = await startTestPayload()
  payload = instance.payload
  const { default: config } = await import('@/payload.config')
  api = payloadApi(config)
  for (const [name, roles] of [
    ['admin', ['admin']],
    ['handler', ['contact-handler']],
    ['editor', ['editor']],
    ['followup', ['follow-up']],
    ['evaluator', ['evaluator']],
  ] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${name}@2fa.test`, password: PASSWORD, roles: [...roles] },
      overrideAccess: true,
    })
    ids[name] = user.id
  }
})
after(() => instance.close())

async function signIn(name: string): Promise<{ cookie: string; body: { user: unknown; secondFactor?: string; token?: string } }> {
  const response = await api('POST', '/users/login', { body: { email: `${name}@2fa.test`, password: PASSWORD } })
  assert.equal(response.status, 200, await response.clone().text())
  return { cookie: sessionCookie(response), body: (await response.json()) as { user: unknown; secondFactor?: string } }
}

/** Signs in and sets up a factor; returns the complete session's cookie, the secret and the recovery codes. */
async function enrol(name: string): Promise<{ cookie: string; secret: string; recoveryCodes: string[] }> {
  const { cookie } = await signIn(name)
  const start = await api('POST', '/users/second-factor/enrol/start', { cookie })
  assert.equal(start.status, 200, await start.clone().text())
  const { secret } = (await start.json()) as { secret: string }
  const done = await api('POST', '/users/second-factor/enrol', { cookie, body: { code: totpCode(secret) } })
  assert.equal(done.status, 200, await done.clone().text())
  const { recoveryCodes } = (await done.json()) as { recoveryCodes: string[] }
  return { cookie: sessionCookie(done), secret, recoveryCodes }
}

/** A complete session of a user who has a factor, with a code one step ahead (never the step just used). */
async function signInWithCode(name: string, secret: string, stepsAhead = 1): Promise<string> {
  const { cookie, body } = await signIn(name)
  assert.equal(body.secondFactor, 'verify')
  const verified = await api('POST', '/users/second-factor/verify', {
    cookie,
    body: { code: totpCode(secret, Date.now() + stepsAhead * 30_000) },
  })
  assert.equal(verified.status, 200, await verified.clone().text())
  return sessionCookie(verified)
}

async function auditOf(action: string, documentId?: number) {
  const where: Where = { action: { equals: action } }
  if (documentId !== undefined) where.documentId = { equals: String(documentId) }
  return (await payload.find({ collection: 'audit-events', where, overrideAccess: true, limit: 100 })).docs
}

let admin: { cookie: string; secret: string; recoveryCodes: string[] }

describe('a sign-in waiting for its second step', () => {
  it('is judged by the guarded strategy, installed when Payload starts', () => {
    assert.equal(payload.authStrategies.find(({ name }) => name === 'local-jwt')?.authenticate, guardedJwtAuthentication)
  })

  it('answers without the user and says the factor must be set up, for a role that needs one', async () => {
    const { cookie, body } = await signIn('handler')
    assert.equal(body.user, null)
    assert.equal(body.secondFactor, 'enrol')
    assert.equal(await whoAmI(api, cookie), null)
    assert.equal((await api('GET', `/users/${ids.handler}`, { cookie })).status, 403)
    assert.equal((await api('GET', '/contact-messages', { cookie })).status, 403)
    assert.equal((await api('POST', '/users/refresh-token', { cookie })).status, 403)
  })

  it('needs no second step for a role that does not need one and has none', async () => {
    const { cookie, body } = await signIn('editor')
    assert.equal(body.secondFactor, undefined)
    assert.equal((body.user as { email: string }).email, 'editor@2fa.test')
    assert.equal((await whoAmI(api, cookie))?.email, 'editor@2fa.test')
  })

  it('refuses the second-factor endpoints without a sign-in', async () => {
    assert.equal((await api('POST', '/users/second-factor/verify', { body: { code: '123456' } })).status, 401)
    assert.equal((await api('POST', '/users/second-factor/enrol/start')).status, 401)
  })
})

describe('enrolment', () => {
  it('shows a secret, refuses a wrong code, and with the right one gives a new session and ten recovery codes', async () => {
    const { cookie: pending } = await signIn('admin')
    const start = await api('POST', '/users/second-factor/enrol/start', { cookie: pending })
    const shown = (await start.json()) as { secret: string; otpauthUri: string; qrCode: { path: string } }
    assert.match(shown.otpauthUri, /^otpauth:\/\/totp\/Belfort:admin%402fa\.test\?/)
    assert.ok(shown.qrCode.path.length > 100)
    // A reload shows the same secret, not a new one.
    const again = (await (await api('POST', '/users/second-factor/enrol/start', { cookie: pending })).json()) as { secret: string }
    assert.equal(again.secret, shown.secret)

    const wrong = await api('POST', '/users/second-factor/enrol', { cookie: pending, body: { code: '000000' } })
    assert.equal(wrong.status, 400)
    assert.equal(((await wrong.json()) as { errors: { code: string }[] }).errors[0]?.code, 'wrongCode')

    const done = await api('POST', '/users/second-factor/enrol', { cookie: pending, body: { code: totpCode(shown.secret) } })
    assert.equal(done.status, 200)
    const { recoveryCodes } = (await done.json()) as { recoveryCodes: string[] }
    assert.equal(recoveryCodes.length, 10)
    const cookie = sessionCookie(done)
    assert.equal((await whoAmI(api, cookie))?.email, 'admin@2fa.test')
    // The pending session's token is worth nothing now: the session got a new id.
    assert.equal(await whoAmI(api, pending), null)
    admin = { cookie, secret: shown.secret, recoveryCodes }
    assert.equal((await auditOf('factor-enrolled', ids.admin)).length, 1)
    assert.equal((await auditOf('factor-failed', ids.admin)).length, 1)
  })

  it('keeps the secret and the recovery codes out of every API answer, and stores them sealed and hashed', async () => {
    const asAdmin = (await (await api('GET', `/users/${ids.admin}`, { cookie: admin.cookie })).json()) as Record<string, unknown>
    assert.equal(asAdmin.email, 'admin@2fa.test')
    assert.ok(asAdmin.secondFactorSince)
    for (const hidden of ['totpSecret', 'totpPendingSecret', 'totpLastStep', 'recoveryCodes', 'hash', 'salt'])
      assert.equal(asAdmin[hidden], undefined, hidden)
    const local = await payload.findByID({ collection: 'users', id: ids.admin!, overrideAccess: true })
    assert.equal((local as unknown as Record<string, unknown>).totpSecret, undefined)
    const stored = await readStoredUser(payload, ids.admin!)
    assert.ok(stored?.totpSecret?.startsWith('v1.'))
    assert.ok(!stored?.totpSecret?.includes(admin.secret))
    assert.ok(!JSON.stringify(stored?.recoveryCodes).includes(admin.recoveryCodes[0]!.replace('-', '')))
  })

  it('refuses a second enrolment', async () => {
    assert.equal((await api('POST', '/users/second-factor/enrol/start', { cookie: admin.cookie })).status, 409)
  })
})

describe('signing in with the factor', () => {
  let secret: string
  before(async () => {
    secret = (await enrol('followup')).secret
  })

  it('asks for the code, and refuses a code that was used already', async () => {
    const { cookie, body } = await signIn('followup')
    assert.equal(body.secondFactor, 'verify')
    assert.equal(body.user, null)
    // The enrolment used this step's code.
    const replayed = await api('POST', '/users/second-factor/verify', { cookie, body: { code: totpCode(secret) } })
    assert.equal(replayed.status, 400)
    assert.equal(((await replayed.json()) as { errors: { code: string }[] }).errors[0]?.code, 'replayedCode')
    const next = totpCode(secret, Date.now() + 30_000)
    const verified = await api('POST', '/users/second-factor/verify', { cookie, body: { code: next } })
    assert.equal(verified.status, 200)
    assert.equal((await whoAmI(api, sessionCookie(verified)))?.email, 'followup@2fa.test')
    // The same code in another sign-in: refused.
    const other = await signIn('followup')
    const again = await api('POST', '/users/second-factor/verify', { cookie: other.cookie, body: { code: next } })
    assert.equal(again.status, 400)
    assert.equal(await whoAmI(api, other.cookie), null)
    assert.ok((await auditOf('factor-verified', ids.followup)).length >= 1)
  })

  it('takes a recovery code once', async () => {
    const { cookie } = await signIn('admin')
    const code = admin.recoveryCodes[2]!
    const used = await api('POST', '/users/second-factor/verify', { cookie, body: { code: code.toLowerCase() } })
    assert.equal(used.status, 200)
    assert.equal(((await used.json()) as { recoveryCodesLeft: number }).recoveryCodesLeft, 9)
    assert.equal((await whoAmI(api, sessionCookie(used)))?.email, 'admin@2fa.test')
    const second = await signIn('admin')
    const refused = await api('POST', '/users/second-factor/verify', { cookie: second.cookie, body: { code } })
    assert.equal(refused.status, 400)
    assert.equal(await whoAmI(api, second.cookie), null)
    assert.equal((await auditOf('recovery-code-used', ids.admin)).length, 1)
  })

  it('stops taking codes after five wrong ones, even the right one', async () => {
    const { secret: evaluatorSecret } = await enrol('evaluator')
    const { cookie } = await signIn('evaluator')
    for (let i = 0; i < 5; i++) {
      assert.equal((await api('POST', '/users/second-factor/verify', { cookie, body: { code: '999999' } })).status, 400)
    }
    const right = totpCode(evaluatorSecret, Date.now() + 30_000)
    const throttled = await api('POST', '/users/second-factor/verify', { cookie, body: { code: right } })
    assert.equal(throttled.status, 429)
    assert.equal(await whoAmI(api, cookie), null)
    assert.equal((await auditOf('factor-failed', ids.evaluator)).length, 5)
  })

  it('leaves a password reset waiting for the code too', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'followup@2fa.test' }, disableEmail: true })
    const reset = await api('POST', '/users/reset-password', { body: { token, password: PASSWORD } })
    assert.equal(reset.status, 200, await reset.clone().text())
    const body = (await reset.json()) as { user: unknown; secondFactor?: string }
    assert.equal(body.user, null)
    assert.equal(body.secondFactor, 'verify')
    assert.equal(await whoAmI(api, sessionCookie(reset)), null)
  })

  it('keeps the factor when an admin edits the account', async () => {
    const before = await readStoredUser(payload, ids.followup!)
    const patched = await api('PATCH', `/users/${ids.followup}`, { cookie: admin.cookie, body: { name: 'Follow-up' } })
    assert.equal(patched.status, 200, await patched.clone().text())
    const afterEdit = await readStoredUser(payload, ids.followup!)
    assert.equal(afterEdit?.totpSecret, before?.totpSecret)
    assert.deepEqual(afterEdit?.recoveryCodes, before?.recoveryCodes)
    assert.ok(afterEdit?.secondFactorSince)
    // Nor can anyone set it through the API.
    await api('PATCH', `/users/${ids.followup}`, { cookie: admin.cookie, body: { totpSecret: 'x', secondFactorSince: null } })
    assert.equal((await readStoredUser(payload, ids.followup!))?.totpSecret, before?.totpSecret)
  })
})

describe('an admin and other accounts', () => {
  let handlerSecret: string
  it('lists a user’s sessions and ends one, which is refused at once', async () => {
    const handler = await enrol('handler')
    handlerSecret = handler.secret
    const list = await api('GET', `/users/${ids.handler}/sessions`, { cookie: admin.cookie })
    assert.equal(list.status, 200)
    const { sessions } = (await list.json()) as { sessions: { id: string; address: string; secondFactor: string; userAgent: string }[] }
    const complete = sessions.find((session) => session.secondFactor === 'totp')
    assert.ok(complete)
    assert.equal(complete.address, '192.0.2.10')
    assert.equal(complete.userAgent, 'belfort-integration-test')
    assert.equal((await whoAmI(api, handler.cookie))?.email, 'handler@2fa.test')
    const ended = await api('DELETE', `/users/${ids.handler}/sessions/${complete.id}`, { cookie: admin.cookie })
    assert.equal(ended.status, 200)
    assert.equal(await whoAmI(api, handler.cookie), null)
    assert.equal((await auditOf('session-ended', ids.handler)).length, 1)
  })

  it('does not let anyone else see or end another user’s sessions', async () => {
    const editor = await signIn('editor')
    assert.equal((await api('GET', `/users/${ids.admin}/sessions`, { cookie: editor.cookie })).status, 403)
    assert.equal((await api('DELETE', `/users/${ids.admin}/sessions/x`, { cookie: editor.cookie })).status, 403)
    assert.equal((await api('GET', `/users/${ids.editor}/sessions`, { cookie: editor.cookie })).status, 200)
    assert.equal((await api('GET', `/users/${ids.admin}/sessions`)).status, 403)
  })

  it('resets another user’s factor, ending their sessions, recorded once', async () => {
    const handlerCookie = await signInWithCode('handler', handlerSecret)
    const stored = await readStoredUser(payload, ids.handler!)
    assert.ok(stored?.secondFactorSince)
    const editor = await signIn('editor')
    assert.equal((await api('POST', `/users/${ids.handler}/second-factor/reset`, { cookie: editor.cookie })).status, 403)
    assert.equal((await api('POST', `/users/${ids.admin}/second-factor/reset`, { cookie: admin.cookie })).status, 403)
    const reset = await api('POST', `/users/${ids.handler}/second-factor/reset`, { cookie: admin.cookie })
    assert.equal(reset.status, 200)
    const afterReset = await readStoredUser(payload, ids.handler!)
    assert.equal(afterReset?.secondFactorSince, null)
    assert.equal(afterReset?.totpSecret, null)
    assert.deepEqual(afterReset?.sessions ?? [], [])
    assert.equal(await whoAmI(api, handlerCookie), null)
    const events = await auditOf('factor-reset', ids.handler)
    assert.equal(events.length, 1)
    assert.equal(events[0]?.actorEmail, 'admin@2fa.test')
    // The next sign-in leads to enrolment again.
    assert.equal((await signIn('handler')).body.secondFactor, 'enrol')
  })

  it('asks a second step again of a password-only session once the account gets a role that needs one', async () => {
    const editor = await signIn('editor')
    assert.equal((await whoAmI(api, editor.cookie))?.email, 'editor@2fa.test')
    await payload.update({ collection: 'users', id: ids.editor!, data: { roles: ['editor', 'admin'] }, overrideAccess: true })
    assert.equal(await whoAmI(api, editor.cookie), null)
    await payload.update({ collection: 'users', id: ids.editor!, data: { roles: ['editor'] }, overrideAccess: true })
  })
})

describe('session lifetime (moving the session’s clock)', () => {
  it('refuses a session signed in longer ago than SESSION_MAX_HOURS, refreshed or not', async () => {
    const cookie = await signInWithCode('admin', admin.secret)
    assert.ok(await whoAmI(api, cookie))
    const refreshed = await api('POST', '/users/refresh-token', { cookie })
    assert.equal(refreshed.status, 200)
    const fresh = sessionCookie(refreshed)
    const user = (await whoAmI(api, fresh)) as { email: string }
    const stored = (await payload.find({ collection: 'users', where: { email: { equals: user.email } }, overrideAccess: true })).docs[0]!
    const row = await readStoredUser(payload, stored.id)
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3600_000).toISOString()
    await writeStoredUser(payload, stored.id, {
      sessions: (row?.sessions ?? []).map((session) => ({ ...session, createdAt: thirteenHoursAgo })),
    })
    assert.equal(await whoAmI(api, fresh), null)
    assert.equal((await api('POST', '/users/refresh-token', { cookie: fresh })).status, 403)
  })

  it('refuses a session idle past its time even if its token were still valid', async () => {
    const { cookie } = await signIn('editor')
    const row = await readStoredUser(payload, ids.editor!)
    await writeStoredUser(payload, ids.editor!, {
      sessions: (row?.sessions ?? []).map((session) => ({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() })),
    })
    assert.equal(await whoAmI(api, cookie), null)
  })
})
