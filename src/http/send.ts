/** Sending a whole body: the end of every answer that is not a cached page or a file. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { compress, encodingFor, isCompressible } from './compression'

/**
 * Where a text body is encoded before it is compressed. Compression copies what it reads, so one
 * buffer serves every answer (the work is synchronous): a page's UTF-8 bytes then cost no
 * allocation of their own, which on Node 24 took longer than the encoding (Buffer.from: about 30 µs
 * for a 10 KB page, against 12 µs written here).
 */
const SCRATCH_BYTES = 256 * 1024
let scratch: Buffer | undefined

/** A text's UTF-8 bytes in the scratch buffer (valid until the next call), or undefined when it may not fit. */
function inScratch(text: string): Buffer | undefined {
  // Three bytes at most for each UTF-16 unit.
  if (text.length * 3 > SCRATCH_BYTES) return undefined
  scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES)
  return scratch.subarray(0, scratch.write(text))
}

/** Sends a body, compressed when the client accepts it; HEAD gets the headers only. */
export function send(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.statusCode = status
  res.setHeader('Content-Type', contentType)
  res.setHeader('Vary', 'Accept-Encoding')
  const compressible = isCompressible(contentType)
  const text = typeof body === 'string' && compressible ? inScratch(body) : undefined
  const bytes = text ?? (typeof body === 'string' ? Buffer.from(body) : body)
  const encoding = compressible ? encodingFor(req, bytes.length) : undefined
  if (encoding) res.setHeader('Content-Encoding', encoding)
  // The scratch buffer's bytes leave only compressed (a new buffer) or copied.
  endWithBody(req, res, encoding ? compress(bytes, encoding, 'one') : text ? Buffer.from(text) : bytes)
}

/** Ends an answer whose other headers are set with these bytes; HEAD gets their length only. */
export function endWithBody(req: IncomingMessage, res: ServerResponse, bytes: Buffer): void {
  res.setHeader('Content-Length', bytes.length)
  res.end(req.method === 'HEAD' ? undefined : bytes)
}
