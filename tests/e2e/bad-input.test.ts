/**
 * Bad input gets a clear, localized answer with the right status, never a stack trace: language
 * negotiation, unknown languages and pages, malformed encoding, overlong targets.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { htmlLang, leaks, rawGet, type RawResponse } from '../support/http'
import { ROOT } from '../support/server'
import { serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile()

const get = (target: string, headers: Record<string, string> = {}) => rawGet(server.url, target, headers)

/** A localized HTML error page: the status, <html lang>, a heading, no cookie, nothing leaked. */
function assertErrorPage(response: RawResponse, status: number | number[], lang: string, what: string): void {
  const statuses = Array.isArray(status) ? status : [status]
  assert.ok(statuses.includes(response.status), `${what}: status ${response.status}, expected ${statuses.join(' or ')}`)
  assert.match(String(response.headers['content-type']), /^text\/html/, `${what}: an HTML page`)
  assert.equal(htmlLang(response.body), lang, `${what}: <html lang>`)
  assert.match(response.body, /<h1[\s>]/, `${what}: a heading`)
  assert.deepEqual(leaks(response.body, ROOT), [], `${what}: the body leaks internals`)
  assert.equal(response.headers['set-cookie'], undefined, `${what}: sets a cookie`)
}

describe('the root redirects to the visitor language', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['French', { 'accept-language': 'fr-BE,fr;q=0.9' }, '/fr/'],
    ['English', { 'accept-language': 'en-GB,en;q=0.8,nl;q=0.5' }, '/en/'],
    ['Dutch', { 'accept-language': 'nl-BE' }, '/nl/'],
    ['an unsupported language (default nl)', { 'accept-language': 'de-DE,de;q=0.9' }, '/nl/'],
    ['no Accept-Language (default nl)', {}, '/nl/'],
  ]
  for (const [name, headers, location] of cases) {
    it(`${name} → ${location}`, async () => {
      const response = await get('/', headers)
      assert.equal(response.status, 302)
      assert.equal(new URL(String(response.headers.location), server.url).pathname, location)
      assert.equal(response.headers['set-cookie'], undefined, 'no cookie')
    })
  }
})

describe('unknown language prefix', () => {
  it('/de/ → 404 in Dutch without Accept-Language', async () => {
    assertErrorPage(await get('/de/'), 404, 'nl', '/de/')
  })
  it('/de/ → 404 in French for a French visitor', async () => {
    assertErrorPage(await get('/de/', { 'accept-language': 'fr-BE,fr;q=0.9' }), 404, 'fr', '/de/ (fr)')
  })
  it('/de/ → 404 in English for an English visitor', async () => {
    assertErrorPage(await get('/de/', { 'accept-language': 'en' }), 404, 'en', '/de/ (en)')
  })
})

describe('unknown pages', () => {
  for (const [target, lang] of [
    ['/nl/bestaat-niet', 'nl'],
    ['/fr/nexiste-pas', 'fr'],
    ['/en/does-not-exist', 'en'],
    ['/nl/administraties/bestaat-niet', 'nl'],
    ['/fr/missions/nexiste-pas', 'fr'],
    ['/en/about/nested/too/deep', 'en'],
  ] as const) {
    it(`${target} → 404 in ${lang}`, async () => {
      assertErrorPage(await get(target), 404, lang, target)
    })
  }
})

describe('malformed and overlong requests', () => {
  it('malformed percent-encoding /nl/%E0%A4%A → 400', async () => {
    assertErrorPage(await get('/nl/%E0%A4%A'), 400, 'nl', '/nl/%E0%A4%A')
  })
  it('malformed percent-encoding, French visitor → 400 in French', async () => {
    assertErrorPage(await get('/nl/%E0%A4%A', { 'accept-language': 'fr' }), 400, 'fr', '/nl/%E0%A4%A (fr)')
  })
  it('/nl/%00 → 400 or 404, never 500', async () => {
    assertErrorPage(await get('/nl/%00'), [400, 404], 'nl', '/nl/%00')
  })
  it('malformed encoding in the query → 400 or the page, never 500', async () => {
    const response = await get('/nl/?q=%E0%A4%A')
    assert.ok([200, 400].includes(response.status), `status ${response.status}`)
    assert.deepEqual(leaks(response.body, ROOT), [], 'the body leaks internals')
  })
  it('overlong path (2,100 characters) → 414', async () => {
    assertErrorPage(await get(`/nl/${'a'.repeat(2100)}`), 414, 'nl', 'overlong path')
  })
  it('overlong query (2,100 characters) → 414', async () => {
    assertErrorPage(await get(`/nl/?q=${'a'.repeat(2100)}`), 414, 'nl', 'overlong query')
  })
  it('overlong path, English visitor → 414 in English', async () => {
    assertErrorPage(await get(`/en/${'b'.repeat(2100)}`, { 'accept-language': 'en' }), 414, 'en', 'overlong path (en)')
  })
})
