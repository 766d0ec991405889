import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bearerMatches } from './bearer'

describe('bearerMatches', () => {
  const token = 'a-long-enough-metrics-token'
  it('accepts the token after Bearer, in any case of the scheme', () => {
    assert.equal(bearerMatches(`Bearer ${token}`, token), true)
    assert.equal(bearerMatches(`bearer ${token}`, token), true)
  })
  it('refuses anything else', () => {
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `Basic ${token}`,
      `Bearer ${token}x`,
      `Bearer ${token.slice(1)}`,
      token,
      `Bearer ${token} extra`,
    ])
      assert.equal(bearerMatches(header, token), false, String(header))
  })
})
