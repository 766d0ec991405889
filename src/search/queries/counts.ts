/**
 * Counting searches without slowing the results page: a search adds one to a tally in memory; the
 * tallies are written every FLUSH_SECONDS, at shutdown and before the report is read, as one
 * upsert that increments (`searches = searches + n`), so several instances on one database add up.
 * What is counted: the normalised query (the best bets' key) per day and language, and whether it
 * found nothing. Queries holding personal data never reach the tally (personal-data.ts).
 */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { logError } from '@/operations/logging/logger'
import type { Locale } from '@/site/routes'
import { queryKey } from '../best-bets/query-key'
import { holdsPersonalData } from './personal-data'

export const FLUSH_SECONDS = 30
/** Distinct queries held between two writes: past it new ones are not counted, so a flood of made-up queries cannot fill memory. */
export const MAX_PENDING = 5000
/** The day a search is counted on: the calendar day in Brussels. */
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })

export function dayOf(when: Date): string {
  return DAY.format(when)
}

export interface CountRow {
  day: string
  language: Locale
  queryKey: string
  /** The query as first typed that day (lower case, spaces collapsed): what the report shows and what "add a best bet" fills in. */
  sample: string
  searches: number
  zeroResults: number
}

type Writer = (rows: CountRow[]) => Promise<void>

function postgresWriter(pool: Pool): Writer {
  return async (rows) => {
    await pool.query(
      `INSERT INTO search_query_counts (day, language, query_key, sample, searches, zero_results, updated_at, created_at)
       SELECT d, l, k, s, n, z, now(), now() FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::int[]) AS r(d, l, k, s, n, z)
       ON CONFLICT (day, language, query_key) DO UPDATE SET
         searches = search_query_counts.searches + excluded.searches,
         zero_results = search_query_counts.zero_results + excluded.zero_results,
         updated_at = now()`,
      [
        rows.map((row) => row.day),
        rows.map((row) => row.language),
        rows.map((row) => row.queryKey),
        rows.map((row) => row.sample),
        rows.map((row) => row.searches),
        rows.map((row) => row.zeroResults),
      ],
    )
  }
}

const SQLITE_UPSERT = `INSERT INTO search_query_counts (day, language, query_key, sample, searches, zero_results, updated_at, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (day, language, query_key) DO UPDATE SET
    searches = searches + excluded.searches, zero_results = zero_results + excluded.zero_results, updated_at = excluded.updated_at`

/** SQLITE_UPSERT's parameters for a row, written at `now`. */
const upsertArgs = (row: CountRow, now: string) => [
  row.day,
  row.language,
  row.queryKey,
  row.sample,
  row.searches,
  row.zeroResults,
  now,
  now,
]

function sqliteWriter(client: Client): Writer {
  return async (rows) => {
    const now = new Date().toISOString()
    await client.batch(
      rows.map((row) => ({
        sql: SQLITE_UPSERT,
        args: upsertArgs(row, now),
      })),
      'write',
    )
  }
}

/**
 * The counts' writer for a process without Payload (a public-only instance), on a connection of its
 * own: the same statements as Payload's connection runs. On SQLite it is another connection's write
 * to the file, which every instance's change watch hears as such (server/sqlite-change-watch.ts),
 * this one's included: each write of the counts (at most every FLUSH_SECONDS, when people searched)
 * empties their page caches. Sites that scale out run on PostgreSQL, where it is not so.
 */
export async function ownCountWriter(environment: {
  dataDir: string
  databaseUrl: string | undefined
}): Promise<{ write: Writer; close(): void }> {
  if (environment.databaseUrl) {
    const { default: pg } = await import('pg')
    const pool = new pg.Pool({ connectionString: environment.databaseUrl, max: 1 })
    // An idle connection the server drops is replaced at the next write; unheard, its error would end the process.
    pool.on('error', () => undefined)
    return { write: postgresWriter(pool), close: () => void pool.end().catch(() => undefined) }
  }
  const { default: Database } = await import('libsql')
  const { sqliteFile } = await import('@/environment')
  const connection = new Database(sqliteFile(environment.dataDir))
  connection.pragma('busy_timeout = 5000')
  const upsert = connection.prepare(SQLITE_UPSERT)
  return {
    async write(rows) {
      const now = new Date().toISOString()
      connection.exec('BEGIN IMMEDIATE')
      try {
        for (const row of rows) upsert.run(upsertArgs(row, now))
        connection.exec('COMMIT')
      } catch (error) {
        connection.exec('ROLLBACK')
        throw error
      }
    },
    close: () => connection.close(),
  }
}

export class SearchCounter {
  #pending = new Map<string, CountRow>()
  #timer: NodeJS.Timeout | undefined
  #writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly write: Writer,
    private readonly flushSeconds = FLUSH_SECONDS,
  ) {}

  /** Counts one search (a first page of results); answers whether it was counted. */
  note(text: string, locale: Locale, found: number, when = new Date()): boolean {
    if (holdsPersonalData(text)) return false
    const key = queryKey(text, locale)
    if (!key) return false
    const day = dayOf(when)
    const id = `${day}\u0000${locale}\u0000${key}`
    let row = this.#pending.get(id)
    if (!row) {
      if (this.#pending.size >= MAX_PENDING) return false
      row = {
        day,
        language: locale,
        queryKey: key,
        sample: text.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 200),
        searches: 0,
        zeroResults: 0,
      }
      this.#pending.set(id, row)
    }
    row.searches += 1
    if (found === 0) row.zeroResults += 1
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined
      void this.flush().catch((error: unknown) => logError('search counts: could not be written', error))
    }, this.flushSeconds * 1000).unref()
    return true
  }

  /** Writes what is tallied; one write at a time, in key order so that instances writing the same rows wait rather than deadlock. */
  flush(): Promise<void> {
    // A failed write has been logged by its caller; the next one goes ahead.
    this.#writing = this.#writing
      .catch(() => undefined)
      .then(async () => {
        if (this.#pending.size === 0) return
        const rows = [...this.#pending.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row)
        this.#pending = new Map()
        try {
          await this.write(rows)
        } catch (error) {
          // Kept for the next write rather than lost (within the same bound).
          for (const row of rows) this.#merge(row)
          throw error
        }
      })
    return this.#writing
  }

  #merge(row: CountRow): void {
    const id = `${row.day}\u0000${row.language}\u0000${row.queryKey}`
    const held = this.#pending.get(id)
    if (held) {
      held.searches += row.searches
      held.zeroResults += row.zeroResults
    } else if (this.#pending.size < MAX_PENDING) this.#pending.set(id, row)
  }
}

/** How the counts of a Payload instance's database are written. */
export function countWriter(payload: Payload): Writer {
  return payload.db.name === 'postgres'
    ? postgresWriter((payload.db as unknown as { pool: Pool }).pool)
    : sqliteWriter((payload.db as unknown as { client: Client }).client)
}

/**
 * The process's counters, on globalThis: the back office runs in Next's own module graph, so the
 * report's flush (admin/QueryReport.tsx) must reach the counter the results page wrote to.
 */
interface Registry {
  byDatabase: WeakMap<object, SearchCounter>
  all: Set<SearchCounter>
  /** The counter of a process that writes on a connection of its own (countSearchesWith). */
  own?: SearchCounter
}
const REGISTRY = Symbol.for('belfort.search-counters')
function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry }
  holder[REGISTRY] ??= { byDatabase: new WeakMap(), all: new Set() }
  return holder[REGISTRY]
}

/** The counter of the database a Payload instance runs on (one per process). */
export function searchCounter(payload: Payload): SearchCounter {
  const { byDatabase, all, own } = registry()
  if (own) return own
  let counter = byDatabase.get(payload.db)
  if (!counter) {
    counter = new SearchCounter(countWriter(payload))
    byDatabase.set(payload.db, counter)
    all.add(counter)
  }
  return counter
}

/**
 * Counts every search of this process into `write` instead of through Payload's connection (a
 * public-only instance: ownCountWriter). Answers how to stop, after a last write.
 */
export function countSearchesWith(write: Writer): () => Promise<void> {
  const held = registry()
  const counter = new SearchCounter(write)
  held.own = counter
  held.all.add(counter)
  return async () => {
    if (held.own === counter) held.own = undefined
    await counter.flush()
    held.all.delete(counter)
  }
}

/** Writes this process's tallies now: at shutdown, and before the report is read. */
export async function flushSearchCounts(): Promise<void> {
  await Promise.all([...registry().all].map((counter) => counter.flush()))
}
