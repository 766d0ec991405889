import type { ServerResponse } from 'node:http'

/**
 * Public pages load nothing from another host and run no inline code, so the policy can be strict.
 * The admin (Next.js) sets its own, looser needs and only gets the generic headers.
 */
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

export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
}

export function setPublicPageHeaders(res: ServerResponse): void {
  setCommonHeaders(res)
  res.setHeader('Content-Security-Policy', PUBLIC_CSP)
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('X-Frame-Options', 'DENY')
}
