/**
 * The defence of cookie sessions against cross-site request forgery: a request that may change
 * something (any method but GET, HEAD and OPTIONS) and carries the session cookie must say by its
 * `Origin` (or, failing that, its `Referer`) that it was sent from a page of the accepted origin.
 * Browsers send `Origin` with every such request; one with neither header is not trusted, and
 * `Sec-Fetch-Site: same-site` is not enough, since a sibling subdomain is "same site" too.
 */
import type { IncomingMessage } from 'node:http'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Whether the Cookie header holds a cookie of this name. */
export function hasCookie(req: IncomingMessage, name: string): boolean {
  const cookies = String(req.headers.cookie ?? '')
  return cookies.split(';').some((cookie) => cookie.trimStart().startsWith(`${name}=`))
}

/** The origin a request says it was sent from: its Origin header (`null` included), else its Referer's origin. */
export function senderOrigin(req: IncomingMessage): string | undefined {
  const origin = req.headers.origin
  if (origin !== undefined) return origin
  const referer = req.headers.referer
  if (!referer) return undefined
  try {
    return new URL(referer).origin
  } catch {
    return undefined
  }
}

/** True for a write that carries the session cookie and was not sent from `acceptedOrigin` (as `new URL(…).origin` spells it). */
export function isForeignSessionWrite(req: IncomingMessage, sessionCookie: string, acceptedOrigin: string): boolean {
  if (READS.has(req.method ?? 'GET') || !hasCookie(req, sessionCookie)) return false
  return senderOrigin(req) !== acceptedOrigin
}
