/** Where to go after the second step: an admin path the sign-in asked for, never another site. */
export function safeAdminPath(requested: unknown, adminRoute: string): string {
  const path = Array.isArray(requested) ? requested[0] : requested
  if (typeof path !== 'string' || !path.startsWith(`${adminRoute}`) || path.startsWith('//') || path.includes('\\')) return adminRoute
  // Not back to the sign-in or the second step themselves.
  if (/^\/[^/?#]*\/(login|logout|second-factor)\b/.test(path)) return adminRoute
  return path
}
