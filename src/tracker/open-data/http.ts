/**
 * `/data/…`: the tracker's open data over HTTP, its addresses read from the registry. GET and HEAD
 * (OPTIONS for CORS preflights); a query string is refused with 400 so one address is always one
 * document; unknown addresses, years and identifiers are 404; errors are RFC 9457 problem details.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { MAX_PATH_LENGTH, MAX_QUERY_LENGTH } from '@/http/request-target'
import { sendDocument, sendPreflight, sendProblem } from './answers'
import { documentAt } from './documents'
import { BUNDLE_PATH, CATALOG_PATH, DATA_ROOT, DATASETS, type DataFormat, datasetOf, OPENAPI_PATH, type OpenDataset } from './registry'

export type DataRoute =
  | { kind: 'openapi' }
  | { kind: 'catalog' }
  | { kind: 'dataset'; dataset: OpenDataset; parameter: number | undefined; format: DataFormat }
  | { kind: 'bundle'; year: number }

export function isDataPath(pathname: string): boolean {
  return pathname === DATA_ROOT || pathname.startsWith(`${DATA_ROOT}/`)
}

/** A dataset's address as a pattern: `{year}` and `{id}` are a number without leading zeros, the format is `.json` or `.csv`. */
const patternOf = (dataset: OpenDataset) =>
  new RegExp(`^${dataset.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/, '([1-9]\\d{0,8})')}\\.(json|csv)$`)

const DATASET_ROUTES = DATASETS.map((dataset) => ({ dataset, pattern: patternOf(dataset) }))
/** A plan version's bulk download: the plan's address with `.zip`. */
const BUNDLE_PATTERN = new RegExp(`^${BUNDLE_PATH.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/, '([1-9]\\d{0,8})')}$`)

/** The route of a path under `/data`, or undefined when it names nothing. Matches the exact spelling only. */
export function matchDataRoute(pathname: string): DataRoute | undefined {
  if (pathname === OPENAPI_PATH) return { kind: 'openapi' }
  if (pathname === CATALOG_PATH) return { kind: 'catalog' }
  const bundle = BUNDLE_PATTERN.exec(pathname)
  if (bundle) return { kind: 'bundle', year: Number(bundle[1]) }
  for (const { dataset, pattern } of DATASET_ROUTES) {
    const match = pattern.exec(pathname)
    if (!match) continue
    const [parameter, format] = dataset.parameter ? [Number(match[1]), match[2]] : [undefined, match[1]]
    return { kind: 'dataset', dataset, parameter, format: format as DataFormat }
  }
  return undefined
}

function notFoundDetail(route: DataRoute | undefined): string {
  if (!route)
    return `Nothing is published at this address. The datasets and their addresses are described at ${OPENAPI_PATH} and ${CATALOG_PATH}.`
  if (route.kind === 'dataset' && route.dataset.parameter && route.parameter !== undefined)
    return route.dataset.parameter.notFound(route.parameter)
  if (route.kind === 'bundle') return datasetOf('plan').parameter!.notFound(route.year)
  return 'Nothing is published at this address.'
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

/** Answers any request whose path is under `/data` (see `isDataPath`). */
export async function serveOpenData(
  payload: Payload,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  pathname: string,
  query: URLSearchParams,
): Promise<void> {
  const route = matchDataRoute(pathname)
  if (!route) return sendProblem(req, res, 404, pathname, notFoundDetail(undefined))
  if (req.method === 'OPTIONS') return sendPreflight(res)
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
  const document = await documentAt(payload, origin, pathname, route)
  if (!document) return sendProblem(req, res, 404, pathname, notFoundDetail(route))
  sendDocument(req, res, origin, document)
}
