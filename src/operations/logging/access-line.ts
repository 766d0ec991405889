/**
 * One line per request once its response has ended: method, route kind, path (never the query,
 * where searches and confirmations carry what visitors typed; never a preview link's token), status
 * and duration. Probes (health, readiness, metrics) are written at debug: a load balancer polling
 * every second would drown the rest.
 *
 * The line has the logger's shape (level, time, pid, hostname, reqId, msg) but is written by hand:
 * its fields are known and hold nothing to redact, and going through pino (its redaction walk, a
 * write to standard output per line) cost a cold page render some 4 % of its time. Lines written
 * in one turn of the event loop leave in one write at its end (under load, many requests end in a
 * turn); at exit, what is left is written before the process ends.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { hostname } from 'node:os'
import { destination, type Level } from 'pino'
import { logger } from './logger'
import type { RequestContext } from './request-context'

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

/** What every line starts with after its level and time, as pino's base fields. */
const BASE = `"pid":${process.pid},"hostname":${JSON.stringify(hostname())}`

/** An access line as JSON text (one line, with its newline), fields in the logger's order. */
export function formatAccessLine(
  level: Level,
  at: Date,
  context: Pick<RequestContext, 'id' | 'route'>,
  answer: { method: string | undefined; path: string | undefined; status: number; ms: number; aborted: boolean },
): string {
  const path = answer.path === undefined ? '' : `,"path":${JSON.stringify(answer.path)}`
  const method = answer.method === undefined ? '' : `"method":${JSON.stringify(answer.method)},`
  return (
    `{"level":"${level}","time":"${at.toISOString()}",${BASE},"reqId":${JSON.stringify(context.id)},"msg":"request",` +
    `${method}"route":${JSON.stringify(context.route)}${path},"status":${answer.status},"ms":${answer.ms}${answer.aborted ? ',"aborted":true' : ''}}\n`
  )
}

/** Standard output, written synchronously (a full pipe is waited for, never dropped), as the logger's. */
let out: ReturnType<typeof destination> | undefined
let pending = ''

function flush(): void {
  if (pending === '') return
  out ??= destination({ dest: 1, sync: true })
  const lines = pending
  pending = ''
  out.write(lines)
}
process.once('exit', flush)

export function accessLine(req: IncomingMessage, res: ServerResponse, context: RequestContext, seconds: number): void {
  const status = res.statusCode
  const level = PROBES.has(context.route) ? 'debug' : status >= 500 ? 'warn' : 'info'
  if (!logger.isLevelEnabled(level)) return
  if (pending === '') setImmediate(flush)
  pending += formatAccessLine(level, new Date(), context, {
    method: req.method,
    path: loggedPath(req.url, context.route),
    status,
    ms: Math.round(seconds * 10_000) / 10,
    aborted: !res.writableFinished,
  })
}
