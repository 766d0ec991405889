import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { PayloadRequest } from 'payload'
import { isSafeLink, validateLink } from './link'

describe('links stored by staff', () => {
  it('accept http(s) with a host and mailto only', () => {
    for (const link of ['https://be.brussels', 'http://example.org/a?b=c', 'mailto:info@gob.example']) assert.ok(isSafeLink(link), link)
    for (const link of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      '/nl/x',
      'https://',
      'mailto:',
      'ftp://x.org',
    ])
      assert.equal(isSafeLink(link), false, link)
  })
  it('say what is wrong in the sender’s language, and need a value only when required', () => {
    const req = { i18n: { language: 'fr' }, t: (key: string) => key } as unknown as PayloadRequest
    assert.match(String(validateLink('javascript:alert(1)', { req })), /commence par https:\/\//)
    assert.equal(validateLink('', { req }), true)
    assert.equal(validateLink('', { req, required: true }), 'validation:required')
  })
})
