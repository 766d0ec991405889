import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkFileList, checkValues, cleanLine, cleanText, CONTACT_LIMITS, type ContactValues } from './rules'

const valid: ContactValues = {
  topic: '3',
  name: 'Anna Peeters',
  email: 'anna@example.be',
  phone: '',
  message: 'Hello',
  language: 'nl',
  consent: true,
}
const check = (changes: Partial<ContactValues>) => checkValues({ ...valid, ...changes }, ['3', '4'], ['nl', 'fr', 'en'])

describe('contact form rules', () => {
  it('accepts a complete form, with or without a phone number', () => {
    assert.deepEqual(check({}), {})
    assert.deepEqual(check({ phone: '+32 2 123 45 67' }), {})
  })

  it('names each missing or invalid field with its own message', () => {
    assert.deepEqual(check({ topic: '99', name: '', email: '', message: '', language: 'de', consent: false }), {
      topic: 'errorTopic',
      name: 'errorNameMissing',
      email: 'errorEmailMissing',
      message: 'errorMessageMissing',
      language: 'errorLanguage',
      consent: 'errorConsent',
    })
    assert.equal(check({ email: 'anna@example' }).email, 'errorEmailInvalid')
    assert.equal(check({ email: 'anna example.be' }).email, 'errorEmailInvalid')
    assert.equal(check({ email: '<script>@x.be' }).email, 'errorEmailInvalid')
    assert.equal(check({ phone: 'call me' }).phone, 'errorPhoneInvalid')
  })

  it('counts characters as people do and refuses overlong text', () => {
    assert.deepEqual(check({ message: '😀'.repeat(CONTACT_LIMITS.message) }), {})
    assert.equal(check({ message: 'x'.repeat(CONTACT_LIMITS.message + 1) }).message, 'errorMessageTooLong')
    assert.equal(check({ name: 'x'.repeat(CONTACT_LIMITS.name + 1) }).name, 'errorNameTooLong')
  })

  it('keeps markup as text but drops control characters', () => {
    assert.equal(cleanText('  <b>hi</b>\r\nthere\u0000\u0007 '), '<b>hi</b>\nthere')
    assert.equal(cleanLine('Anna\n\tPeeters'), 'Anna Peeters')
  })

  it('checks the number, names and sizes of files', () => {
    assert.equal(checkFileList([]), undefined)
    assert.equal(
      checkFileList([
        { name: 'scan.PDF', size: 10 },
        { name: 'photo.jpg', size: 10 },
      ]),
      undefined,
    )
    assert.equal(checkFileList([{ name: 'virus.exe', size: 10 }]), 'errorFileType')
    assert.equal(checkFileList([{ name: 'noextension', size: 10 }]), 'errorFileType')
    assert.equal(checkFileList([{ name: 'big.pdf', size: CONTACT_LIMITS.maxFileBytes + 1 }]), 'errorFileTooLarge')
    assert.equal(
      checkFileList(Array.from({ length: CONTACT_LIMITS.maxFiles + 1 }, (_, i) => ({ name: `${i}.pdf`, size: 1 }))),
      'errorTooManyFiles',
    )
  })
})
