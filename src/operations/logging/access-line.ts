/**
 * One line per request once its response has ended: method, route kind, path (never the query,
 * where searches and confirmations carry what visitors typed; never a preview link's token), status
 * and duration. Probes (health, readiness, metrics) are written at debug: a load balancer polling
 * every second would drown the rest.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { logger } from './logger'
import { type RequestContext, runInRequest } from './request-context'

const PROBES = new Set(['health', 'readiness', 'metrics'])
const MAX_PATH = 200

/** The path as logged: without its query, a preview link's token hidden, a target that could not be read left out. */
export function loggedPath(url: string | undefined, route: string): string | undefined {
  if (route === 'bad-target' || !url) return undefined
  const end = url.indexOf('?')
  let path = end === -1 ? url : url.slice(0, end)
  if (route === 'preview-link') path = path.replace(/[^/]+$/, '…')
  return path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path
}

export function accessLine(req: IncomingMessage, res: ServerResponse, context: RequestContext, seconds: number): void {
  const status = res.statusCode
  const level = PROBES.has(context.route) ? 'debug' : status >= 500 ? 'warn' : 'info'
  if (!logger.isLevelEnabled(level)) return
  const line = {
    msg: 'request',
    method: req.method,
    route: context.route,
    path: loggedPath(req.url, context.route),
    status,
    ms: Math.round(seconds * 10_000) / 10,
    ...(res.writableFinished ? {} : { aborted: true }),
  }
  runInRequest(context, () => logger[level](line))
}
