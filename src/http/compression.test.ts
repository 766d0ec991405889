import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { describe, it } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { compress, encodingFor, isCompressible, MIN_COMPRESS_BYTES, preferredEncoding } from './compression'

const accepting = (value: string) => ({ headers: { 'accept-encoding': value } }) as IncomingMessage

describe('encoding choice', () => {
  it('prefers brotli, then gzip, and takes neither when the client names none', () => {
    assert.equal(preferredEncoding(accepting('gzip, deflate, br')), 'br')
    assert.equal(preferredEncoding(accepting('gzip, deflate')), 'gzip')
    assert.equal(preferredEncoding(accepting('identity')), undefined)
    assert.equal(preferredEncoding({ headers: {} } as IncomingMessage), undefined)
  })
  it('leaves small bodies and already compressed formats alone', () => {
    assert.equal(encodingFor(accepting('br'), MIN_COMPRESS_BYTES - 1), undefined)
    assert.equal(encodingFor(accepting('br'), MIN_COMPRESS_BYTES), 'br')
    assert.ok(isCompressible('text/html; charset=utf-8'))
    assert.ok(isCompressible('application/json'))
    assert.ok(isCompressible('image/svg+xml'))
    assert.ok(!isCompressible('application/pdf'))
    assert.ok(!isCompressible('image/png'))
  })
})

describe('compress', () => {
  it('gives back the same bytes once decoded', () => {
    const body = Buffer.from('<p>hello</p>'.repeat(200))
    assert.deepEqual(brotliDecompressSync(compress(body, 'br')), body)
    assert.deepEqual(gunzipSync(compress(body, 'gzip')), body)
  })
})
