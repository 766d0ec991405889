/**
 * When a measure's next update is due, as a visitor reads it: the earliest deadline of an open round
 * that asks for it and that its validated reports do not answer yet; without one, the period after
 * its latest validated one, due as long after that period as a scheduled round gives. Past that
 * day, the measure is overdue.
 */
import type { ReportingPeriod } from '../reporting-schedule'
import { nextReportingPeriod } from '../reporting-schedule'
import { daysBetween } from './reminder-days'
import { plusDays, SCHEDULED_ROUND_DAYS } from './schedule-days'

/** An open round as the measure page needs it: its period and deadline (Brussels days). */
export interface RoundAsking {
  period: ReportingPeriod
  deadline: string
}

export interface MeasureSchedule {
  nextDue?: string
  overdue: boolean
}

export function measureSchedule(validated: readonly ReportingPeriod[], asking: readonly RoundAsking[], today: string): MeasureSchedule {
  const answered = new Set(validated.map((p) => `${p.start}/${p.end}`))
  const open = asking
    .filter((round) => !answered.has(`${round.period.start}/${round.period.end}`))
    .map((round) => round.deadline)
    .sort()[0]
  const next = nextReportingPeriod(validated)
  const nextDue = open ?? (next ? plusDays(next.end, SCHEDULED_ROUND_DAYS) : undefined)
  return { nextDue, overdue: nextDue !== undefined && daysBetween(nextDue, today) > 0 }
}
