import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { describe, it } from 'node:test'
import { hasCookie, isForeignSessionWrite, senderOrigin } from './same-origin'

const request = (method: string, headers: Record<string, string>) => ({ method, headers }) as unknown as IncomingMessage
const ORIGIN = 'https://gob.example'
const foreign = (method: string, headers: Record<string, string>) =>
  isForeignSessionWrite(request(method, headers), 'payload-token', ORIGIN)

describe('isForeignSessionWrite', () => {
  it('accepts a signed-in write whose Origin, or failing that Referer, is the accepted origin', () => {
    assert.equal(foreign('POST', { cookie: 'payload-token=t', origin: ORIGIN }), false)
    assert.equal(foreign('PATCH', { cookie: 'a=1; payload-token=t', referer: `${ORIGIN}/admin/collections/news/1` }), false)
  })
  it('refuses a signed-in write from another origin, a sibling site, or with neither header', () => {
    assert.equal(foreign('POST', { cookie: 'payload-token=t', origin: 'https://evil.example' }), true)
    assert.equal(foreign('POST', { cookie: 'payload-token=t', origin: 'https://other.gob.example' }), true)
    assert.equal(foreign('DELETE', { cookie: 'payload-token=t', 'sec-fetch-site': 'same-site' }), true)
    assert.equal(foreign('POST', { cookie: 'payload-token=t', origin: 'null', referer: `${ORIGIN}/admin` }), true)
    assert.equal(foreign('POST', { cookie: 'payload-token=t', referer: 'not a url' }), true)
  })
  it('leaves reads, and writes without the session cookie (an Authorization header), alone', () => {
    assert.equal(foreign('GET', { cookie: 'payload-token=t', origin: 'https://evil.example' }), false)
    assert.equal(foreign('OPTIONS', { cookie: 'payload-token=t' }), false)
    assert.equal(foreign('POST', { authorization: 'JWT x' }), false)
    assert.equal(foreign('POST', { cookie: 'payload-lng=nl' }), false)
  })
})

describe('hasCookie and senderOrigin', () => {
  it('finds a cookie by its exact name', () => {
    assert.equal(hasCookie(request('GET', { cookie: 'xpayload-token=1' }), 'payload-token'), false)
    assert.equal(hasCookie(request('GET', { cookie: 'a=1;payload-token=' }), 'payload-token'), true)
  })
  it('reads the origin of a Referer', () => {
    assert.equal(senderOrigin(request('POST', { referer: 'http://127.0.0.1:3000/admin?x=1' })), 'http://127.0.0.1:3000')
  })
})
