/**
 * Until when a rendered page holds: a page that shows a state which changes with the calendar
 * (a next update due on a day, overdue after it) says so, and the page cache keeps it no longer.
 */
import type { ViewContext } from '@/site/context'
import { brusselsDay } from '@/site/i18n'

const HOUR = 3_600_000

/** The instant a calendar day (YYYY-MM-DD) begins in Brussels (UTC+1 in winter, UTC+2 in summer). */
export function brusselsMidnight(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00.000Z`)
  const summer = new Date(utcMidnight - 2 * HOUR)
  return brusselsDay(summer.toISOString()) === day ? summer : new Date(utcMidnight - HOUR)
}

/** Says that what the view renders holds until `instant` at the latest; the earliest such instant wins. */
export function holdUntil(ctx: Pick<ViewContext, 'freshUntil'>, instant: Date): void {
  if (!ctx.freshUntil || instant < ctx.freshUntil) ctx.freshUntil = instant
}
