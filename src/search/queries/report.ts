/**
 * The report editors read: the most searched queries and the most searched queries that found
 * nothing, over the last days, per language. Summed in SQL over the daily rows.
 */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import type { Locale } from '@/site/routes'
import { dayOf } from './counts'

export interface ReportRow {
  queryKey: string
  sample: string
  searches: number
  zeroResults: number
}

export interface QueryReport {
  top: ReportRow[]
  zero: ReportRow[]
}

export const REPORT_PERIODS = [7, 30] as const
export type ReportPeriod = (typeof REPORT_PERIODS)[number]
export const REPORT_ROWS = 20

/** The first day of a period of `days` days ending today (Brussels). */
export function firstDay(days: number, now = new Date()): string {
  return dayOf(new Date(now.getTime() - (days - 1) * 86_400_000))
}

export async function queryReport(payload: Payload, locale: Locale, days: ReportPeriod, now = new Date()): Promise<QueryReport> {
  const since = firstDay(days, now)
  const select = (order: string, having: string) =>
    `SELECT query_key, min(sample) AS sample, sum(searches) AS searches, sum(zero_results) AS zero_results
     FROM search_query_counts WHERE language = $1 AND day >= $2
     GROUP BY query_key ${having} ORDER BY ${order} DESC, query_key LIMIT ${REPORT_ROWS}`
  const top = select('sum(searches)', '')
  const zero = select('sum(zero_results)', 'HAVING sum(zero_results) > 0')
  const read = async (sql: string): Promise<ReportRow[]> => {
    const rows =
      payload.db.name === 'postgres'
        ? (await (payload.db as unknown as { pool: Pool }).pool.query(sql, [locale, since])).rows
        : (await (payload.db as unknown as { client: Client }).client.execute({ sql: sql.replace(/\$\d/g, '?'), args: [locale, since] }))
            .rows
    return rows.map((row) => ({
      queryKey: String(row.query_key),
      sample: String(row.sample),
      searches: Number(row.searches),
      zeroResults: Number(row.zero_results),
    }))
  }
  const [topRows, zeroRows] = await Promise.all([read(top), read(zero)])
  return { top: topRows, zero: zeroRows }
}
