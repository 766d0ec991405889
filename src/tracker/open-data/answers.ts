/**
 * How the open data answers: every answer open to any origin (CORS), documents with validators,
 * caching for shared caches, the licence and compression, errors as RFC 9457 problem details.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { compress, encodingFor } from '@/http/compression'
import { isNotModified } from '@/http/conditional'
import { setCommonHeaders } from '@/http/security-headers'
import { endWithBody } from '@/http/send'
import { LICENSE } from './datasets'
import type { ServedDocument } from './document-store'
import { OPENAPI_PATH } from './registry'

/** Browsers revalidate each time (a 304 is cheap); shared caches may keep a copy a minute and serve it stale while they refetch. */
export const DATA_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'
/** The methods every open-data address answers. */
const ALLOW = 'GET, HEAD, OPTIONS'

function setDataHeaders(res: ServerResponse): void {
  setCommonHeaders(res)
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Content-Disposition, Link')
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  414: 'URI Too Long',
  500: 'Internal Server Error',
}

export function sendProblem(
  req: IncomingMessage,
  res: ServerResponse,
  status: 400 | 404 | 405 | 414,
  pathname: string,
  detail: string,
): void {
  setDataHeaders(res)
  const body = Buffer.from(
    `${JSON.stringify({ type: 'about:blank', title: TITLES[status], status, detail, instance: pathname }, null, 2)}\n`,
  )
  res.statusCode = status
  if (status === 405) res.setHeader('Allow', ALLOW)
  res.setHeader('Content-Type', 'application/problem+json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  endWithBody(req, res, body)
}

/** The answer to a CORS preflight: any origin may read, with the validators. */
export function sendPreflight(res: ServerResponse): void {
  setDataHeaders(res)
  res.statusCode = 204
  res.setHeader('Allow', ALLOW)
  res.setHeader('Access-Control-Allow-Methods', ALLOW)
  res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since')
  res.setHeader('Access-Control-Max-Age', '86400')
  res.end()
}

export function sendDocument(req: IncomingMessage, res: ServerResponse, origin: string, document: ServedDocument): void {
  setDataHeaders(res)
  res.setHeader('Cache-Control', DATA_CACHE_CONTROL)
  res.setHeader('ETag', document.etag)
  if (document.lastModified) res.setHeader('Last-Modified', new Date(document.lastModified).toUTCString())
  res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader('Link', `<${LICENSE}>; rel="license", <${origin}${OPENAPI_PATH}>; rel="describedby"`)
  if (document.filename) res.setHeader('Content-Disposition', `attachment; filename="${document.filename}"`)
  if (isNotModified(req, document)) {
    res.statusCode = 304
    return void res.end()
  }
  // Text formats are compressed when large enough; a ZIP is compressed already.
  const encoding = document.compressed ? undefined : encodingFor(req, document.bytes.length)
  let bytes = document.bytes
  if (encoding === 'br') bytes = document.br ??= compress(document.bytes, 'br', 'kept')
  else if (encoding === 'gzip') bytes = document.gzip ??= compress(document.bytes, 'gzip', 'kept')
  res.statusCode = 200
  res.setHeader('Content-Type', document.contentType)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  endWithBody(req, res, bytes)
}
