/**
 * Limits on request bodies, checked on the headers before a byte of the body is read: a body that
 * is parsed whole in memory (JSON, forms, text) is small; an upload (multipart) may be larger but
 * not unbounded; a body of unknown length (chunked) is not read at all, since only its end would
 * tell its size. Browsers, fetch and nginx always send a Content-Length.
 */
import type { IncomingMessage } from 'node:http'

export interface BodyLimits {
  /** Bodies parsed whole: JSON (REST, GraphQL, sign-in), forms, text. */
  parsedBytes: number
  /** multipart/form-data: file uploads. */
  uploadBytes: number
}

export type BodyProblem = { kind: 'too-large'; limit: number } | { kind: 'length-required' }

const isUpload = (req: IncomingMessage) => /^multipart\/form-data\b/i.test(String(req.headers['content-type'] ?? ''))

/** Why a request's body must not be read, or undefined when it may be. */
export function bodyProblem(req: IncomingMessage, limits: BodyLimits): BodyProblem | undefined {
  const limit = isUpload(req) ? limits.uploadBytes : limits.parsedBytes
  const declared = req.headers['content-length']
  // Node has already refused a Content-Length that is not a number.
  if (declared !== undefined) return Number(declared) > limit ? { kind: 'too-large', limit } : undefined
  return req.headers['transfer-encoding'] !== undefined ? { kind: 'length-required' } : undefined
}
