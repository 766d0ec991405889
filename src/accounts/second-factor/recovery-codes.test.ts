import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hashRecoveryCodes, looksLikeRecoveryCode, newRecoveryCodes, unusedRecoveryCodes, crossOffRecoveryCode } from './recovery-codes'

describe('recovery codes', () => {
  it('makes ten distinct codes of an unambiguous alphabet', () => {
    const codes = newRecoveryCodes()
    assert.equal(codes.length, 10)
    assert.equal(new Set(codes).size, 10)
    for (const code of codes) assert.match(code, /^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/)
  })
  it('stores hashes only, and accepts each code once, however it is typed', () => {
    const codes = newRecoveryCodes()
    const stored = hashRecoveryCodes('s', codes)
    assert.ok(stored.every((code) => !codes.some((plain) => code.hash.includes(plain.replace('-', '')))))
    const typed = ` ${codes[3]!.toLowerCase().replace('-', ' ')} `
    const afterUse = crossOffRecoveryCode('s', stored, typed)
    assert.ok(afterUse)
    assert.equal(unusedRecoveryCodes(afterUse), 9)
    assert.equal(crossOffRecoveryCode('s', afterUse, codes[3]!), undefined)
    assert.equal(crossOffRecoveryCode('s', stored, 'AAAAA-AAAAA'), undefined)
    assert.equal(crossOffRecoveryCode('other secret', stored, codes[0]!), undefined)
  })
  it('tells a recovery code from a six-digit code', () => {
    assert.equal(looksLikeRecoveryCode('ABCDE-FGHJK'), true)
    assert.equal(looksLikeRecoveryCode('123456'), false)
  })
})
