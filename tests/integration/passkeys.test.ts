/**
 * Passkeys through Payload's REST API (in process), answered by a software authenticator: adding
 * one from a complete, recent session of an account with an app code; the second step with it
 * instead of a code; and the refusals, each with its localized message and status, changing
 * nothing: no prompt asked for, a replayed answer, another account's passkey, a malformed body,
 * an attestation, an old session, another person's passkey to remove. An admin's reset of the
 * factor removes the passkeys too. STAFF_2FA is left at its default, `required`.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload, Where } from 'payload'
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server'
import { accountMessages } from '@/accounts/messages'
import { passkeysOf } from '@/accounts/passkeys/stored-passkeys'
import { totpCode } from '@/accounts/second-factor/totp'
import { readStoredUser, writeStoredUser } from '@/accounts/sessions/stored-user'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { SoftwareAuthenticator } from '../support/software-authenticator'
import { type Api, payloadApi, sessionCookie, whoAmI } from '../support/payload-api'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let api: Api
const PASSWORD = 'a-long-test-password'
const ORIGIN = 'http://localhost:3000'
const ids: Record<string, number> = {}
const secrets: Record<string, string> = {}

before(async () => {
  delete process.env.STAFF_2FA
  delete process.env.SERVER_URL
  delete process.env.PORT
  instance = await startTestPayload()
  payload = instance.payload
  const { default: config } = await import('@/payload.config')
  api = payloadApi(config, ORIGIN)
  for (const [name, roles] of [
    ['admin', ['admin']],
    ['handler', ['contact-handler']],
    ['editor', ['editor']],
  ] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${name}@passkeys.test`, password: PASSWORD, roles: [...roles] },
      overrideAccess: true,
    })
    ids[name] = user.id
  }
})
after(() => instance.close())

async function signIn(name: string): Promise<{ cookie: string; body: { user: unknown; secondFactor?: string } }> {
  const response = await api('POST', '/users/login', { body: { email: `${name}@passkeys.test`, password: PASSWORD } })
  assert.equal(response.status, 200, await response.clone().text())
  return { cookie: sessionCookie(response), body: (await response.json()) as { user: unknown; secondFactor?: string } }
}

/** Sets up the app code; returns the complete session's cookie. */
async function enrol(name: string): Promise<string> {
  const { cookie } = await signIn(name)
  const { secret } = (await (await api('POST', '/users/second-factor/enrol/start', { cookie })).json()) as { secret: string }
  const done = await api('POST', '/users/second-factor/enrol', { cookie, body: { code: totpCode(secret) } })
  assert.equal(done.status, 200, await done.clone().text())
  secrets[name] = secret
  return sessionCookie(done)
}

async function refusal(
  response: Response,
  status: number,
  code: keyof (typeof accountMessages)['en'],
  language: 'nl' | 'fr' | 'en' = 'nl',
  vars?: Record<string, string | number>,
): Promise<void> {
  const body = (await response.json()) as { errors?: { code?: string; message?: string }[] }
  assert.equal(response.status, status, JSON.stringify(body))
  assert.equal(body.errors?.[0]?.code, code)
  assert.equal(body.errors?.[0]?.message, fillPlaceholders(accountMessages[language][code], vars))
}

async function addPrompt(cookie: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const response = await api('POST', '/users/passkeys/options', { cookie })
  assert.equal(response.status, 200, await response.clone().text())
  return (await response.json()) as PublicKeyCredentialCreationOptionsJSON
}

async function signInPrompt(cookie: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const response = await api('POST', '/users/second-factor/passkey/options', { cookie })
  assert.equal(response.status, 200, await response.clone().text())
  return (await response.json()) as PublicKeyCredentialRequestOptionsJSON
}

async function auditOf(action: string, documentId?: number) {
  const where: Where = { action: { equals: action } }
  if (documentId !== undefined) where.documentId = { equals: String(documentId) }
  return (await payload.find({ collection: 'audit-events', where, overrideAccess: true, limit: 100 })).docs
}

/** What a refusal must leave as it was: the account's passkeys and sessions. */
async function accountState(name: string) {
  const stored = await readStoredUser(payload, ids[name]!)
  return JSON.stringify({
    passkeys: stored?.passkeys ?? null,
    sessions: (stored?.sessions ?? []).map(({ id, secondFactorAt }) => [id, secondFactorAt]),
  })
}

const adminKey = new SoftwareAuthenticator(ORIGIN)
const handlerKey = new SoftwareAuthenticator(ORIGIN)
let adminCookie: string

describe('adding a passkey', () => {
  it('is refused to an account without an app code, and without a session', async () => {
    const editor = await signIn('editor')
    await refusal(await api('POST', '/users/passkeys/options', { cookie: editor.cookie }), 409, 'passkeysNeedApp')
    await refusal(await api('POST', '/users/passkeys/options'), 401, 'signInAgain')
    // A session pending its second step is no session here.
    const pending = await signIn('admin')
    await refusal(await api('POST', '/users/passkeys/options', { cookie: pending.cookie }), 401, 'signInAgain')
  })

  it('adds one from a recent session with an app code, keeping its key out of every API answer', async () => {
    adminCookie = await enrol('admin')
    const prompt = await addPrompt(adminCookie)
    assert.equal(prompt.rp.id, 'localhost')
    assert.equal(prompt.attestation, 'none')
    const added = await api('POST', '/users/passkeys', {
      cookie: adminCookie,
      body: { name: ' Laptop ', response: adminKey.register(prompt) },
    })
    assert.equal(added.status, 201, await added.clone().text())
    const body = (await added.json()) as { message: string; passkeys: { id: string; name: string; lastUsedAt: string | null }[] }
    assert.equal(body.message, accountMessages.nl.passkeyAdded.replace('{name}', 'Laptop'))
    assert.deepEqual(
      body.passkeys.map(({ id, name, lastUsedAt }) => ({ id, name, lastUsedAt })),
      [{ id: adminKey.id, name: 'Laptop', lastUsedAt: null }],
    )
    const stored = passkeysOf((await readStoredUser(payload, ids.admin!))?.passkeys)
    assert.equal(stored.length, 1)
    assert.ok(stored[0]!.publicKey.length > 40)
    const read = (await (await api('GET', `/users/${ids.admin}`, { cookie: adminCookie })).json()) as Record<string, unknown>
    assert.equal(read.passkeys, undefined)
    const me = (await (await api('GET', '/users/me', { cookie: adminCookie })).json()) as { user: { sessions?: Record<string, unknown>[] } }
    for (const session of me.user.sessions ?? []) assert.equal(session.passkeyChallenge, undefined)
    assert.equal((await auditOf('passkey-added', ids.admin)).length, 1)
    const list = (await (await api('GET', `/users/${ids.admin}/passkeys`, { cookie: adminCookie })).json()) as { passkeys: unknown[] }
    assert.equal(list.passkeys.length, 1)
  })

  it('refuses, changing nothing, an answer without a prompt, a replayed answer, and the same passkey twice', async () => {
    const before = await accountState('admin')
    const other = new SoftwareAuthenticator(ORIGIN)
    const add = (response: unknown, name = 'Key') => api('POST', '/users/passkeys', { cookie: adminCookie, body: { name, response } })
    // The session has asked for no prompt since the last one was answered.
    await refusal(await add(other.register({ challenge: 'Zm9yZ2Vk' })), 400, 'passkeyNoChallenge')
    // The answer to a prompt sent after another prompt: refused, and it used the newer prompt up.
    const stale = other.register(await addPrompt(adminCookie))
    await addPrompt(adminCookie)
    await refusal(await add(stale), 400, 'passkeyFailed')
    await refusal(await add(stale), 400, 'passkeyNoChallenge')
    await refusal(await add(adminKey.register(await addPrompt(adminCookie)), 'Again'), 409, 'passkeyExists')
    assert.equal(await accountState('admin'), before)
    assert.equal((await auditOf('passkey-added', ids.admin)).filter(({ outcome }) => outcome === 'success').length, 1)
  })

  it('refuses a malformed body, a missing or long name, and an attestation, in the requester’s language', async () => {
    const before = await accountState('admin')
    const other = new SoftwareAuthenticator(ORIGIN)
    const prompt = await addPrompt(adminCookie)
    const add = (body: unknown, language: string) =>
      api('POST', '/users/passkeys', { cookie: adminCookie, headers: { 'Accept-Language': language }, body })
    await refusal(await add({ name: 'Key', response: 'x' }, 'fr'), 400, 'passkeyMalformed', 'fr')
    await refusal(await add({ name: 'Key', response: { ...other.register(prompt), rawId: 'AAAA' } }, 'fr'), 400, 'passkeyMalformed', 'fr')
    await refusal(await add([1, 2], 'en'), 400, 'passkeyMalformed', 'en')
    await refusal(await add({ name: ' ', response: other.register(prompt) }, 'fr'), 400, 'passkeyNameRequired', 'fr')
    await refusal(await add({ name: 'x'.repeat(61), response: other.register(prompt) }, 'fr'), 400, 'passkeyNameTooLong', 'fr', { max: 60 })
    await refusal(await add({ name: 'Key', response: other.register(prompt, { format: 'packed' }) }, 'en'), 400, 'passkeyAttestation', 'en')
    const notJson = await api('POST', '/users/passkeys', { cookie: adminCookie, headers: { 'Content-Type': 'text/plain' } })
    await refusal(notJson, 400, 'passkeyMalformed')
    assert.equal(await accountState('admin'), before)
    // None of these used the prompt up: its right answer is still taken.
    const added = await add({ name: 'Key', response: other.register(prompt) }, 'nl')
    assert.equal(added.status, 201, await added.clone().text())
    const removed = await api('DELETE', `/users/${ids.admin}/passkeys/${other.id}`, { cookie: adminCookie })
    assert.equal(removed.status, 200)
  })

  it('asks for a recent second step', async () => {
    const row = await readStoredUser(payload, ids.admin!)
    const twentyMinutesAgo = new Date(Date.now() - 20 * 60_000).toISOString()
    await writeStoredUser(payload, ids.admin!, {
      sessions: (row?.sessions ?? []).map((session) => ({ ...session, secondFactorAt: twentyMinutesAgo })),
    })
    await refusal(await api('POST', '/users/passkeys/options', { cookie: adminCookie }), 403, 'passkeyRecentSignIn')
    await writeStoredUser(payload, ids.admin!, { sessions: row?.sessions ?? [] })
  })
})

describe('the second step with a passkey', () => {
  let used: ReturnType<SoftwareAuthenticator['authenticate']>

  it('completes the sign-in as a code would, recorded with the method `passkey`', async () => {
    const { cookie, body } = await signIn('admin')
    assert.equal(body.secondFactor, 'verify')
    const prompt = await signInPrompt(cookie)
    assert.deepEqual(
      prompt.allowCredentials?.map(({ id }) => id),
      [adminKey.id],
    )
    used = adminKey.authenticate(prompt)
    const done = await api('POST', '/users/second-factor/passkey', { cookie, body: used })
    assert.equal(done.status, 200, await done.clone().text())
    const complete = sessionCookie(done)
    assert.equal((await whoAmI(api, complete))?.email, 'admin@passkeys.test')
    assert.equal(await whoAmI(api, cookie), null)
    const { sessions } = (await (await api('GET', `/users/${ids.admin}/sessions`, { cookie: complete })).json()) as {
      sessions: { current: boolean; secondFactor: string }[]
    }
    assert.equal(sessions.find(({ current }) => current)?.secondFactor, 'passkey')
    const [passkey] = passkeysOf((await readStoredUser(payload, ids.admin!))?.passkeys)
    assert.ok(passkey?.lastUsedAt)
    // Its counter moved on from the one it was added with.
    assert.ok((passkey?.counter ?? 0) > 1)
    const events = await auditOf('passkey-used', ids.admin)
    assert.equal(events.length, 1)
    assert.equal(events[0]?.detail, 'Laptop')
    adminCookie = complete
  })

  it('refuses, changing nothing, an answer without a prompt, a replayed answer, and a malformed body', async () => {
    const { cookie } = await signIn('admin')
    const before = await accountState('admin')
    await refusal(await api('POST', '/users/second-factor/passkey', { cookie, body: used }), 400, 'passkeyNoChallenge')
    await signInPrompt(cookie)
    const french = { 'Accept-Language': 'fr' }
    for (const body of [{}, { ...used, rawId: 'AAAA' }, { ...used, response: { ...used.response, signature: 42 } }]) {
      await refusal(await api('POST', '/users/second-factor/passkey', { cookie, headers: french, body }), 400, 'passkeyMalformed', 'fr')
    }
    // The malformed bodies left the prompt in place; the replayed answer uses it up, and fails.
    await refusal(await api('POST', '/users/second-factor/passkey', { cookie, body: used }), 400, 'passkeyFailed')
    const late = adminKey.authenticate({ challenge: 'dXNlZC11cA', rpId: 'localhost' })
    await refusal(await api('POST', '/users/second-factor/passkey', { cookie, body: late }), 400, 'passkeyNoChallenge')
    assert.equal(await whoAmI(api, cookie), null)
    assert.equal(await accountState('admin'), before)
    // A new prompt, answered: through.
    const done = await api('POST', '/users/second-factor/passkey', { cookie, body: adminKey.authenticate(await signInPrompt(cookie)) })
    assert.equal(done.status, 200, await done.clone().text())
  })

  it('refuses another account’s passkey, counted as a wrong code', async () => {
    const handlerCookie = await enrol('handler')
    const added = await api('POST', '/users/passkeys', {
      cookie: handlerCookie,
      body: { name: 'Telefoon', response: handlerKey.register(await addPrompt(handlerCookie)) },
    })
    assert.equal(added.status, 201)
    const { cookie } = await signIn('admin')
    const before = await accountState('admin')
    const failuresBefore = (await auditOf('factor-failed', ids.admin)).length
    const theirs = handlerKey.authenticate(await signInPrompt(cookie))
    await refusal(await api('POST', '/users/second-factor/passkey', { cookie, body: theirs }), 400, 'passkeyUnknown')
    // Even passed off under the admin's passkey id, their key's signature does not pass.
    const disguised = { ...handlerKey.authenticate(await signInPrompt(cookie)), id: adminKey.id, rawId: adminKey.id }
    await refusal(await api('POST', '/users/second-factor/passkey', { cookie, body: disguised }), 400, 'passkeyFailed')
    assert.equal(await whoAmI(api, cookie), null)
    assert.equal(await accountState('admin'), before)
    assert.equal((await auditOf('factor-failed', ids.admin)).length, failuresBefore + 2)
  })

  it('is not offered to a sign-in without passkeys, nor to none at all', async () => {
    await refusal(await api('POST', '/users/second-factor/passkey/options'), 401, 'signInAgain')
    await refusal(await api('POST', '/users/second-factor/passkey', { body: {} }), 401, 'signInAgain')
    const editor = await signIn('editor')
    await refusal(await api('POST', '/users/second-factor/passkey/options', { cookie: editor.cookie }), 401, 'signInAgain')
  })
})

describe('removing passkeys', () => {
  it('lets only their owner remove one, and an admin’s reset removes them all', async () => {
    await refusal(await api('DELETE', `/users/${ids.handler}/passkeys/${handlerKey.id}`, { cookie: adminCookie }), 403, 'notAllowed')
    const editor = await signIn('editor')
    await refusal(await api('GET', `/users/${ids.handler}/passkeys`, { cookie: editor.cookie }), 403, 'notAllowed')
    assert.equal((await api('GET', `/users/${ids.handler}/passkeys`, { cookie: adminCookie })).status, 200)
    const handler = await signIn('handler')
    const verified = await api('POST', '/users/second-factor/passkey', {
      cookie: handler.cookie,
      body: handlerKey.authenticate(await signInPrompt(handler.cookie)),
    })
    assert.equal(verified.status, 200)
    const handlerCookie = sessionCookie(verified)
    // An admin editing the account keeps them, and nobody sets them through the API.
    await api('PATCH', `/users/${ids.handler}`, { cookie: adminCookie, body: { name: 'Handler', passkeys: [] } })
    assert.equal(passkeysOf((await readStoredUser(payload, ids.handler!))?.passkeys).length, 1)

    const removed = await api('DELETE', `/users/${ids.handler}/passkeys/${handlerKey.id}`, { cookie: handlerCookie })
    assert.equal(removed.status, 200)
    assert.equal(((await removed.json()) as { message: string }).message, accountMessages.nl.passkeyRemoved.replace('{name}', 'Telefoon'))
    await refusal(await api('DELETE', `/users/${ids.handler}/passkeys/${handlerKey.id}`, { cookie: handlerCookie }), 404, 'passkeyNotFound')
    assert.equal((await auditOf('passkey-removed', ids.handler)).length, 1)

    const again = await api('POST', '/users/passkeys', {
      cookie: handlerCookie,
      body: { name: 'Sleutel', response: handlerKey.register(await addPrompt(handlerCookie)) },
    })
    assert.equal(again.status, 201)
    const reset = await api('POST', `/users/${ids.handler}/second-factor/reset`, { cookie: adminCookie })
    assert.equal(reset.status, 200)
    assert.deepEqual(passkeysOf((await readStoredUser(payload, ids.handler!))?.passkeys), [])
  })
})
