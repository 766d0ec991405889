/**
 * The back office, its API and their assets, served by Next.js (Payload's admin, REST and GraphQL).
 * Before Next.js reads anything: the client's address for Payload, the admin's headers (its content
 * policy, no framing), and the refusals that must not wait for a parsed body: a body too large or
 * of unknown length, a signed-in write from another origin, a query Payload would fail to parse.
 */
import type { IncomingMessage } from 'node:http'
import { malformedJsonParameter } from '@/api/json-parameters'
import { readEnvironment } from '@/environment'
import { type BodyLimits, bodyProblem } from '@/http/body-limit'
import { CLIENT_ADDRESS_HEADER, clientAddress } from '@/http/client-address'
import { isForeignSessionWrite } from '@/http/same-origin'
import { setBackOfficePageHeaders, setCommonHeaders } from '@/http/security-headers'
import { type Refusal, sendRefusal } from '../back-office-refusals'
import type { Mount } from '../mount'
import type { NextHandler } from '../next-handler'

const { trustProxy } = readEnvironment()

/** Payload's session cookie (its cookiePrefix, `payload`, and `-token`). */
const SESSION_COOKIE = 'payload-token'

/** JSON and other whole bodies: 1 MB is far more than any document of ours; uploads: as deploy/nginx.conf's client_max_body_size. */
const BODY_LIMITS: BodyLimits = { parsedBytes: 1024 * 1024, uploadBytes: 25 * 1024 * 1024 }

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)

/** Paths that belong to the back office and its API. */
function belongsToNext(pathname: string): boolean {
  return pathname.startsWith('/__nextjs') || ['/admin', '/api', '/_next'].some((prefix) => under(pathname, prefix))
}

/** Whole megabytes read the same in every language. */
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

function refusalOf(req: IncomingMessage, pathname: string, query: URLSearchParams, acceptedOrigin: string): Refusal | undefined {
  const body = bodyProblem(req, BODY_LIMITS)
  if (body?.kind === 'too-large') return { status: 413, message: 'bodyTooLarge', vars: { size: megabytes(body.limit) } }
  if (body?.kind === 'length-required') return { status: 411, message: 'lengthRequired' }
  if (isForeignSessionWrite(req, SESSION_COOKIE, acceptedOrigin))
    return { status: 403, message: 'foreignOrigin', vars: { origin: acceptedOrigin } }
  const parameter = under(pathname, '/api') ? malformedJsonParameter(query) : undefined
  if (parameter) return { status: 400, message: 'badJsonParameter', vars: { name: parameter } }
  return undefined
}

/**
 * A public-only instance (BELFORT_ROLE=public) has no Next.js: `421 Misdirected Request`, "this
 * server does not answer for this address", says so without claiming the address does not exist
 * (404, which crawlers and caches would keep) or that the instance is failing (503, which a load
 * balancer retries elsewhere and monitoring counts as an outage). nginx sends these paths to the
 * back-office instances (deploy/nginx.conf); a 421 means a proxy sent one here by mistake.
 */
const publicOnly: Refusal = { status: 421, message: 'publicOnly' }

export const backOffice = (next: NextHandler | undefined, origin: string): Mount => {
  const acceptedOrigin = new URL(origin).origin
  return async ({ req, res, pathname, query }) => {
    if (!belongsToNext(pathname)) return false
    if (!next) {
      setCommonHeaders(res)
      sendRefusal(req, res, pathname, publicOnly)
      return true
    }
    // The audit trail and the sign-in throttle need the client's address; a client cannot choose it.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trustProxy)
    setCommonHeaders(res)
    if (under(pathname, '/admin')) setBackOfficePageHeaders(res)
    const refusal = refusalOf(req, pathname, query, acceptedOrigin)
    if (refusal) sendRefusal(req, res, pathname, refusal)
    else await next(req, res)
    return true
  }
}
