import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { keyedHash, seal, unseal } from './secret-box'

describe('secret box', () => {
  it('gives back what it sealed, with the same secret only', () => {
    const sealed = seal('secret-one', 'JBSWY3DPEHPK3PXP')
    assert.doesNotMatch(sealed, /JBSWY3DPEHPK3PXP/)
    assert.equal(unseal('secret-one', sealed), 'JBSWY3DPEHPK3PXP')
    assert.equal(unseal('secret-two', sealed), undefined)
  })
  it('refuses a changed value and anything that is not a sealed value', () => {
    const sealed = seal('s', 'abc')
    const parts = sealed.split('.')
    parts[3] = Buffer.from('abd').toString('base64url')
    assert.equal(unseal('s', parts.join('.')), undefined)
    assert.equal(unseal('s', 'abc'), undefined)
    assert.equal(unseal('s', null), undefined)
  })
  it('seals the same text differently each time, and hashes it the same way each time', () => {
    assert.notEqual(seal('s', 'x'), seal('s', 'x'))
    assert.equal(keyedHash('s', 'x'), keyedHash('s', 'x'))
    assert.notEqual(keyedHash('s', 'x'), keyedHash('t', 'x'))
  })
})
