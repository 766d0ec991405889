/**
 * A public-only instance (BELFORT_ROLE=public) starts without Payload: its pages, feeds, sitemap,
 * open data and searches read the content store on connections of their own
 * (content-store/store-database.ts: storeReader; search/site-search.ts), and Payload — its config,
 * database adapter, Drizzle and some 600 modules, about 100 MB resident — is loaded the first time a
 * request needs it: a form's write, a preview link, a staff session, a read the store does not hold.
 *
 * `lazyPayload` stands in for it until then. Its asynchronous methods (find, create, auth…) load it
 * and go on. Anything else asked of it before it is loaded (its database adapter, its config, its
 * logger) throws PayloadNotLoaded, which the request listener (app.ts) answers by loading it and
 * handling the request again: a read has written nothing yet when it asks.
 */
import type { Payload } from 'payload'

/** Payload's methods that return a promise: asked before it is loaded, they load it first. */
const LOADING_METHODS: ReadonlySet<PropertyKey> = new Set([
  'auth',
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'delete',
  'duplicate',
  'find',
  'findByID',
  'findDistinct',
  'findGlobal',
  'findGlobalVersionByID',
  'findGlobalVersions',
  'findVersionByID',
  'findVersions',
  'forgotPassword',
  'login',
  'resetPassword',
  'restoreGlobalVersion',
  'restoreVersion',
  'sendEmail',
  'unlock',
  'update',
  'updateGlobal',
  'verifyEmail',
])

export class PayloadNotLoaded extends Error {
  constructor(readonly property: string) {
    super(`Payload is not loaded yet (asked for its ${property})`)
    this.name = 'PayloadNotLoaded'
  }
}

export interface LazyPayload {
  /** Stands in for Payload: the same object before and after it is loaded. */
  payload: Payload
  /**
   * Loads it once (callers at the same time share the one start); a failed start is tried again by
   * the next caller. `reason`, what first needed it, goes to `start` (for the log).
   */
  load(reason: string): Promise<Payload>
  /** Payload once loaded. */
  loaded(): Payload | undefined
}

export function lazyPayload(start: (reason: string) => Promise<Payload>): LazyPayload {
  let instance: Payload | undefined
  let loading: Promise<Payload> | undefined
  const load = (reason: string): Promise<Payload> => {
    loading ??= start(reason).then(
      (started) => (instance = started),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }
  // Payload's prototype methods (update, delete) use `this`: they get the instance, not the stand-in.
  const bound = new WeakMap<object, unknown>()
  const boundTo = (target: Payload, value: unknown): unknown => {
    if (typeof value !== 'function') return value
    let method = bound.get(value)
    if (!method) {
      method = value.bind(target)
      bound.set(value, method)
    }
    return method
  }
  const payload = new Proxy({} as Payload, {
    get(_, property) {
      if (instance) return boundTo(instance, Reflect.get(instance, property))
      // Not a promise (`await payload` must not wait for it), nor anything to inspect.
      if (property === 'then' || typeof property === 'symbol') return undefined
      if (LOADING_METHODS.has(property))
        return (...args: unknown[]) =>
          load(`its ${property}()`).then((started) => (Reflect.get(started, property) as (...a: unknown[]) => unknown).apply(started, args))
      throw new PayloadNotLoaded(property)
    },
    set(_, property, value) {
      if (!instance) throw new PayloadNotLoaded(String(property))
      return Reflect.set(instance, property, value)
    },
    has(_, property) {
      if (!instance) throw new PayloadNotLoaded(String(property))
      return Reflect.has(instance, property)
    },
  })
  return { payload, load, loaded: () => instance }
}
