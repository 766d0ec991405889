/**
 * What one request to the REST or GraphQL API may ask for. From anyone: page, limit and depth that
 * are whole numbers in range, and ids that can be ids, so that a malformed one is a 400 or a 404
 * and never reaches the database as NaN. From visitors without a session: at most 100 documents a
 * page, always paged, relationships at most 2 deep, the same for joined lists.
 *
 * A `beforeOperation` hook on every collection and global rather than a look at the query string
 * in the server: it sees the user Payload authenticated (whatever strategy signed them in; a made-up
 * cookie is no session), the arguments as Payload parsed them (`limit`, `lim%69t` and GraphQL's
 * arguments alike), and the operations GraphQL runs as well as REST's.
 */
import { APIError, type CollectionBeforeOperationHook, type GlobalBeforeOperationHook, NotFound, type PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { apiMessages } from './messages'

export const ANONYMOUS_MAX_LIMIT = 100
export const ANONYMOUS_MAX_DEPTH = 2
/** Payload's own ceiling for depth (its `maxDepth` default). */
const MAX_DEPTH = 10
/** Far beyond any list of ours; a larger page number only makes the database count past every row. */
const MAX_PAGE = 100_000
const MAX_LIMIT = 100_000

interface OperationArgs {
  id?: unknown
  depth?: unknown
  limit?: unknown
  page?: unknown
  pagination?: unknown
  joins?: unknown
}

/**
 * Whether an operation was called by Payload's REST or GraphQL handlers, which never pass
 * `overrideAccess`, rather than through the Local API (our code, or Payload populating the
 * relationships of an answer), which always does, even when it works for a request that came in
 * over HTTP.
 */
const askedOverHttp = (args: object, req: PayloadRequest) => req.payloadAPI !== 'local' && !('overrideAccess' in args)

function refuse(req: PayloadRequest, key: keyof (typeof apiMessages)['nl'], vars?: Record<string, string | number>): never {
  throw new APIError(say(req, apiMessages, key, vars), 400, null, true)
}

function checkWholeNumber(req: PayloadRequest, name: string, value: unknown, min: number, max: number): void {
  if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)) return
  refuse(req, 'badWholeNumber', { name, min, max })
}

/** The checks every caller gets: numbers that are numbers, in range. */
function checkPaging(req: PayloadRequest, args: OperationArgs): void {
  checkWholeNumber(req, 'page', args.page, 1, MAX_PAGE)
  checkWholeNumber(req, 'limit', args.limit, 0, MAX_LIMIT)
  checkWholeNumber(req, 'depth', args.depth, 0, MAX_DEPTH)
}

/** What a visitor without a session may not ask: everything at once, or relationships followed far. */
function checkAnonymousBounds(req: PayloadRequest, args: OperationArgs): void {
  if (args.pagination === false) refuse(req, 'paginationRequired')
  const limit = args.limit
  if (typeof limit === 'number' && (limit < 1 || limit > ANONYMOUS_MAX_LIMIT)) refuse(req, 'limitTooHigh', { max: ANONYMOUS_MAX_LIMIT })
  if (typeof args.depth === 'number' && args.depth > ANONYMOUS_MAX_DEPTH) refuse(req, 'depthTooHigh', { max: ANONYMOUS_MAX_DEPTH })
  // `joins[field][limit]`: a joined list is a list too.
  if (args.joins && typeof args.joins === 'object') {
    for (const join of Object.values(args.joins as Record<string, unknown>)) {
      const joinLimit = join && typeof join === 'object' ? (join as { limit?: unknown }).limit : undefined
      if (joinLimit === undefined) continue
      if (typeof joinLimit !== 'number' || !Number.isInteger(joinLimit) || joinLimit < 1 || joinLimit > ANONYMOUS_MAX_LIMIT)
        refuse(req, 'limitTooHigh', { max: ANONYMOUS_MAX_LIMIT })
    }
  }
}

function checkOperation(req: PayloadRequest, args: OperationArgs): void {
  checkPaging(req, args)
  if (!req.user) checkAnonymousBounds(req, args)
}

/** For every collection (their ids are numbers: SQLite and PostgreSQL both number rows). */
export const boundCollectionOperation: CollectionBeforeOperationHook = ({ args, req }) => {
  const operationArgs = args as OperationArgs
  if (!askedOverHttp(operationArgs, req)) return
  // `/api/news/abc` reaches findByID with NaN: no document has that id.
  const id = operationArgs.id
  if (typeof id === 'number' && !(Number.isSafeInteger(id) && id > 0)) throw new NotFound(req.t)
  checkOperation(req, operationArgs)
}

export const boundGlobalOperation: GlobalBeforeOperationHook = ({ args, req }) => {
  const operationArgs = (args ?? {}) as OperationArgs
  if (!askedOverHttp(operationArgs, req)) return
  checkOperation(req, operationArgs)
}
