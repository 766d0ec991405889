import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MAX_PATH_LENGTH, MAX_QUERY_LENGTH, parseRequestTarget } from './request-target'

describe('parseRequestTarget', () => {
  it('decodes segments and finds the language', () => {
    const target = parseRequestTarget('/fr/a-propos?x=1')
    assert.equal(target.kind, 'ok')
    if (target.kind !== 'ok') return
    assert.deepEqual(target.segments, ['fr', 'a-propos'])
    assert.equal(target.locale, 'fr')
    assert.equal(target.query.get('x'), '1')
  })
  it('decodes UTF-8', () => {
    const target = parseRequestTarget('/nl/caf%C3%A9')
    assert.ok(target.kind === 'ok' && target.segments[1] === 'café')
  })
  it('has no language for an unknown prefix', () => {
    const target = parseRequestTarget('/de/')
    assert.ok(target.kind === 'ok' && target.locale === undefined)
  })
  it('refuses malformed percent-encoding', () => {
    assert.equal(parseRequestTarget('/nl/%E0%A4%A').kind, 'bad-request')
    assert.equal(parseRequestTarget('/nl/x?q=%zz%').kind, 'bad-request')
  })
  it('refuses control characters, encoded slashes and dot segments', () => {
    assert.equal(parseRequestTarget('/nl/%00').kind, 'bad-request')
    assert.equal(parseRequestTarget('/nl/a%2Fb').kind, 'bad-request')
    assert.equal(parseRequestTarget('/nl/%2e%2e').kind, 'bad-request')
  })
  it('refuses targets that are not paths', () => {
    assert.equal(parseRequestTarget('http://example.org/').kind, 'bad-request')
    assert.equal(parseRequestTarget('*').kind, 'bad-request')
  })
  it('refuses overlong paths and queries', () => {
    assert.equal(parseRequestTarget(`/nl/${'a'.repeat(MAX_PATH_LENGTH)}`).kind, 'too-long')
    assert.equal(parseRequestTarget(`/nl/?q=${'a'.repeat(MAX_QUERY_LENGTH)}`).kind, 'too-long')
    assert.equal(parseRequestTarget(`/nl/${'a'.repeat(100)}`).kind, 'ok')
  })
})
