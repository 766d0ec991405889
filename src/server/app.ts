import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { favicon, findAsset } from '@/site/assets'
import { translator, negotiateLocale } from '@/site/i18n'
import type { ViewResult } from '@/site/context'
import { renderError, renderPublic } from '@/site/router'
import { renderRobots, renderSitemap } from '@/site/sitemap'
import { isStaffUser } from '@/access/roles'
import { receiveContactForm } from '@/contact/http/receive'
import { isContactForm } from '@/contact/pages'
import { matchDocumentFile, serveDocumentFile } from '@/documents/http/serve-file'
import { isDataPath, refuseDataTarget, serveOpenData } from '@/tracker/open-data/http'
import { homePath, isLocale, type Locale } from '@/site/routes'
import { etagMatches } from '@/http/conditional'
import { preferredEncoding } from '@/http/compression'
import { parseRequestTarget, rawPathOf } from '@/http/request-target'
import { PUBLIC_PAGE_HEADERS, setCommonHeaders, setPublicPageHeaders } from '@/http/security-headers'
import { send } from '@/http/send'
import type { CachedPage, PageCache } from './page-cache'
import type { ReadCache } from './read-cache'
import type { RenderSlots } from './render-slots'
import { timeRender } from './render-timing'

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export interface AppOptions {
  payload: Payload
  /** Serves the admin, the API and their assets. */
  next: NextHandler
  /** Rendered public pages for anonymous visitors; without it every request renders. */
  cache?: PageCache
  /** Published content kept between renders; without it every render reads through Payload. */
  reads?: ReadCache
  /** How many renders may run at once; unlimited when absent. */
  renderSlots?: RenderSlots
  /** The public base URL (SERVER_URL), for canonical links, feeds and the sitemap. */
  origin: string
  log?: (message: string, error?: unknown) => void
}

const HTML = 'text/html; charset=utf-8'
/** Browsers revalidate every time (a 304 is cheap); shared caches may keep a page briefly and serve it stale while they refetch. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=60'

/** Staff carry Payload's session cookie; their pages may differ, so they never share the cache. */
function isAnonymous(req: IncomingMessage): boolean {
  return !req.headers.authorization && !/(?:^|;\s*)payload-token=/.test(String(req.headers.cookie ?? ''))
}

function mayUseCache(req: IncomingMessage, query: URLSearchParams): boolean {
  return query.size === 0 && isAnonymous(req)
}

type Variant = 'br' | 'gzip' | 'identity' | 'not-modified'

function prepareHead(page: CachedPage, variant: Variant, hit: boolean): string[] {
  // `X-Cache` tells operators (and tests) whether the page came from the cache.
  const head = [
    ...PUBLIC_PAGE_HEADERS.flat(),
    'Cache-Control',
    PUBLIC_CACHE_CONTROL,
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
 * encoding for its hits: a hit then costs one lookup and one write, which is what lets the cache
 * serve close to what plain `node:http` can. A miss happens once per page and is made on the spot.
 */
function headOf(page: CachedPage, variant: Variant, hit: boolean): string[] {
  if (!hit) return prepareHead(page, variant, false)
  let prepared = heads.get(page)
  if (!prepared) {
    prepared = {}
    heads.set(page, prepared)
  }
  prepared[variant] ??= prepareHead(page, variant, true)
  return prepared[variant]
}

function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage, hit: boolean): void {
  if (etagMatches(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, headOf(page, 'not-modified', hit))
    return void res.end()
  }
  const variant = preferredEncoding(req) ?? 'identity'
  res.writeHead(page.status, headOf(page, variant, hit))
  res.end(req.method === 'HEAD' ? undefined : page[variant])
}

/** Paths that belong to the back office and its API, served by Next.js. */
function belongsToNext(pathname: string): boolean {
  return (
    pathname.startsWith('/__nextjs') ||
    ['/admin', '/api', '/_next'].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  )
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
  }
  return headers
}

/** A last-resort page that needs no database, for when even the error page cannot be rendered. */
function bareErrorPage(locale: Locale): string {
  const t = translator(locale)
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('serverErrorTitle')}</title></head><body><main><h1>${t('serverErrorTitle')}</h1><p>${t('serverErrorBody')}</p><p><a href="${homePath(locale)}">${t('goHome')}</a></p></main></body></html>`
}

export function createApp({ payload, next, cache, reads, renderSlots, origin, log = console.error }: AppOptions): RequestListener {
  // Public renders read published content through the read cache; previews and forms do not.
  const reader = reads?.wrap(payload) ?? payload
  async function sendError(
    req: IncomingMessage,
    res: ServerResponse,
    locale: Locale,
    status: 400 | 403 | 404 | 414 | 500,
    path: string,
  ): Promise<void> {
    setPublicPageHeaders(res)
    res.setHeader('Cache-Control', 'no-store')
    try {
      const view = await renderError(reader, origin, locale, path, status)
      send(req, res, status, HTML, view.html)
    } catch (error) {
      log('could not render the error page', error)
      send(req, res, status, HTML, bareErrorPage(locale))
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/'
    const target = parseRequestTarget(rawUrl)
    const visitorLocale = negotiateLocale(req.headers['accept-language'])
    if (target.kind !== 'ok') {
      const rawPath = rawPathOf(rawUrl)
      if (isDataPath(rawPath)) return refuseDataTarget(req, res, rawPath, target.kind)
      return sendError(req, res, visitorLocale, target.kind === 'too-long' ? 414 : 400, '/')
    }
    const { pathname, segments, query } = target
    const first = segments[0]
    const locale = isLocale(first) ? first : undefined

    if (belongsToNext(pathname)) {
      setCommonHeaders(res)
      return next(req, res)
    }
    if (pathname === '/healthz') {
      res.setHeader('Cache-Control', 'no-store')
      return send(req, res, 200, 'text/plain; charset=utf-8', 'ok')
    }
    const asset = pathname === '/favicon.ico' ? favicon : findAsset(pathname)
    if (asset) {
      setCommonHeaders(res)
      res.setHeader('Cache-Control', pathname === asset.href ? 'public, max-age=31536000, immutable' : 'public, max-age=86400')
      return send(req, res, 200, asset.contentType, asset.body)
    }
    // Open data answers every method itself (CORS preflight, 405 as problem details).
    if (isDataPath(pathname)) return serveOpenData(payload, req, res, origin, pathname, query)
    if (req.method === 'POST' && locale && isContactForm(locale, segments.slice(1))) {
      const view = await receiveContactForm({ payload, req, locale, path: pathname, origin })
      return sendView(req, res, view)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', locale && isContactForm(locale, segments.slice(1)) ? 'GET, HEAD, POST' : 'GET, HEAD')
      res.statusCode = 405
      return void res.end()
    }
    const documentFile = locale ? matchDocumentFile(locale, segments.slice(1)) : undefined
    if (documentFile && locale) {
      setCommonHeaders(res)
      const served = await serveDocumentFile(
        payload,
        req,
        res,
        locale,
        documentFile.slug,
        documentFile.language,
        query.get('download') === '1',
      )
      if (served) return
      return sendError(req, res, locale, 404, pathname)
    }
    if (pathname === '/') {
      res.statusCode = 302
      res.setHeader('Location', homePath(visitorLocale))
      res.setHeader('Vary', 'Accept-Language')
      res.setHeader('Cache-Control', 'no-store')
      return void res.end()
    }
    if (pathname === '/robots.txt') {
      return deliver(req, res, pathname, query, false, async () => ({
        status: 200,
        html: renderRobots(origin),
        contentType: 'text/plain; charset=utf-8',
      }))
    }
    if (pathname === '/sitemap.xml') {
      return deliver(req, res, pathname, query, false, async () => {
        const tags = new Set<string>()
        const xml = await renderSitemap(reader, origin, tags)
        return { status: 200, html: xml, tags: [...tags], contentType: 'application/xml; charset=utf-8' }
      })
    }
    if (!locale) return sendError(req, res, visitorLocale, 404, pathname)
    // One canonical form per page: `/nl/` for a home, no trailing slash elsewhere.
    const canonical = segments.length === 1 ? homePath(locale) : pathname.replace(/\/+$/, '')
    if (canonical !== pathname) {
      res.statusCode = 301
      res.setHeader('Location', canonical + (query.size > 0 ? `?${query}` : ''))
      return void res.end()
    }

    let draft = false
    if (query.get('preview') === '1') {
      const { user } = await payload.auth({ headers: headersOf(req) })
      if (!isStaffUser(user)) return sendError(req, res, locale, 403, pathname)
      draft = true
    }
    return deliver(req, res, pathname, query, draft, () =>
      renderPublic({ payload: draft ? payload : reader, locale, segments: segments.slice(1), path: pathname, query, origin, draft }),
    )
  }

  /** Renders a response, stores it for the next visitor when it may be shared, and sends it. */
  async function deliver(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    query: URLSearchParams,
    draft: boolean,
    render: () => Promise<ViewResult>,
  ): Promise<void> {
    const cacheable = cache !== undefined && !draft && mayUseCache(req, query)
    if (cacheable) {
      const hit = cache.get(pathname)
      if (hit) return sendCached(req, res, hit, true)
    }
    const generation = cache?.generation
    // Timed inside its slot, so the figure is the render's own cost, not its wait.
    const { result: view, timing } = renderSlots ? await renderSlots.run(() => timeRender(render)) : await timeRender(render)
    // Where this render's time went (a cache hit has none): for operators' tools and the benchmark.
    res.setHeader('Server-Timing', timing.header)
    if (cacheable && view.status === 200 && !view.location && !view.private) {
      // A change that landed while this page rendered makes it stale: serve it once, keep nothing.
      const entry = cache.set(
        pathname,
        { status: 200, contentType: view.contentType ?? HTML, body: view.html, tags: view.tags ?? [] },
        generation,
      )
      return sendCached(req, res, entry, false)
    }
    sendView(req, res, view, draft)
  }

  function sendView(req: IncomingMessage, res: ServerResponse, view: ViewResult, draft = false): void {
    setPublicPageHeaders(res)
    res.setHeader('Cache-Control', draft || view.private ? 'private, no-store' : 'public, max-age=0, must-revalidate')
    for (const [name, value] of Object.entries(view.headers ?? {})) res.setHeader(name, value)
    if (view.location) {
      res.statusCode = view.status
      res.setHeader('Location', view.location)
      return void res.end()
    }
    send(req, res, view.status, view.contentType ?? HTML, view.html)
  }

  return (req, res) => {
    // The cache is keyed by the request's path as sent and holds only pages without a query, so
    // a URL that is a key is answered before parsing it: everything after would reach the same page.
    if (cache && (req.method === 'GET' || req.method === 'HEAD') && isAnonymous(req)) {
      const hit = cache.find(req.url ?? '')
      if (hit) return sendCached(req, res, hit, true)
    }
    handle(req, res).catch(async (error: unknown) => {
      log(`failed to answer ${req.method} ${req.url}`, error)
      if (res.headersSent) return void res.destroy()
      const locale = negotiateLocale(req.headers['accept-language'])
      await sendError(req, res, locale, 500, '/').catch(() => res.destroy())
    })
  }
}
