import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkTotp, groupedSecret, newTotpSecret, otpauthUri, totpCode } from './totp'

// RFC 6238 appendix B's SHA-1 secret ("12345678901234567890") in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('totp', () => {
  it('computes the RFC 6238 test vectors (last six digits)', () => {
    assert.equal(totpCode(RFC_SECRET, 59_000), '287082')
    assert.equal(totpCode(RFC_SECRET, 1_111_111_109_000), '081804')
    assert.equal(totpCode(RFC_SECRET, 2_000_000_000_000), '279037')
  })
  it('accepts the code of this step and of one step either side, nothing further', () => {
    const now = 1_700_000_000_000
    const step = Math.floor(now / 30_000)
    assert.deepEqual(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, now), null, now), { ok: true, step })
    assert.deepEqual(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 30_000), null, now), { ok: true, step: step - 1 })
    assert.deepEqual(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, now + 30_000), null, now), { ok: true, step: step + 1 })
    assert.deepEqual(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 60_000), null, now), { ok: false, reason: 'wrong' })
  })
  it('refuses a code of a step already used, or earlier', () => {
    const now = 1_700_000_000_000
    const step = Math.floor(now / 30_000)
    const code = totpCode(RFC_SECRET, now)
    assert.deepEqual(checkTotp(RFC_SECRET, code, step, now), { ok: false, reason: 'replayed' })
    assert.deepEqual(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 30_000), step, now), { ok: false, reason: 'replayed' })
    assert.equal(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, now + 30_000), step, now).ok, true)
  })
  it('takes spaces in what is typed and refuses what is not six digits', () => {
    const now = 1_700_000_000_000
    const code = totpCode(RFC_SECRET, now)
    assert.equal(checkTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, null, now).ok, true)
    assert.equal(checkTotp(RFC_SECRET, 'abcdef', null, now).ok, false)
    assert.equal(checkTotp(RFC_SECRET, '', null, now).ok, false)
  })
  it('makes new 160-bit secrets and the URI apps read', () => {
    const secret = newTotpSecret()
    assert.match(secret, /^[A-Z2-7]{32}$/)
    assert.notEqual(secret, newTotpSecret())
    const uri = new URL(otpauthUri(secret, 'anna@example.test'))
    assert.equal(uri.protocol, 'otpauth:')
    assert.equal(uri.searchParams.get('secret'), secret)
    assert.equal(uri.searchParams.get('issuer'), 'Belfort')
    assert.equal(groupedSecret('ABCDEFGHIJ'), 'ABCD EFGH IJ')
  })
})
