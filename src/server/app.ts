/**
 * The request listener: a page cache hit is answered at once, before the request is parsed; every
 * other request's target is read and goes down an ordered list of mounts, the first that owns it
 * answering. The details of each step are in its module (`mounts/`). Every request is counted by
 * route kind for `/metrics`; every one but a cache hit gets a request id and one access line.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { Payload } from 'payload'
import type { ContentStore } from '@/content-store/content-store'
import { canonicalPath, parseRequestTarget } from '@/http/request-target'
import { negotiateLocale } from '@/site/i18n'
import { isLocale } from '@/site/routes'
import { accessLine } from '@/operations/logging/access-line'
import { logError } from '@/operations/logging/logger'
import { type RequestContext, requestIdFrom, runInRequest } from '@/operations/logging/request-context'
import type { Metrics, RouteKind } from '@/operations/metrics/instruments'
import { answerFromCache } from './cached-response'
import { PayloadNotLoaded } from './lazy-payload'
import type { Exchange, Mount } from './mount'
import { assets } from './mounts/assets'
import { backOffice } from './mounts/back-office'
import { canonicalPaths } from './mounts/canonical-path'
import { contactForm } from './mounts/contact-form'
import { documentFiles } from './mounts/document-files'
import { follow } from './mounts/follow'
import { formatRequest } from './mounts/format-request'
import { health } from './mounts/health'
import { metricsEndpoint } from './mounts/metrics'
import { type ReadinessCheck, readiness } from './mounts/readiness'
import { openData } from './mounts/open-data'
import { pageFeedback } from './mounts/page-feedback'
import { previewLinks } from './mounts/preview-links'
import { publicPages } from './mounts/public-pages'
import { readOnly } from './mounts/read-only'
import { robots } from './mounts/robots'
import { rootRedirect } from './mounts/root-redirect'
import { sitemap } from './mounts/sitemap'
import type { NextHandler } from './next-handler'
import type { PageCache } from './page-cache'
import { pageResponses } from './page-responses'
import type { ReadCache } from './read-cache'
import type { RenderSlots } from './render-slots'
import { signedInStaff } from './staff-session'
import { refuseUnreadableTarget } from './unreadable-target'

export interface AppOptions {
  payload: Payload
  /** Serves the admin, the API and their assets; absent on a public-only instance (BELFORT_ROLE=public), which refuses them with 421. */
  next?: NextHandler
  /** Rendered public pages for anonymous visitors; without it every request renders. */
  cache?: PageCache
  /** Published content kept between renders; without it every render reads through Payload. */
  reads?: ReadCache
  /** Published content ready to render (src/content-store); without it public reads go to Payload's Local API. */
  store?: ContentStore
  /** How many renders may run at once; unlimited when absent. */
  renderSlots?: RenderSlots
  /** The public base URL (SERVER_URL), for canonical links, feeds and the sitemap; signed-in writes must come from its origin. */
  origin: string
  /** Every rendered page gets a `Server-Timing` header (SERVER_TIMING=true); otherwise only signed-in staff do. */
  serverTiming?: boolean
  /** What `/readyz` checks; without it, `/readyz` is not answered here. */
  ready?: ReadinessCheck
  /** Counts requests and renders; `/metrics` serves it when `metricsToken` is set. */
  metrics?: Metrics
  /** The bearer token `/metrics` asks for (METRICS_TOKEN); without it there is no `/metrics`. */
  metricsToken?: string
  log?: (message: string, error?: unknown) => void
  /**
   * On an instance started without Payload (lazy-payload.ts): loads it. A request other than a read
   * loads it before anything else (forms write through it, and a body read once cannot be read
   * again); a read that needs it is handled again once it is loaded.
   */
  loadPayload?: (reason: string) => Promise<unknown>
}

export function createApp({
  payload,
  next,
  cache,
  reads,
  store,
  renderSlots,
  origin,
  serverTiming = false,
  ready,
  metrics,
  metricsToken,
  log = logError,
  loadPayload,
}: AppOptions): RequestListener {
  // Public renders read published content from the content store, through the read cache; previews and forms do not.
  const published = store?.wrap(payload) ?? payload
  const reader = reads?.wrap(published) ?? published
  const pages = pageResponses({
    reader,
    cache,
    renderSlots,
    origin,
    log,
    showTiming: serverTiming ? () => true : signedInStaff(payload),
    rendered: metrics ? (timing) => metrics.rendered(timing.queries) : undefined,
  })

  // Each mount with the route kind its answers are counted and logged under.
  const mounts: [RouteKind, Mount][] = [
    // The back office, its API and their assets: Next.js, with the back office's headers, limits and origin check.
    ['back-office', backOffice(next, origin)],
    // Whether the process is up, for load balancers and start-up scripts; whether it should get traffic.
    ['health', health],
    ...(ready ? [['readiness', readiness(ready)] as [RouteKind, Mount]] : []),
    // This instance's figures for Prometheus, with the bearer token only; not there without one.
    ...(metrics && metricsToken ? [['metrics', metricsEndpoint(metrics, metricsToken)] as [RouteKind, Mount]] : []),
    // The stylesheet, scripts and favicon.
    ['asset', assets],
    // The tracker's open data: every method under /data, errors as problem details.
    ['open-data', openData(published, origin)],
    // A page's address spelled otherwise than its one canonical way: 301 to it, before anything is rendered or cached.
    ['canonical-redirect', canonicalPaths],
    // The contact form's POST.
    ['contact-form', contactForm(payload, origin, pages)],
    // "Is this page useful?": an answer, and the comment after a "no".
    ['page-feedback', pageFeedback(payload, origin, pages)],
    // "Request this document in another format": into the contact inbox of the document's administration.
    ['format-request', formatRequest(payload, origin, pages)],
    // "Follow by email": subscribe, confirm, one-click unsubscribe (RFC 8058) and the manage page's changes.
    ['follow', follow(payload, origin, pages)],
    // Any method but GET and HEAD is 405 from here on.
    ['read-only', readOnly],
    // A published document's PDF, with byte ranges.
    ['document-file', documentFiles(published, pages)],
    // A shareable preview link: one document's draft for a reviewer without an account.
    ['preview-link', previewLinks(payload, origin, pages)],
    // `/` to the home page in the visitor's language.
    ['root-redirect', rootRedirect],
    // What crawlers may visit.
    ['robots', robots(origin, pages)],
    // Every public page with its translations.
    ['sitemap', sitemap(reader, origin, pages)],
    // Every other address: a public page, or the 404 page.
    ['page', publicPages(payload, reader, origin, pages)],
  ]

  async function handle(req: IncomingMessage, res: ServerResponse, context: RequestContext): Promise<void> {
    const target = parseRequestTarget(req.url ?? '/')
    // A target that cannot be read reaches no mount.
    if (target.kind !== 'ok') {
      context.route = 'bad-target'
      return refuseUnreadableTarget(req, res, target.kind, pages)
    }
    const { pathname, segments, query, rawQuery } = target
    const first = segments[0]
    const locale = isLocale(first) ? first : undefined
    // A language's home page ends with a slash (`/nl/`); no other address does.
    const canonical = canonicalPath(segments, locale !== undefined && segments.length === 1)
    const exchange: Exchange = { req, res, pathname, canonicalPath: canonical, segments, query, rawQuery, locale }
    for (const [route, mount] of mounts) {
      // Named before it runs, so that what it logs on the way and the access line agree.
      context.route = route
      if (await mount(exchange)) return
    }
    context.route = 'unanswered'
  }

  async function handleLoadingPayload(req: IncomingMessage, res: ServerResponse, context: RequestContext): Promise<void> {
    if (!loadPayload) return handle(req, res, context)
    if (req.method !== 'GET' && req.method !== 'HEAD') await loadPayload(`a ${req.method} request`)
    try {
      await handle(req, res, context)
    } catch (error) {
      if (!(error instanceof PayloadNotLoaded) || res.headersSent) throw error
      await loadPayload(`its ${error.property}`)
      await handle(req, res, context)
    }
  }

  return (req, res) => {
    // Before anything else: a page cache hit costs one lookup and one write (see cached-response.ts),
    // and its figures one counter and one histogram; it gets no request id and no access line.
    if (cache) {
      const started = performance.now()
      if (answerFromCache(cache, req, res)) return metrics?.cachedPage(res.statusCode, (performance.now() - started) / 1000)
    }
    const started = performance.now()
    const context: RequestContext = { id: requestIdFrom(req.headers['x-request-id']), route: 'unanswered' }
    res.setHeader('X-Request-Id', context.id)
    res.once('close', () => {
      const took = (performance.now() - started) / 1000
      metrics?.answered(context.route as RouteKind, res.statusCode, took)
      accessLine(req, res, context, took)
    })
    runInRequest(context, () =>
      handleLoadingPayload(req, res, context).catch(async (error: unknown) => {
        log(`failed to answer ${req.method} ${context.route}`, error)
        if (res.headersSent) return void res.destroy()
        const locale = negotiateLocale(req.headers['accept-language'])
        await pages.sendError(req, res, locale, 500, '/').catch(() => res.destroy())
      }),
    )
  }
}
