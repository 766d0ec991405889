/**
 * The generic headers (no sniffing, a referrer policy, no powerful features) that pages, assets,
 * files, open data and the back office carry, and the stricter set of a public page: one list, so
 * one change reaches every answer.
 */
import type { ServerResponse } from 'node:http'

// Public pages load nothing from another host and run no inline code, so the policy can be strict.
// The admin (Next.js) sets its own, looser needs and only gets the generic headers.
const PUBLIC_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

const COMMON_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
]

/** Every header a public page carries whatever its content, in order. */
export const PUBLIC_PAGE_HEADERS: readonly (readonly [string, string])[] = [
  ...COMMON_HEADERS,
  ['Content-Security-Policy', PUBLIC_CSP],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
]

export function setCommonHeaders(res: ServerResponse): void {
  for (const [name, value] of COMMON_HEADERS) res.setHeader(name, value)
}

export function setPublicPageHeaders(res: ServerResponse): void {
  for (const [name, value] of PUBLIC_PAGE_HEADERS) res.setHeader(name, value)
}
