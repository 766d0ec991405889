import type { IncomingMessage, ServerResponse } from 'node:http'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Bodies smaller than this are not worth compressing. */
const MIN_COMPRESS = 1024

export function preferredEncoding(req: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gzip'
  return undefined
}

export function compress(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 })
}

/** Sends a body, compressed when the client accepts it; HEAD gets the headers only. */
export function send(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  let bytes = typeof body === 'string' ? Buffer.from(body) : body
  res.statusCode = status
  res.setHeader('Content-Type', contentType)
  res.setHeader('Vary', 'Accept-Encoding')
  const encoding =
    bytes.length >= MIN_COMPRESS && /^(text\/|application\/(json|xml|atom))|svg/.test(contentType) ? preferredEncoding(req) : undefined
  if (encoding) {
    bytes = compress(bytes, encoding)
    res.setHeader('Content-Encoding', encoding)
  }
  res.setHeader('Content-Length', bytes.length)
  res.end(req.method === 'HEAD' ? undefined : bytes)
}
