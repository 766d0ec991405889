import type { Payload } from 'payload'
import { drizzleOperators } from '@/drizzle-operators'

/** `GOB-2026-000123`: the series, the year, and a number that only goes up within them. */
export function formatReference(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`
}

export const REFERENCE_PATTERN = /^[A-Z]{2,10}-\d{4}-\d{6,}$/

interface CounterTable {
  series: unknown
  value: unknown
}

interface UpsertBuilder {
  values(values: Record<string, unknown>): {
    onConflictDoUpdate(config: { target: unknown; set: Record<string, unknown> }): {
      returning(fields: Record<string, unknown>): Promise<{ value: number }[]>
    }
  }
}

/**
 * The next reference of this year's series, from one atomic upsert: unique across instances on
 * PostgreSQL, and across concurrent requests on SQLite. A submission that fails later leaves a gap,
 * never a duplicate.
 */
export async function nextReference(payload: Payload, prefix: string, now = new Date()): Promise<string> {
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Brussels' }).format(now))
  const series = `${prefix}-${year}`
  const { sql } = await drizzleOperators(payload)
  const adapter = payload.db as unknown as { drizzle: { insert(table: unknown): UpsertBuilder }; tables: Record<string, CounterTable> }
  const table = adapter.tables.contact_counters!
  const stamp = now.toISOString()
  const rows = await adapter.drizzle
    .insert(table)
    .values({ series, value: 1, createdAt: stamp, updatedAt: stamp })
    .onConflictDoUpdate({ target: table.series, set: { value: sql`${table.value} + 1`, updatedAt: stamp } })
    .returning({ value: table.value })
  return formatReference(prefix, year, Number(rows[0]!.value))
}
