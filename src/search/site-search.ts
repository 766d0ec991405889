/**
 * The site search as a visitor's request reads it: the index, the lookups editors' curation asks
 * of it, the synonyms and the best bets, all on one database connection. Behind a Payload the
 * content store wraps (every public page's), that is the store's own connection (a read-only
 * one on a public-only instance, which then answers a search without loading Payload); otherwise
 * Payload's. Writes to the index stay with service.ts, on Payload's connection.
 */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { storeDatabaseBehind } from '@/content-store/content-store'
import { postgresDialect } from '@/content-store/sql-dialect'
import type { StoreDatabase } from '@/content-store/store-database'
import type { Locale } from '@/site/routes'
import type { SearchHit, SearchIndex } from './backend'
import { bestBetsFor } from './best-bets/find'
import { clientRead, type IndexDatabase, poolRead } from './index-read'
import type { IndexLookups } from './lookups/lookups'
import { postgresLookups } from './lookups/postgres'
import { sqliteLookups } from './lookups/sqlite'
import { postgresIndex } from './postgres'
import { sqliteIndex } from './sqlite'
import type { SynonymTable } from './synonyms/expand'
import { synonymsFor } from './synonyms/load'

export interface SiteSearch {
  index: SearchIndex
  lookups: IndexLookups
  synonyms(locale: Locale): Promise<SynonymTable>
  bestBets(text: string, locale: Locale): Promise<SearchHit[]>
}

const made = new WeakMap<object, SiteSearch>()

function searchOn(database: IndexDatabase): SiteSearch {
  const lookups = database.kind === 'postgres' ? postgresLookups(database.read) : sqliteLookups(database.read)
  return {
    index: database.kind === 'postgres' ? postgresIndex(database.read) : sqliteIndex(database.read),
    lookups,
    synonyms: (locale) => synonymsFor(database, locale),
    bestBets: (text, locale) => bestBetsFor(database, lookups, text, locale),
  }
}

/**
 * PostgreSQL's search writes each language's and type's key range into its SQL (postgres.ts: the
 * planner sees how broad a query is), so its statements are not kept prepared on the store's
 * connections; SQLite's take the ranges as parameters, a few shapes in all.
 */
function ofStore(store: StoreDatabase): IndexDatabase {
  if (store.dialect === postgresDialect) return { kind: 'postgres', read: (sql, params) => store.read(sql, params, { prepared: false }) }
  return { kind: 'sqlite', read: (sql, params) => store.read(sql, params) }
}

function ofPayload(payload: Payload): IndexDatabase {
  const db = payload.db as unknown as { pool?: Pool; client?: Client }
  if (payload.db.name === 'postgres' && db.pool) return { kind: 'postgres', read: poolRead(db.pool) }
  if (db.client) return { kind: 'sqlite', read: clientRead(db.client) }
  throw new Error('search: neither a PostgreSQL pool nor a SQLite client')
}

/** The search on the connection this Payload's public reads use (one per database, kept). */
export function siteSearch(payload: Payload): SiteSearch {
  const store = storeDatabaseBehind(payload)
  const owner: object = store ?? payload.db
  let search = made.get(owner)
  if (!search) {
    search = searchOn(store ? ofStore(store) : ofPayload(payload))
    made.set(owner, search)
  }
  return search
}
