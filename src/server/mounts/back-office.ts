/** The back office, its API and their assets, served by Next.js (Payload's admin, REST and GraphQL). */
import { readEnvironment } from '@/environment'
import { CLIENT_ADDRESS_HEADER, clientAddress } from '@/http/client-address'
import { setCommonHeaders } from '@/http/security-headers'
import type { Mount } from '../mount'
import type { NextHandler } from '../next-handler'

const { trustProxy } = readEnvironment()

/** Paths that belong to the back office and its API. */
function belongsToNext(pathname: string): boolean {
  return (
    pathname.startsWith('/__nextjs') ||
    ['/admin', '/api', '/_next'].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  )
}

/** Next.js sets its own content policy, looser than the public pages' one: it only gets the generic headers. */
export const backOffice =
  (next: NextHandler): Mount =>
  async ({ req, res, pathname }) => {
    if (!belongsToNext(pathname)) return false
    // The audit trail and the sign-in throttle need the client's address; a client cannot choose it.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trustProxy)
    setCommonHeaders(res)
    await next(req, res)
    return true
  }
