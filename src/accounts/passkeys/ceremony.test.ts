import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SoftwareAuthenticator } from '../../../tests/support/software-authenticator'
import { addOptions, checkAddAnswer, checkSignInAnswer, signInOptions } from './ceremony'
import { relyingPartyOf } from './relying-party'
import type { StoredPasskey } from './stored-passkeys'

const rp = relyingPartyOf('http://localhost:3000')
const SECRET = 'unit-test-secret-of-at-least-32-characters'
const account = { id: 7, email: 'someone@belfort.test', name: 'Someone' }
const now = new Date('2026-12-01T09:00:00.000Z')

async function added(authenticator: SoftwareAuthenticator): Promise<StoredPasskey> {
  const prompt = await addOptions(SECRET, account, [], rp)
  const checked = await checkAddAnswer(authenticator.register(prompt), prompt.challenge, 'Laptop', now, rp)
  assert.ok(checked.ok, checked.ok ? '' : checked.reason)
  return checked.value
}

describe('passkey ceremonies', () => {
  it('asks for no attestation, for this host, under a handle that is neither the id nor the email', async () => {
    const prompt = await addOptions(SECRET, account, [], rp)
    assert.equal(prompt.attestation, 'none')
    assert.equal(prompt.rp.id, 'localhost')
    const handle = Buffer.from(prompt.user.id, 'base64url')
    assert.equal(handle.length, 32)
    assert.ok(!handle.toString('latin1').includes('someone') && handle.toString('latin1') !== '7')
    assert.equal(prompt.user.name, account.email)
    const again = await addOptions(SECRET, account, [], rp)
    assert.equal(again.user.id, prompt.user.id, 'the same handle for every passkey of an account')
    assert.notEqual(again.challenge, prompt.challenge)
  })

  it('adds a passkey from a right answer and signs in with it, its counter kept', async () => {
    const authenticator = new SoftwareAuthenticator(rp.origin)
    const passkey = await added(authenticator)
    assert.equal(passkey.id, authenticator.id)
    assert.equal(passkey.name, 'Laptop')
    assert.deepEqual(passkey.transports, ['internal'])
    assert.equal(passkey.createdAt, now.toISOString())

    const prompt = await signInOptions([passkey], rp)
    assert.deepEqual(
      prompt.allowCredentials?.map(({ id }) => id),
      [passkey.id],
    )
    const checked = await checkSignInAnswer(authenticator.authenticate(prompt), prompt.challenge, passkey, rp)
    assert.deepEqual(checked, { ok: true, value: 2 })
  })

  it('refuses an answer for another challenge, another origin, or an attestation', async () => {
    const authenticator = new SoftwareAuthenticator(rp.origin)
    const prompt = await addOptions(SECRET, account, [], rp)
    assert.equal((await checkAddAnswer(authenticator.register(prompt), 'another-challenge', 'x', now, rp)).ok, false)
    assert.equal(
      (await checkAddAnswer(authenticator.register(prompt, { origin: 'http://evil.test' }), prompt.challenge, 'x', now, rp)).ok,
      false,
    )
    const passkey = await added(authenticator)
    const signIn = await signInOptions([passkey], rp)
    assert.equal((await checkSignInAnswer(authenticator.authenticate(signIn), 'another-challenge', passkey, rp)).ok, false)
    assert.equal(
      (await checkSignInAnswer(authenticator.authenticate(signIn, { origin: 'http://evil.test' }), signIn.challenge, passkey, rp)).ok,
      false,
    )
  })

  it('refuses another passkey’s signature, and a counter that went back', async () => {
    const mine = new SoftwareAuthenticator(rp.origin)
    const passkey = await added(mine)
    const other = new SoftwareAuthenticator(rp.origin)
    const prompt = await signInOptions([passkey], rp)
    const forged = { ...other.authenticate(prompt), id: passkey.id, rawId: passkey.id }
    assert.equal((await checkSignInAnswer(forged, prompt.challenge, passkey, rp)).ok, false)
    const checked = await checkSignInAnswer(mine.authenticate(prompt), prompt.challenge, { ...passkey, counter: 99 }, rp)
    assert.equal(checked.ok, false)
  })
})
