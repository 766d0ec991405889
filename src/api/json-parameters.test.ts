import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { malformedJsonParameter } from './json-parameters'

describe('malformedJsonParameter', () => {
  it('names a where or data parameter given whole that is not JSON', () => {
    assert.equal(malformedJsonParameter(new URLSearchParams('where=notjson')), 'where')
    assert.equal(malformedJsonParameter(new URLSearchParams('data=%7B')), 'data')
  })
  it('accepts JSON, the bracket form Payload reads itself, and their absence', () => {
    assert.equal(malformedJsonParameter(new URLSearchParams('where=%7B%22slug%22%3A%7B%22equals%22%3A%22x%22%7D%7D')), undefined)
    assert.equal(malformedJsonParameter(new URLSearchParams('where[slug][equals]=x&limit=5')), undefined)
    assert.equal(malformedJsonParameter(new URLSearchParams('')), undefined)
  })
})
