/**
 * `/data/…`: the tracker's open data over HTTP. GET and HEAD (OPTIONS for CORS preflights); a
 * query string is refused with 400 so one address is always one document; unknown addresses,
 * years and identifiers are 404; errors are RFC 9457 problem details. Built documents are kept in
 * memory until the next content change (the invalidation point), with a strong ETag, and sent
 * compressed when the client accepts it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { compress, encodingFor } from '@/http/compression'
import { isNotModified } from '@/http/conditional'
import { contentEtag } from '@/http/etag'
import { MAX_PATH_LENGTH, MAX_QUERY_LENGTH } from '@/http/request-target'
import { setCommonHeaders } from '@/http/security-headers'
import { endWithBody } from '@/http/send'
import { onContentChange } from '@/site/invalidation'
import { buildCatalog } from './catalog'
import { toCsv } from './csv'
import {
  type Dataset,
  LICENSE,
  indicatorDataset,
  indicatorsDataset,
  loc,
  partnersDataset,
  planDataset,
  reportsDataset,
  structuredVersions,
  summitDataset,
  summitsDataset,
} from './datasets'
import { buildOpenApi } from './openapi'
import { CATALOG_PATH, DATA_ROOT, type DataFormat, OPENAPI_PATH } from './paths'
import { cellsOf } from './schema'

/** Browsers revalidate each time (a 304 is cheap); shared caches may keep a copy a minute and serve it stale while they refetch. */
export const DATA_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'
const ALLOW = 'GET, HEAD, OPTIONS'

export type DataRoute =
  | { kind: 'openapi' }
  | { kind: 'catalog' }
  | { kind: 'plan'; year: number; format: DataFormat }
  | { kind: 'reports' | 'indicators' | 'summits' | 'partners'; format: DataFormat }
  | { kind: 'indicator'; id: number; format: DataFormat }
  | { kind: 'summit'; year: number; format: DataFormat }

export function isDataPath(pathname: string): boolean {
  return pathname === DATA_ROOT || pathname.startsWith(`${DATA_ROOT}/`)
}

const FILE = /^(?<name>[a-z]+|[1-9]\d{0,8})\.(?<format>json|csv)$/

/** The route of a path under `/data`, or undefined when it names nothing. Matches the exact spelling only. */
export function matchDataRoute(pathname: string): DataRoute | undefined {
  if (pathname === OPENAPI_PATH) return { kind: 'openapi' }
  if (pathname === CATALOG_PATH) return { kind: 'catalog' }
  const parts = pathname.split('/')
  // ['', 'data', 'v1', …]
  if (parts.length < 4 || parts[0] !== '' || parts[1] !== 'data' || parts[2] !== 'v1') return undefined
  const rest = parts.slice(3)
  const file = FILE.exec(rest.at(-1) ?? '')?.groups
  if (!file) return undefined
  const format = file.format as DataFormat
  const name = file.name!
  const numeric = /^\d+$/.test(name) ? Number(name) : undefined
  if (rest.length === 1 && numeric === undefined && ['reports', 'indicators', 'summits', 'partners'].includes(name))
    return { kind: name as 'reports', format }
  if (rest.length === 2 && numeric !== undefined) {
    if (rest[0] === 'plans') return { kind: 'plan', year: numeric, format }
    if (rest[0] === 'summits') return { kind: 'summit', year: numeric, format }
    if (rest[0] === 'indicators') return { kind: 'indicator', id: numeric, format }
  }
  return undefined
}

// ── the in-memory store ─────────────────────────────────────────────────────────────────────────

interface Body {
  bytes: Buffer
  contentType: string
  etag: string
  lastModified: string | null
  filename?: string
  br?: Buffer
  gzip?: Buffer
}

let generation = 0
let built = new Map<string, Promise<Dataset | undefined>>()
let bodies = new Map<string, Body>()
let listening = false

/** Forget everything built; called on every content change (which is rare next to reads). */
export function clearOpenDataCache(): void {
  generation++
  built = new Map()
  bodies = new Map()
}

function listen(): void {
  if (listening) return
  listening = true
  onContentChange(() => clearOpenDataCache())
}

/** A dataset built once per generation; concurrent requests share the build. Not-found answers are not kept. */
function memo(key: string, build: () => Promise<Dataset | undefined>): Promise<Dataset | undefined> {
  const known = built.get(key)
  if (known) return known
  const at = generation
  const store = built
  const promise = build().then(
    (dataset) => {
      if (!dataset || at !== generation) store.delete(key)
      return dataset
    },
    (error: unknown) => {
      store.delete(key)
      throw error
    },
  )
  store.set(key, promise)
  return promise
}

function dataset(
  payload: Payload,
  origin: string,
  route: Exclude<DataRoute, { kind: 'openapi' | 'catalog' }>,
): Promise<Dataset | undefined> {
  switch (route.kind) {
    case 'plan':
      return memo(`plan:${route.year}`, () => planDataset(payload, origin, route.year))
    case 'reports':
      return memo('reports', () => reportsDataset(payload))
    case 'indicators':
      return memo('indicators', () => indicatorsDataset(payload, origin))
    case 'indicator':
      return memo(`indicator:${route.id}`, () => indicatorDataset(payload, origin, route.id))
    case 'summits':
      return memo('summits', () => summitsDataset(payload, origin))
    case 'summit':
      return memo(`summit:${route.year}`, () => summitDataset(payload, origin, route.year))
    case 'partners':
      return memo('partners', () => partnersDataset(payload, origin))
  }
}

async function catalogDocument(payload: Payload, origin: string): Promise<{ json: unknown; updatedAt: string | null }> {
  const versions = await structuredVersions(payload)
  const plans = []
  for (const version of versions) {
    const built = await dataset(payload, origin, { kind: 'plan', year: version.year, format: 'json' })
    if (built) plans.push({ year: version.year, title: loc(version.title), dataset: built })
  }
  const [reports, indicators, summits, partners] = (await Promise.all(
    (['reports', 'indicators', 'summits', 'partners'] as const).map((kind) => dataset(payload, origin, { kind, format: 'json' })),
  )) as Dataset[]
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })
  const json = buildCatalog({
    origin,
    publisher: { name: loc(settings.organisationName), email: settings.email ?? null },
    plans,
    reports: reports!,
    indicators: indicators!,
    summits: summits!,
    partners: partners!,
  })
  const updatedAt =
    [...plans.map((p) => p.dataset.updatedAt), reports!.updatedAt, indicators!.updatedAt, summits!.updatedAt, partners!.updatedAt]
      .filter((t): t is string => !!t)
      .sort()
      .at(-1) ?? null
  return { json, updatedAt }
}

async function openApiDocument(payload: Payload, origin: string): Promise<unknown> {
  const [version] = await structuredVersions(payload)
  const indicator = await payload.find({ collection: 'indicators', depth: 0, limit: 1, sort: 'id', select: {} })
  const summit = await payload.find({ collection: 'social-summits', depth: 0, limit: 1, sort: '-year', select: { year: true } })
  return buildOpenApi(origin, { planYear: version?.year, indicatorId: indicator.docs[0]?.id, summitYear: summit.docs[0]?.year })
}

function makeBody(text: string, contentType: string, lastModified: string | null, filename?: string): Body {
  const bytes = Buffer.from(text)
  return { bytes, contentType, etag: contentEtag(bytes, 32), lastModified, filename }
}

const JSON_TYPE = 'application/json; charset=utf-8'
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** The body of a route, built or from memory; undefined when it names nothing that exists. */
async function bodyOf(payload: Payload, origin: string, pathname: string, route: DataRoute): Promise<Body | undefined> {
  const known = bodies.get(pathname)
  if (known) return known
  const at = generation
  let body: Body | undefined
  if (route.kind === 'openapi') body = makeBody(json(await openApiDocument(payload, origin)), JSON_TYPE, null)
  else if (route.kind === 'catalog') {
    const catalog = await catalogDocument(payload, origin)
    body = makeBody(json(catalog.json), 'application/ld+json; charset=utf-8', catalog.updatedAt)
  } else {
    const found = await dataset(payload, origin, route)
    if (!found) return undefined
    body =
      route.format === 'json'
        ? makeBody(json(found.json), JSON_TYPE, found.updatedAt)
        : makeBody(
            toCsv(
              found.columns.map((c) => c.name),
              found.rows.map((row) => cellsOf(row, found.columns)),
            ),
            'text/csv; charset=utf-8',
            found.updatedAt,
            `${found.name}.csv`,
          )
  }
  // A change that landed while this was built makes it stale: serve it once, keep nothing.
  if (at === generation) bodies.set(pathname, body)
  return body
}

// ── answers ─────────────────────────────────────────────────────────────────────────────────────

function setDataHeaders(res: ServerResponse): void {
  setCommonHeaders(res)
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Content-Disposition, Link')
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  414: 'URI Too Long',
  500: 'Internal Server Error',
}

function sendProblem(req: IncomingMessage, res: ServerResponse, status: 400 | 404 | 405 | 414, pathname: string, detail: string): void {
  setDataHeaders(res)
  const body = Buffer.from(
    `${JSON.stringify({ type: 'about:blank', title: TITLES[status], status, detail, instance: pathname }, null, 2)}\n`,
  )
  res.statusCode = status
  if (status === 405) res.setHeader('Allow', ALLOW)
  res.setHeader('Content-Type', 'application/problem+json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  endWithBody(req, res, body)
}

/**
 * The answer to an open-data address that cannot even be read (bad percent-encoding, control
 * characters, over-long): problem details like every other open-data error, not the site's page.
 */
export function refuseDataTarget(req: IncomingMessage, res: ServerResponse, rawPath: string, problem: 'bad-request' | 'too-long'): void {
  if (problem === 'too-long') {
    sendProblem(
      req,
      res,
      414,
      DATA_ROOT,
      `This address is longer than ${MAX_PATH_LENGTH} characters (or its query longer than ${MAX_QUERY_LENGTH}); no dataset has such an address. See ${OPENAPI_PATH}.`,
    )
    return
  }
  sendProblem(
    req,
    res,
    400,
    rawPath,
    `This address cannot be read: it has malformed percent-encoding or control characters. See ${OPENAPI_PATH} for the datasets' addresses.`,
  )
}

function sendBody(req: IncomingMessage, res: ServerResponse, origin: string, body: Body): void {
  setDataHeaders(res)
  res.setHeader('Cache-Control', DATA_CACHE_CONTROL)
  res.setHeader('ETag', body.etag)
  if (body.lastModified) res.setHeader('Last-Modified', new Date(body.lastModified).toUTCString())
  res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader('Link', `<${LICENSE}>; rel="license", <${origin}${OPENAPI_PATH}>; rel="describedby"`)
  if (body.filename) res.setHeader('Content-Disposition', `attachment; filename="${body.filename}"`)
  if (isNotModified(req, body)) {
    res.statusCode = 304
    return void res.end()
  }
  // Every open-data format is text, so only the size decides.
  const encoding = encodingFor(req, body.bytes.length)
  let bytes = body.bytes
  if (encoding === 'br') bytes = body.br ??= compress(body.bytes, 'br')
  else if (encoding === 'gzip') bytes = body.gzip ??= compress(body.bytes, 'gzip')
  res.statusCode = 200
  res.setHeader('Content-Type', body.contentType)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  endWithBody(req, res, bytes)
}

function notFoundDetail(route: DataRoute | undefined): string {
  if (!route)
    return `Nothing is published at this address. The datasets and their addresses are described at ${OPENAPI_PATH} and ${CATALOG_PATH}.`
  if (route.kind === 'plan')
    return `No version of the strategy of ${route.year} has a structure. The plan years that exist are listed at ${CATALOG_PATH}.`
  if (route.kind === 'summit') return `There is no Social Summit of ${route.year}. The summits are listed at /data/v1/summits.json.`
  if (route.kind === 'indicator') return `There is no indicator ${route.id}. The indicators are listed at /data/v1/indicators.json.`
  return 'Nothing is published at this address.'
}

/** Answers any request whose path is under `/data` (see `isDataPath`). */
export async function serveOpenData(
  payload: Payload,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  pathname: string,
  query: URLSearchParams,
): Promise<void> {
  listen()
  const route = matchDataRoute(pathname)
  if (!route) return sendProblem(req, res, 404, pathname, notFoundDetail(undefined))
  if (req.method === 'OPTIONS') {
    setDataHeaders(res)
    res.statusCode = 204
    res.setHeader('Allow', ALLOW)
    res.setHeader('Access-Control-Allow-Methods', ALLOW)
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since')
    res.setHeader('Access-Control-Max-Age', '86400')
    return void res.end()
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendProblem(req, res, 405, pathname, `${req.method} is not answered here: the open data is read-only (GET or HEAD).`)
  if (query.size > 0) {
    const names = [...new Set(query.keys())].map((n) => `“${n}”`).join(', ')
    return sendProblem(
      req,
      res,
      400,
      pathname,
      `This address takes no query parameters (got ${names || 'an empty query'}). Each dataset has its own address; see ${OPENAPI_PATH}.`,
    )
  }
  const body = await bodyOf(payload, origin, pathname, route)
  if (!body) return sendProblem(req, res, 404, pathname, notFoundDetail(route))
  sendBody(req, res, origin, body)
}
