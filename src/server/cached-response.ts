/**
 * Answers from the page cache. A hit is answered before the request is parsed any further (the
 * cache is keyed by the path as sent and holds only pages without a query, so everything after
 * would reach the same page), with the headers prepared once per page and encoding and written
 * with one `writeHead`: a hit then costs one lookup and one write, which is what lets the cache
 * serve close to what plain `node:http` can.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { preferredEncoding } from '@/http/compression'
import { etagMatches } from '@/http/conditional'
import { PUBLIC_PAGE_HEADERS } from '@/http/security-headers'
import type { CachedPage, PageCache } from './page-cache'

/** Browsers revalidate every time (a 304 is cheap); shared caches may keep a page briefly and serve it stale while they refetch. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=60'
const SHARED_SECONDS = 10
const STALE_SECONDS = 60

/**
 * The Cache-Control of a page that stops holding at `expiresAt` (ms): a shared cache may keep it and
 * serve it stale no longer than that. Undefined while the usual header already respects it.
 */
export function cacheControlUntil(expiresAt: number | undefined, now = Date.now()): string | undefined {
  if (expiresAt === undefined) return undefined
  const left = Math.max(0, Math.floor((expiresAt - now) / 1000))
  if (left >= SHARED_SECONDS + STALE_SECONDS) return undefined
  const shared = Math.min(SHARED_SECONDS, left)
  return `public, max-age=0, s-maxage=${shared}, stale-while-revalidate=${left - shared}`
}

/** Staff carry Payload's session cookie; their pages may differ, so they never share the cache. */
export function isAnonymous(req: IncomingMessage): boolean {
  return !req.headers.authorization && !/(?:^|;\s*)payload-token=/.test(String(req.headers.cookie ?? ''))
}

/** Whether a request may get (and leave) a page that other visitors share. */
export function mayUseCache(req: IncomingMessage, query: URLSearchParams): boolean {
  return query.size === 0 && isAnonymous(req)
}

type Variant = 'br' | 'gzip' | 'identity' | 'not-modified'

function prepareHead(page: CachedPage, variant: Variant, hit: boolean, cacheControl = PUBLIC_CACHE_CONTROL): string[] {
  // `X-Cache` tells operators (and tests) whether the page came from the cache.
  const head = [
    ...PUBLIC_PAGE_HEADERS.flat(),
    'Cache-Control',
    cacheControl,
    'ETag',
    page.etag,
    'Vary',
    'Accept-Encoding',
    'X-Cache',
    hit ? 'hit' : 'miss',
  ]
  if (variant === 'not-modified') return head
  head.push('Content-Type', page.contentType)
  if (variant !== 'identity') head.push('Content-Encoding', variant)
  head.push('Content-Length', String(page[variant].length))
  return head
}

const heads = new WeakMap<CachedPage, Partial<Record<Variant, string[]>>>()

/**
 * The headers of a cached page as the flat list `writeHead` takes, prepared once per page and
 * encoding for its hits. A miss happens once per page and is made on the spot.
 */
function headOf(page: CachedPage, variant: Variant, hit: boolean): string[] {
  // Near the instant a page stops holding, its header counts down, so it is made on the spot.
  const untilExpiry = cacheControlUntil(page.expiresAt)
  if (untilExpiry) return prepareHead(page, variant, hit, untilExpiry)
  if (!hit) return prepareHead(page, variant, false)
  let prepared = heads.get(page)
  if (!prepared) {
    prepared = {}
    heads.set(page, prepared)
  }
  prepared[variant] ??= prepareHead(page, variant, true)
  return prepared[variant]
}

/** Sends a cached page: 304 when the client's copy is current, else the encoding it prefers. */
export function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage, hit: boolean): void {
  if (etagMatches(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, headOf(page, 'not-modified', hit))
    return void res.end()
  }
  const variant = preferredEncoding(req) ?? 'identity'
  res.writeHead(page.status, headOf(page, variant, hit))
  res.end(req.method === 'HEAD' ? undefined : page[variant])
}

/** Answers a page cache hit from the request as it came in; false when the request is not one. */
export function answerFromCache(cache: PageCache, req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !isAnonymous(req)) return false
  const hit = cache.find(req.url ?? '')
  if (!hit) return false
  sendCached(req, res, hit, true)
  return true
}
