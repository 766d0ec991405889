import assert from 'node:assert/strict'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, it } from 'node:test'
import { brotliDecompressSync } from 'node:zlib'
import { send } from './send'

interface Sent {
  headers: Map<string, unknown>
  status: number
  body: Buffer | undefined
}

function exchange(method: string, acceptEncoding?: string): { req: IncomingMessage; res: ServerResponse; sent: Sent } {
  const sent: Sent = { headers: new Map(), status: 0, body: undefined }
  const req = { method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} } as IncomingMessage
  const res = {
    set statusCode(value: number) {
      sent.status = value
    },
    setHeader(name: string, value: unknown) {
      sent.headers.set(name.toLowerCase(), value)
      return this
    },
    end(body?: Buffer) {
      sent.body = body
      return this
    },
  } as unknown as ServerResponse
  return { req, res, sent }
}

const page = (word: string) => `<!doctype html><p>${`${word} – één œuvre · `.repeat(200)}</p>`

describe('send', () => {
  it('keeps each answer its own bytes while the next one is encoded (the socket may write them later)', () => {
    const first = exchange('GET', 'br')
    const second = exchange('GET', 'br')
    const plain = exchange('GET')
    const third = exchange('GET')
    send(first.req, first.res, 200, 'text/html; charset=utf-8', page('eerste'))
    send(plain.req, plain.res, 200, 'text/html; charset=utf-8', page('zonder'))
    send(second.req, second.res, 200, 'text/html; charset=utf-8', page('tweede'))
    send(third.req, third.res, 200, 'text/html; charset=utf-8', page('derde-langer'))
    assert.equal(brotliDecompressSync(first.sent.body as Buffer).toString(), page('eerste'))
    assert.equal(brotliDecompressSync(second.sent.body as Buffer).toString(), page('tweede'))
    assert.equal(plain.sent.body?.toString(), page('zonder'))
    assert.equal(third.sent.body?.toString(), page('derde-langer'))
    assert.equal(first.sent.headers.get('content-encoding'), 'br')
    assert.equal(plain.sent.headers.get('content-encoding'), undefined)
    assert.equal(plain.sent.headers.get('content-length'), Buffer.byteLength(page('zonder')))
  })

  it('sends a text too large for the scratch buffer, and small ones, as they are', () => {
    const large = page('groot').repeat(40)
    const big = exchange('GET', 'br')
    send(big.req, big.res, 200, 'text/html; charset=utf-8', large)
    assert.equal(brotliDecompressSync(big.sent.body as Buffer).toString(), large)
    const small = exchange('GET', 'br')
    send(small.req, small.res, 404, 'text/plain; charset=utf-8', 'Niet gevonden – introuvable')
    assert.equal(small.sent.status, 404)
    assert.equal(small.sent.body?.toString(), 'Niet gevonden – introuvable')
    assert.equal(small.sent.headers.get('content-length'), Buffer.byteLength('Niet gevonden – introuvable'))
  })

  it('gives HEAD the length of what GET would send, and no body', () => {
    const get = exchange('GET', 'br')
    const head = exchange('HEAD', 'br')
    send(get.req, get.res, 200, 'text/html; charset=utf-8', page('hoofd'))
    send(head.req, head.res, 200, 'text/html; charset=utf-8', page('hoofd'))
    assert.equal(head.sent.body, undefined)
    assert.equal(head.sent.headers.get('content-length'), get.sent.body?.length)
  })

  it('sends bytes of a type that is not compressed untouched', () => {
    const pdf = Buffer.from('%PDF-1.7 '.repeat(300))
    const { req, res, sent } = exchange('GET', 'br')
    send(req, res, 200, 'application/pdf', pdf)
    assert.equal(sent.body, pdf)
  })
})
