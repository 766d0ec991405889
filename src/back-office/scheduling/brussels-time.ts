/**
 * Scheduling is in the site's time, Europe/Brussels, whatever the editor's browser says: a time
 * typed as "14:05" means 14:05 in Brussels, and every scheduled time is shown in Brussels time.
 * Plain Intl, so it runs the same in the browser and on the server.
 */
import type { Locale } from '@/site/routes'
import { sayMoment } from '@/back-office/language/english-dates'

export const SITE_TIME_ZONE = 'Europe/Brussels'

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Minutes Brussels is ahead of UTC at this instant (60 in winter, 120 in summer). */
function brusselsOffsetMinutes(at: Date): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(at).map((part) => [part.type, part.value]))
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

/**
 * The instant of a Brussels wall-clock time as a `datetime-local` input spells it (`2026-11-30T14:05`);
 * undefined for anything else. In the hour skipped in spring the time is read with the winter offset.
 */
export function brusselsWallTimeToInstant(wallTime: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime)
  if (!match) return undefined
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  // The offset at the guess, then at the corrected instant: twice is enough around a change of offset.
  const first = asUtc - brusselsOffsetMinutes(new Date(asUtc)) * 60_000
  return new Date(asUtc - brusselsOffsetMinutes(new Date(first)) * 60_000)
}

/** The Brussels wall-clock time of an instant as a `datetime-local` input wants it. */
export function instantToBrusselsWallTime(at: Date): string {
  const shifted = new Date(at.getTime() + brusselsOffsetMinutes(at) * 60_000)
  return shifted.toISOString().slice(0, 16)
}

/** "30 november 2026 14:05", in Brussels time: how the whole admin writes a moment (back-office/language). */
export function formatBrusselsTime(at: Date | string, language: Locale): string {
  return sayMoment(new Date(at), language)
}
