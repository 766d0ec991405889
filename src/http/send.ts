/** Sending a whole body: the end of every answer that is not a cached page or a file. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { compress, encodingFor, isCompressible } from './compression'

/** Sends a body, compressed when the client accepts it; HEAD gets the headers only. */
export function send(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  let bytes = typeof body === 'string' ? Buffer.from(body) : body
  res.statusCode = status
  res.setHeader('Content-Type', contentType)
  res.setHeader('Vary', 'Accept-Encoding')
  const encoding = isCompressible(contentType) ? encodingFor(req, bytes.length) : undefined
  if (encoding) {
    bytes = compress(bytes, encoding, 'one')
    res.setHeader('Content-Encoding', encoding)
  }
  endWithBody(req, res, bytes)
}

/** Ends an answer whose other headers are set with these bytes; HEAD gets their length only. */
export function endWithBody(req: IncomingMessage, res: ServerResponse, bytes: Buffer): void {
  res.setHeader('Content-Length', bytes.length)
  res.end(req.method === 'HEAD' ? undefined : bytes)
}
