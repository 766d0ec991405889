/** One step of the app (`app.ts`): it answers the requests that are its own and passes the others on. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Locale } from '@/site/routes'

/** A request whose target has been read. */
export interface Exchange {
  req: IncomingMessage
  res: ServerResponse
  /** The path as sent. */
  pathname: string
  /** The path's one spelling; the mounts after `canonicalPaths` only see requests sent with it (or that do not read pages). */
  canonicalPath: string
  /** The path's decoded segments. */
  segments: string[]
  query: URLSearchParams
  /** The query as sent, without its `?`. */
  rawQuery: string
  /** The site language the path starts with, if it starts with one. */
  locale: Locale | undefined
}

/** True once the step has answered (or started answering): the steps after it are not asked. */
export type Mount = (exchange: Exchange) => boolean | Promise<boolean>
