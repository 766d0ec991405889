/**
 * What every log line written while a request is handled carries: its id. Kept in an
 * AsyncLocalStorage, so code deep in the stack (a Payload hook, a query that fails) logs with the
 * id without being handed it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

export interface RequestContext {
  /** The request's id: the one a proxy sent in `X-Request-Id` when it is sane, else a new UUID. */
  readonly id: string
  /** Which part of the app answered (a route kind, for the access line and the metrics); set by the mount that does. */
  route: string
}

const contexts = new AsyncLocalStorage<RequestContext>()

/** The request being handled, if any. */
export function currentRequest(): RequestContext | undefined {
  return contexts.getStore()
}

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return contexts.run(context, work)
}

/** An id from a proxy is kept when it is a plain token: nothing that could forge a log line or carry a visitor's data at length. */
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/

/** The id a request goes by: the incoming `X-Request-Id` when it is sane, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_ID.test(header) ? header : randomUUID()
}
