/**
 * When the follow-up's figures are next due to change, read from the reporting periods of the
 * validated reports rather than written down: partners report per period, so the next update follows
 * the period after the latest one validated, as long as the latest one was.
 */
import type { Payload } from 'payload'
import { brusselsDay } from '@/site/i18n'

/** A reporting period as Brussels calendar days (YYYY-MM-DD), both ends included. */
export interface ReportingPeriod {
  start: string
  end: string
}

const DAY = 86_400_000
const parse = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
const format = (time: number): string => new Date(time).toISOString().slice(0, 10)
const isDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(parse(day))

/** Whole months a period spans when it runs from a first to a last day of a month (a quarter: 3), else undefined. */
function wholeMonths({ start, end }: ReportingPeriod): number | undefined {
  const from = new Date(parse(start))
  const to = new Date(parse(end))
  const lastOfMonth = new Date(parse(end) + DAY).getUTCDate() === 1
  if (from.getUTCDate() !== 1 || !lastOfMonth) return undefined
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1
  return months > 0 ? months : undefined
}

const wellFormed = (periods: readonly ReportingPeriod[]) => periods.filter((p) => isDay(p.start) && isDay(p.end) && p.start <= p.end)

/** The last day the validated reports cover: the end of the latest period. */
export function lastReportedDay(periods: readonly ReportingPeriod[]): string | undefined {
  // Days as YYYY-MM-DD sort as text.
  return wellFormed(periods).reduce<string | undefined>((end, p) => (end === undefined || p.end > end ? p.end : end), undefined)
}

/**
 * The period after the latest one, as long as it: a half-year after a half-year, a quarter after a
 * quarter, and so many days after a period that does not follow the calendar's months. Undefined
 * when there is no (well-formed) period yet.
 */
export function nextReportingPeriod(periods: readonly ReportingPeriod[]): ReportingPeriod | undefined {
  const known = wellFormed(periods)
  const latestEnd = lastReportedDay(known)
  if (latestEnd === undefined) return undefined
  // Several reports end that day; the longest period among them sets the rhythm (a late short one does not).
  const latest = known
    .filter((p) => p.end === latestEnd)
    .reduce((longest, p) => (parse(p.end) - parse(p.start) > parse(longest.end) - parse(longest.start) ? p : longest))
  const start = parse(latest.end) + DAY
  const months = wholeMonths(latest)
  if (months === undefined) return { start: format(start), end: format(start + parse(latest.end) - parse(latest.start)) }
  const first = new Date(start)
  // Day 0 of the month after the period: its last day.
  const end = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + months, 0)
  return { start: format(start), end: format(end) }
}

/** The periods of every validated report, as a visitor may read them. */
export async function validatedPeriods(payload: Payload): Promise<ReportingPeriod[]> {
  const found = await payload.find({
    collection: 'progress-reports',
    where: { workflow: { equals: 'validated' } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { periodStart: true, periodEnd: true },
  })
  return found.docs.map((report) => ({ start: brusselsDay(report.periodStart), end: brusselsDay(report.periodEnd) }))
}
