import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canonicalPath, MAX_PATH_LENGTH, MAX_QUERY_LENGTH, parseRequestTarget, rawPathOf } from './request-target'

describe('parseRequestTarget', () => {
  it('decodes segments and reads the query', () => {
    const target = parseRequestTarget('/fr/a-propos?x=1')
    assert.equal(target.kind, 'ok')
    if (target.kind !== 'ok') return
    assert.equal(target.pathname, '/fr/a-propos')
    assert.deepEqual(target.segments, ['fr', 'a-propos'])
    assert.equal(target.query.get('x'), '1')
  })
  it('decodes UTF-8', () => {
    const target = parseRequestTarget('/nl/caf%C3%A9')
    assert.ok(target.kind === 'ok' && target.segments[1] === 'café')
  })
  it('keeps the path as sent, and finds no segment in the root', () => {
    const target = parseRequestTarget('/nl//over-ons/')
    assert.ok(target.kind === 'ok' && target.pathname === '/nl//over-ons/' && target.segments.join() === 'nl,over-ons')
    const root = parseRequestTarget('/')
    assert.ok(root.kind === 'ok' && root.segments.length === 0 && root.query.size === 0)
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
  it('finds the raw path of a target it cannot parse', () => {
    assert.equal(rawPathOf('/data/%zz?x=1'), '/data/%zz')
    assert.equal(rawPathOf('/data/%zz'), '/data/%zz')
  })
})

describe('canonicalPath', () => {
  const canonicalOf = (raw: string, trailingSlash = false) => {
    const target = parseRequestTarget(raw)
    assert.equal(target.kind, 'ok')
    return target.kind === 'ok' ? canonicalPath(target.segments, trailingSlash) : ''
  }
  it('collapses slashes, drops a trailing one and decodes what needs no encoding', () => {
    assert.equal(canonicalOf('//nl/nieuws'), '/nl/nieuws')
    assert.equal(canonicalOf('/nl//nieuws/'), '/nl/nieuws')
    assert.equal(canonicalOf('/nl/%6eieuws'), '/nl/nieuws')
    assert.equal(canonicalOf('/nl', true), '/nl/')
    assert.equal(canonicalOf('/'), '/')
  })
  it('encodes what must be encoded one way, in capitals', () => {
    assert.equal(canonicalOf('/nl/caf%c3%a9'), '/nl/caf%C3%A9')
    assert.equal(canonicalOf('/nl/a b'), '/nl/a%20b')
  })
  it('is its own canonical form', () => {
    for (const raw of ['/nl/caf%C3%A9', '/nl/a%20b%3Fc', '/fr/suivi/2021/1.1.1.1', "/en/it's"])
      assert.equal(canonicalOf(canonicalOf(raw)), canonicalOf(raw))
  })
})
