/**
 * The content store's reader: a Payload whose public reads of stored collections and globals are
 * answered from the store's table with prepared statements, never through the Local API, exactly
 * as Payload would answer them (tests/integration/content-store.test.ts compares both).
 * Reads made for someone (a request or a user), drafts and collections the store does not hold go
 * to Payload (but for two of Payload's own tables, read as they are: direct-tables.ts); a read of a stored collection the store cannot answer as Payload would (an operator,
 * a path or a variant it does not know) throws UnsupportedStoreRead when strict, and otherwise goes
 * to Payload and is logged once.
 */
import type { Payload } from 'payload'
import { applySelect, fitsCard, pageRequest, paginated } from './answers'
import { DIRECT_TABLES, readDirect } from './direct-tables'
import { joinsTable, pathsOf, type SchemaField, UnsupportedStoreRead } from './field-paths'
import { selectsOnlyKeys } from './query-keys'
import type { StoreDatabase } from './store-database'
import { fallbackOf, type StoreSchema } from './store-schema'
import { FACT_VARIANT, globalSource, STORED_CARDS, STORED_COLLECTIONS, STORED_FACTS, STORED_GLOBALS } from './stored'
import { compileQuery, LeftToPayload } from './where-sql'

type Args = Record<string, unknown>
type Json = Record<string, unknown>
type Method = 'find' | 'findByID' | 'findGlobal' | 'count'

const READS = new Set<string>(['find', 'findByID', 'findGlobal', 'count'])
/** Arguments that make an answer differ from the public one, or that the store does not hold. */
const FOR_PAYLOAD = ['req', 'user', 'draft', 'showHiddenFields', 'populate', 'trash', 'includeLockStatus', 'context', 'currentDepth']

interface Source {
  fields: readonly SchemaField[]
  joins: string[]
  timestamps: boolean
  /** The collection's `defaultSort`, Payload's sort when a read names none. */
  defaultSort: unknown
  depths: readonly number[]
  /** Whether a read that skips access checks reads the same, by depth (open-to-everyone.ts). */
  openAt: readonly boolean[]
  /** The condition read access sets for a visitor (part of Payload's query). */
  accessWhere: unknown
  /** A collection of facts (stored.ts): held as the server reads it, in one variant. */
  facts: boolean
}

/** The paths a `sort` names, without their direction. */
const sortPaths = (sort: unknown): string[] =>
  (sort === undefined || sort === null || sort === '' ? [] : Array.isArray(sort) ? sort : String(sort).split(',')).map((key) =>
    String(key).replace(/^-/, ''),
  )

/**
 * What a Payload the store wraps answers to this key: the store's database. Other reads of public
 * tables (the search index, search/site-search.ts) go to the same connections, so that an instance
 * without Payload answers them too; a wrapper around the wrapper (the read cache) passes it on.
 */
export const STORE_DATABASE = Symbol('belfort.content-store.database')

/** The database of the content store behind a Payload, if one wraps it. */
export function storeDatabaseBehind(payload: Payload): StoreDatabase | undefined {
  return Reflect.get(payload, STORE_DATABASE) as StoreDatabase | undefined
}

export interface ContentStoreOptions {
  /** Throw UnsupportedStoreRead instead of reading through Payload (tests). */
  strict?: boolean
  log?: (message: string) => void
}

export class ContentStore {
  private readonly sources = new Map<string, Source>()
  private readonly logged = new Set<string>()

  constructor(
    private readonly payload: Payload,
    readonly database: StoreDatabase,
    /** What the reader knows of the config (store-schema.ts). */
    private readonly schema: StoreSchema,
    private readonly options: ContentStoreOptions = {},
  ) {}

  /** The same Payload, whose public reads of stored content come from the store. */
  wrap(payload: Payload = this.payload): Payload {
    return new Proxy(payload, {
      get: (target, property, receiver) => {
        if (property === STORE_DATABASE) return this.database
        const value: unknown = Reflect.get(target, property, receiver)
        if (typeof property !== 'string' || !READS.has(property) || typeof value !== 'function') return value
        const viaPayload = (args: Args) => (value as (a: Args) => Promise<unknown>).call(target, args)
        return (args: Args) => this.read(property as Method, args, () => viaPayload(args))
      },
    })
  }

  private async read(method: Method, args: Args, viaPayload: () => Promise<unknown>): Promise<unknown> {
    const name = method === 'findGlobal' ? String(args.slug) : String(args.collection)
    const forPayload = FOR_PAYLOAD.some((key) => args[key] !== undefined && args[key] !== false)
    const direct = method === 'find' ? DIRECT_TABLES[name] : undefined
    if (direct) return forPayload ? viaPayload() : ((await readDirect(this.database, direct, args)) ?? viaPayload())
    const source = this.sourceOf(method === 'findGlobal' ? globalSource(name) : name)
    if (!source || forPayload) return viaPayload()
    // Facts are held as a read that skips access checks answers; a visitor's read of them is Payload's to refuse.
    if (source.facts ? args.overrideAccess === false : args.overrideAccess !== false && !this.openAt(source, args.depth))
      return viaPayload()
    try {
      const answer = await this.answer(method, args, source)
      return answer === undefined ? viaPayload() : answer
    } catch (error) {
      if (error instanceof LeftToPayload) return viaPayload()
      if (!(error instanceof UnsupportedStoreRead) || this.options.strict) throw error
      const message = `content store: ${method} on ${name} read through Payload (${error.message})`
      if (!this.logged.has(message)) {
        this.logged.add(message)
        this.options.log?.(message)
      }
      return viaPayload()
    }
  }

  /** The store's answer; undefined where Payload must answer (an error it would throw). */
  private async answer(method: Method, args: Args, source: Source): Promise<unknown> {
    if (args.locale !== undefined && typeof args.locale !== 'string') throw new UnsupportedStoreRead('a locale that is not a string')
    const locale = args.locale === '*' ? 'all' : typeof args.locale === 'string' ? args.locale : this.defaultLocale()
    const everyLocale = locale === 'all'
    const fallback = everyLocale ? '' : fallbackOf(this.schema.localization, locale, args.fallbackLocale)
    if (fallback === undefined) throw new UnsupportedStoreRead('a list of fallback locales')
    const depth = args.depth === undefined ? this.schema.defaultDepth : Number(args.depth)
    const collection = method === 'findGlobal' ? globalSource(String(args.slug)) : String(args.collection)
    if (!source.depths.includes(depth) && method !== 'count') throw new UnsupportedStoreRead(`depth ${depth}`)
    if (args.joins !== undefined && args.joins !== false) throw new UnsupportedStoreRead('join arguments')
    const finish = (data: string): Json => {
      const doc = JSON.parse(data) as Json
      if (args.joins === false) for (const join of source.joins) delete doc[join]
      return applySelect(doc, args.select as Json | undefined)
    }
    const dialect = this.database.dialect
    // The fields a select keeps are read from the keys, else the card, when they hold them all: the same values,
    // fewer bytes to parse. A row written before cards existed (until the start-up check rebuilds it) has the whole answer.
    const read = selectsOnlyKeys(source.fields, args.select)
      ? `${dialect.keysAsText} AS data`
      : fitsCard(STORED_CARDS[collection], args.select)
        ? 'coalesce(card, data) AS data'
        : 'data'
    const base = 'FROM content_store WHERE collection = ? AND locale = ? AND fallback = ? AND depth = ?'
    // A count reads any depth the store holds: which documents there are does not depend on it.
    // Facts read the same in every language: their one variant.
    const variant = source.facts
      ? [collection, FACT_VARIANT.locale, FACT_VARIANT.fallback, FACT_VARIANT.depth]
      : [collection, locale, fallback, method === 'count' ? (source.depths[0] ?? 0) : depth]

    if (method === 'findGlobal' || method === 'findByID') {
      const id = method === 'findGlobal' ? 0 : Number(args.id)
      if (!Number.isInteger(id)) return undefined
      const row = await this.database.readFirst(`SELECT ${read} ${base} AND doc_id = ?`, [...variant, id])
      if (row) return finish(String(row.data))
      return method === 'findByID' && args.disableErrors ? null : undefined
    }

    const sort = args.sort || source.defaultSort
    const target = { ...source, everyLocale: everyLocale && !source.facts }
    const query = compileQuery(args.where, method === 'count' ? undefined : sort, target, dialect)
    const where = `${base} AND (${query.where})`
    if (method === 'count') {
      const rows = await this.database.read(`SELECT count(*) AS total ${where}`, [...variant, ...query.params])
      return { totalDocs: Number(rows[0]?.total ?? 0) }
    }
    const request = pageRequest(args)
    const limit = request.limit === undefined ? [] : [request.limit, request.offset]
    const sql = `SELECT ${read} ${where} ORDER BY ${query.orderBy}${limit.length ? ' LIMIT ? OFFSET ?' : ''}`
    const params = [...variant, ...query.params, ...limit]
    // One document asked for (a page by its slug): the first row, without a cursor over the rows.
    const rows =
      request.limit === 1
        ? [await this.database.readFirst(sql, params)].filter((row) => row !== undefined)
        : await this.database.read(sql, params)
    const docs = rows.map((row) => finish(String(row.data)))
    let counted: number | undefined
    if (request.paginated) {
      // The first page holding fewer than a page's worth is all there is.
      if (request.page === 1 && request.limit !== undefined && docs.length < request.limit) counted = docs.length
      else {
        const total = await this.database.read(`SELECT count(*) AS total ${where}`, [...variant, ...query.params])
        counted = Number(total[0]?.total ?? 0)
      }
    }
    const accessWhere = source.accessWhere
    const joined = [...pathsOf(args.where), ...pathsOf(accessWhere), ...sortPaths(sort)].some((path) => joinsTable(source.fields, path))
    return paginated(docs, request, counted, joined)
  }

  private openAt(source: Source, depth: unknown): boolean {
    const level = depth === undefined ? this.schema.defaultDepth : Number(depth)
    // Described up to the config's maxDepth, which Payload reads a deeper request at.
    return source.openAt[Math.min(level, source.openAt.length - 1)] === true
  }

  private defaultLocale(): string {
    return this.schema.localization ? this.schema.localization.defaultLocale : ''
  }

  private sourceOf(name: string): Source | undefined {
    const known = this.sources.get(name)
    if (known) return known
    const isGlobal = name.startsWith('global:')
    const slug = isGlobal ? name.slice('global:'.length) : name
    const facts = !isGlobal && STORED_FACTS[slug] !== undefined
    const depths = isGlobal ? STORED_GLOBALS[slug] : (STORED_COLLECTIONS[slug] ?? STORED_FACTS[slug])
    if (!depths) return undefined
    const described = this.schema.sources[name]
    if (!described) return undefined
    const fields = described.fields
    const source: Source = {
      fields,
      joins: fields.filter((field) => field.type === 'join').map((field) => field.name),
      timestamps: fields.some((field) => field.name === 'createdAt'),
      defaultSort: described.defaultSort,
      depths,
      openAt: described.openAt,
      // Facts are read with access skipped: no visitor's condition joins the query.
      accessWhere: facts ? undefined : described.visitorsWhere,
      facts,
    }
    this.sources.set(name, source)
    return source
  }
}
