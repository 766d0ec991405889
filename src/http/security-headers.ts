/**
 * The generic headers (no sniffing, a referrer policy, no powerful features) that pages, assets,
 * files, open data and the back office carry, the stricter set of a public page and the back
 * office's own: one list each, so one change reaches every answer.
 */
import type { ServerResponse } from 'node:http'

// Public pages load nothing from another host and run no inline code, so the policy can be strict.
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

/**
 * The admin (Payload on Next.js) loads nothing from another host either, but Next.js inlines the
 * scripts that hand the page its data and React inlines styles, so those two need 'unsafe-inline'
 * (nonces would need every admin page rendered per request by our own code). Uploads are shown
 * from blob: URLs before they are saved. Nothing may frame it, post it elsewhere or reach another host.
 */
const BACK_OFFICE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
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

/** What an admin page carries besides the common headers. */
export const BACK_OFFICE_PAGE_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', BACK_OFFICE_CSP],
  ['X-Frame-Options', 'DENY'],
]

export function setCommonHeaders(res: ServerResponse): void {
  for (const [name, value] of COMMON_HEADERS) res.setHeader(name, value)
}

export function setPublicPageHeaders(res: ServerResponse): void {
  for (const [name, value] of PUBLIC_PAGE_HEADERS) res.setHeader(name, value)
}

export function setBackOfficePageHeaders(res: ServerResponse): void {
  for (const [name, value] of BACK_OFFICE_PAGE_HEADERS) res.setHeader(name, value)
}
