import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { contentEtag } from './etag'

describe('contentEtag', () => {
  it('is a quoted tag of the bytes, the same for the same bytes', () => {
    const tag = contentEtag(Buffer.from('a'), 22)
    assert.match(tag, /^"[\w-]{22}"$/)
    assert.equal(contentEtag(Buffer.from('a'), 22), tag)
    assert.notEqual(contentEtag(Buffer.from('b'), 22), tag)
    assert.equal(contentEtag(Buffer.from('a'), 32).slice(0, 23), tag.slice(0, 23))
  })
})
