/**
 * The shape of Local API answers, made from the store's rows as Payload makes them from its
 * tables: the pagination fields of `find` (drizzle's findMany), `select` and `joins: false`.
 */

export interface PageRequest {
  /** Payload's `page` (1 by default). */
  page: number
  /** Rows to read at most (undefined: all). */
  limit: number | undefined
  offset: number
  paginated: boolean
  /** The `limit` the answer names. */
  named: number
}

/** How a read's `page`, `limit` and `pagination` settle, as Payload's find operation settles them. */
export function pageRequest(args: { page?: unknown; limit?: unknown; pagination?: unknown }): PageRequest {
  const page = Number(args.page ?? 1) || 1
  const asked = args.limit === undefined || args.limit === null ? undefined : Number(args.limit)
  let paginated = args.pagination !== false && asked !== 0
  const named = asked ?? (paginated ? 10 : 0)
  if (named === 0) paginated = false
  return { page, limit: named === 0 ? undefined : named, offset: named === 0 ? 0 : (page - 1) * named, paginated, named }
}

export interface PaginatedDocs<T> {
  docs: T[]
  totalDocs: number
  limit: number
  totalPages: number
  page: number
  pagingCounter: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
}

/**
 * The answer of a `find`, given its page of documents and (when paginated) the count of all. A
 * query Payload runs with a join (`joined`) that finds nothing answers page 1 of 0 pages.
 */
export function paginated<T>(docs: T[], request: PageRequest, counted: number | undefined, joined = false): PaginatedDocs<T> {
  const { page, named } = request
  if (joined && docs.length === 0) {
    return {
      docs,
      hasNextPage: false,
      hasPrevPage: false,
      limit: request.limit as number,
      nextPage: null,
      page: 1,
      pagingCounter: 0,
      prevPage: null,
      totalDocs: 0,
      totalPages: 0,
    }
  }
  let totalDocs = counted ?? 0
  let totalPages = 1
  let hasPrevPage = false
  let hasNextPage = false
  let pagingCounter = 1
  if (request.paginated && totalDocs) {
    totalPages = named !== 0 ? Math.ceil(totalDocs / named) : 1
    hasPrevPage = page > 1
    hasNextPage = totalPages > page
    pagingCounter = (page - 1) * named + 1
  } else totalDocs = docs.length
  return {
    docs,
    hasNextPage,
    hasPrevPage,
    limit: named,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs,
    totalPages,
  }
}

type Json = Record<string, unknown>

/** The fields a `select` keeps (true) or drops (false), nested for groups; `id` always stays. */
export function applySelect(doc: Json, select: Json | undefined): Json {
  if (!select || Object.keys(select).length === 0) return doc
  return selects(select) ? keep(doc, select, true) : drop(doc, select)
}

/**
 * Whether a `select` keeps only fields a card holds whole (stored.ts: STORED_CARDS), so that it
 * keeps the same from the card as from the whole answer: a select naming fields to keep, each of
 * them (or a part of it) one the card keeps. Entries that are not kept are ignored by the select.
 */
export function fitsCard(card: Readonly<Record<string, true>> | undefined, select: unknown): boolean {
  if (!card || !select || typeof select !== 'object' || Array.isArray(select) || !selects(select as Json)) return false
  return Object.entries(select as Json).every(
    ([name, wanted]) => !(wanted === true || (typeof wanted === 'object' && wanted !== null)) || name === 'id' || card[name] === true,
  )
}

/** Whether a select names fields to keep (any `true` in it) rather than fields to drop. */
function selects(select: Json): boolean {
  return Object.values(select).some((value) => value === true || (typeof value === 'object' && value !== null && selects(value as Json)))
}

function keep(doc: Json, select: Json, top: boolean): Json {
  const out: Json = {}
  if (top && 'id' in doc) out.id = doc.id
  for (const [name, wanted] of Object.entries(select)) {
    if (!(name in doc)) continue
    const value = doc[name]
    if (wanted === true) out[name] = value
    else if (typeof wanted === 'object' && wanted !== null && value && typeof value === 'object' && !Array.isArray(value))
      out[name] = keep(value as Json, wanted as Json, false)
    else if (typeof wanted === 'object' && wanted !== null) out[name] = value
  }
  return out
}

function drop(doc: Json, select: Json): Json {
  const out: Json = { ...doc }
  for (const [name, wanted] of Object.entries(select)) {
    if (wanted === false) delete out[name]
    else if (typeof wanted === 'object' && wanted !== null && out[name] && typeof out[name] === 'object')
      out[name] = drop(out[name] as Json, wanted as Json)
  }
  return out
}
