/**
 * Dates that Payload's building blocks write in American English whatever the admin's language: the
 * "document locked" dialog formats its "edited since" with a fixed `Intl.DateTimeFormat('en-US')`
 * ("Nov 30, 2026, 12:57 AM", in the browser's zone), with no setting or translation to change it.
 * Each is read back here and said as the admin writes moments (dates.ts): "30 november 2026 00:57",
 * Brussels time; admin/SayInAdminLanguage.tsx puts it in place as the dialog appears.
 */
import type { Locale } from '@/site/routes'
import { BRUSSELS } from './dates'

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** `en-US` with `month: 'short'` and `hour12`: "Nov 30, 2026, 12:57 AM" (ICU puts a narrow no-break space before AM). */
const ENGLISH_MOMENT = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})[\s\u202f]?(AM|PM)$/

/** A moment as the admin writes it (dates.ts's DATE_TIME_FORMAT, "d MMMM yyyy HH:mm"), in Brussels time. */
export function sayMoment(moment: Date, language: Locale): string {
  const parts = new Intl.DateTimeFormat(language, {
    timeZone: BRUSSELS,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')} ${part('year')} ${part('hour')}:${part('minute')}`
}

/**
 * The moment an English date names, read in the zone it was written in (the browser's, which is
 * what Payload formats in), said in the admin's language; undefined when the text is no such date.
 */
export function sayEnglishMoment(text: string, language: Locale): string | undefined {
  const match = ENGLISH_MOMENT.exec(text.trim())
  if (!match) return undefined
  const [, month, day, year, hour, minute, half] = match
  const hour24 = (Number(hour) % 12) + (half === 'PM' ? 12 : 0)
  const moment = new Date(
    Number(year),
    ENGLISH_MONTHS.indexOf(month as (typeof ENGLISH_MONTHS)[number]),
    Number(day),
    hour24,
    Number(minute),
  )
  return sayMoment(moment, language)
}
