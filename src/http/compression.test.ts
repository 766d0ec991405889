import assert from 'node:assert/strict'
import type { IncomingMessage } from 'node:http'
import { describe, it } from 'node:test'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib'
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
    assert.deepEqual(brotliDecompressSync(compress(body, 'br', 'one')), body)
    assert.deepEqual(gunzipSync(compress(body, 'gzip', 'one')), body)
  })

  it('spends more on what is kept than on a body for one answer', () => {
    const body = Buffer.from(
      Array.from({ length: 400 }, (_, i) => `<li><a href="/nl/nieuws/item-${i % 37}">Titel ${i * 7}</a></li>`).join(''),
    )
    const kept = compress(body, 'br', 'kept')
    const once = compress(body, 'br', 'one')
    assert.deepEqual(brotliDecompressSync(once), body)
    assert.ok(kept.length < once.length, `kept ${kept.length} B, one answer ${once.length} B`)
  })
})

describe('the brotli window fitted to the body', () => {
  /** Text that repeats at long distances, as a page's markup does: a window too small would miss it. */
  const page = (bytes: number) => {
    const parts: string[] = []
    for (let i = 0; parts.join('').length < bytes; i++) parts.push(`<li><a href="/nl/nieuws/item-${i % 37}">Titel ${i}</a></li>`)
    return Buffer.from(parts.join('').slice(0, bytes))
  }

  it('compresses bodies of every size, around the powers of two, as small as the default window does', () => {
    for (const bytes of [1024, 1100, 4080, 4096, 4112, 9991, 65_520, 65_536, 300_000]) {
      const body = page(bytes)
      const fitted = compress(body, 'br', 'kept')
      assert.deepEqual(brotliDecompressSync(fitted), body, `${bytes} bytes`)
      const wide = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes } })
      assert.ok(fitted.length <= wide.length * 1.01, `${bytes} bytes: ${fitted.length} fitted, ${wide.length} with the default window`)
    }
  })
})
