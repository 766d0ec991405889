/**
 * `/metrics`: this instance's figures for Prometheus, only for whoever holds METRICS_TOKEN (as a
 * bearer token). Without a token set, the mount is not in the app and `/metrics` is an unknown page.
 * Never cached, by the page cache (a request with `Authorization` never reaches it) or anyone else.
 */
import { bearerMatches } from '@/http/bearer'
import { send } from '@/http/send'
import type { Metrics } from '@/operations/metrics/instruments'
import type { Mount } from '../mount'

export function metricsEndpoint(metrics: Metrics, token: string): Mount {
  return async ({ req, res, pathname }) => {
    if (pathname !== '/metrics') return false
    res.setHeader('Cache-Control', 'no-store')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      send(req, res, 405, 'text/plain; charset=utf-8', 'method not allowed')
      return true
    }
    if (!bearerMatches(req.headers.authorization, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
      send(req, res, 401, 'text/plain; charset=utf-8', 'a bearer token is required')
      return true
    }
    const { contentType, body } = await metrics.scrape()
    send(req, res, 200, contentType, body)
    return true
  }
}
