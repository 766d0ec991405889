import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers'
import { attestationFormatOf, authenticationAnswerOf, registrationAnswerOf } from './browser-answer'

const assertion = {
  id: 'q83vEjRWeJA',
  rawId: 'q83vEjRWeJA',
  type: 'public-key',
  authenticatorAttachment: 'platform',
  response: { clientDataJSON: 'eyJ0eXBlIjoid2ViYXV0aG4uZ2V0In0', authenticatorData: 'SZYN5YgO', signature: 'MEUCIQ', userHandle: 'dXNlcg' },
  clientExtensionResults: { credProps: { rk: true } },
}

function attestationObject(fmt: unknown): string {
  const encoded = isoCBOR.encode(
    new Map<string, unknown>([
      ['fmt', fmt],
      ['attStmt', new Map()],
      ['authData', new Uint8Array(37)],
    ]) as never,
  )
  return isoBase64URL.fromBuffer(encoded)
}

const registration = (fmt: unknown = 'none') => ({
  id: 'q83vEjRWeJA',
  rawId: 'q83vEjRWeJA',
  type: 'public-key',
  response: { clientDataJSON: 'eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0', attestationObject: attestationObject(fmt), transports: ['internal'] },
  clientExtensionResults: {},
})

describe('a browser’s answer to a sign-in prompt', () => {
  it('is passed on with the fields Belfort uses only', () => {
    assert.deepEqual(authenticationAnswerOf(assertion), {
      id: 'q83vEjRWeJA',
      rawId: 'q83vEjRWeJA',
      type: 'public-key',
      response: assertion.response,
      clientExtensionResults: {},
    })
  })

  it('is refused when it is not one', () => {
    for (const body of [
      undefined,
      null,
      'text',
      [],
      {},
      { ...assertion, type: 'password' },
      { ...assertion, rawId: 'another' },
      { ...assertion, id: 'not base64url!' },
      { ...assertion, response: 'x' },
      { ...assertion, response: { ...assertion.response, signature: undefined } },
      { ...assertion, response: { ...assertion.response, signature: 12 } },
      { ...assertion, response: { ...assertion.response, userHandle: '%%' } },
      { ...assertion, response: { ...assertion.response, clientDataJSON: 'A'.repeat(20_000) } },
    ]) {
      assert.equal(authenticationAnswerOf(body), undefined, JSON.stringify(body)?.slice(0, 80))
    }
  })
})

describe('a browser’s answer to a prompt to add a passkey', () => {
  it('is passed on, and its attestation format read', async () => {
    const answer = registrationAnswerOf(registration())
    assert.ok(answer)
    assert.deepEqual(answer.response.transports, ['internal'])
    assert.equal(await attestationFormatOf(answer), 'none')
    assert.equal(await attestationFormatOf(registrationAnswerOf(registration('packed'))!), 'packed')
  })

  it('is refused when it is not one, or its attestation cannot be read', async () => {
    assert.equal(registrationAnswerOf({ ...registration(), response: { clientDataJSON: 'abc' } }), undefined)
    assert.equal(registrationAnswerOf({ ...registration(), response: { ...registration().response, transports: 'usb' } }), undefined)
    const unreadable = registrationAnswerOf({ ...registration(), response: { ...registration().response, attestationObject: 'AAAA' } })
    assert.ok(unreadable)
    assert.equal(await attestationFormatOf(unreadable), undefined)
    assert.equal(await attestationFormatOf(registrationAnswerOf(registration(7))!), undefined)
  })
})
