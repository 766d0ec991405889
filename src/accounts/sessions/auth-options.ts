/**
 * The `auth` options of the users collection that make its sessions: the idle timeout as the
 * token's lifetime (the admin refreshes it while someone works; nobody refreshes it for a tab left
 * open), and a cookie that is `Secure` whenever the site is served over HTTPS.
 */
import type { IncomingAuthType } from 'payload'
import { idleSeconds, secureCookies } from './settings'

export const sessionAuthOptions = {
  tokenExpiration: idleSeconds,
  cookies: { secure: secureCookies, sameSite: 'Lax' },
} satisfies Partial<IncomingAuthType>
