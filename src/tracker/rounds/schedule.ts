/**
 * Rounds that open by themselves (ROUND_SCHEDULE): when a half-year or a year is over, a round on
 * it opens for every measure of the newest plan version, due a set number of days later, unless the
 * cell has opened one on that period already.
 */
import type { Payload } from 'payload'
import type { RoundSchedule } from '@/environment'
import type { ReportingRound } from '@/payload-types'
import { brusselsDay } from '@/site/i18n'
import { versionsWithPlan } from '../versions'
import type { ReportingPeriod } from '../reporting-schedule'
import { plusDays, SCHEDULED_ROUND_DAYS } from './schedule-days'

/** The last whole period of the rhythm that ended before `today` (YYYY-MM-DD), or undefined when off. */
export function lastEndedPeriod(schedule: RoundSchedule, today: string): ReportingPeriod | undefined {
  const year = Number(today.slice(0, 4))
  if (schedule === 'yearly') return { start: `${year - 1}-01-01`, end: `${year - 1}-12-31` }
  if (schedule === 'half-yearly') {
    return today.slice(5) > '06-30'
      ? { start: `${year}-01-01`, end: `${year}-06-30` }
      : { start: `${year - 1}-07-01`, end: `${year - 1}-12-31` }
  }
  return undefined
}

/** Opens the round the schedule asks for, if it is not there yet; answers the round it opened. */
export async function openScheduledRound(payload: Payload, schedule: RoundSchedule, now = new Date()): Promise<ReportingRound | undefined> {
  const period = lastEndedPeriod(schedule, brusselsDay(now.toISOString()))
  if (!period) return undefined
  const [version] = await versionsWithPlan(payload, 'nl')
  if (!version) return undefined
  const rounds = await payload.find({
    collection: 'reporting-rounds',
    where: { planVersion: { equals: version.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { periodStart: true, periodEnd: true },
  })
  if (rounds.docs.some((round) => brusselsDay(round.periodStart) === period.start && brusselsDay(round.periodEnd) === period.end))
    return undefined
  // Noon UTC is the same calendar day in Brussels, summer or winter.
  return payload.create({
    collection: 'reporting-rounds',
    overrideAccess: true,
    data: {
      planVersion: version.id,
      periodStart: `${period.start}T12:00:00.000Z`,
      periodEnd: `${period.end}T12:00:00.000Z`,
      deadline: `${plusDays(period.end, SCHEDULED_ROUND_DAYS)}T12:00:00.000Z`,
      scope: 'all',
      state: 'open',
    },
  })
}
