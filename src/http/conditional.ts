/**
 * Conditional GET (RFC 9110 §13): whether the copy a client already has is current, so that it
 * gets a 304 instead of the body again.
 */
import type { IncomingMessage } from 'node:http'

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare)
}

/**
 * Whether the client's copy is current. If-None-Match decides when it is sent; If-Modified-Since
 * counts only without it, to the second (the precision of an HTTP date).
 */
export function isNotModified(req: IncomingMessage, validators: { etag: string; lastModified: string | null }): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch) return etagMatches(ifNoneMatch, validators.etag)
  const since = Date.parse(String(req.headers['if-modified-since'] ?? ''))
  if (!validators.lastModified || Number.isNaN(since)) return false
  return Math.floor(Date.parse(validators.lastModified) / 1000) * 1000 <= since
}
