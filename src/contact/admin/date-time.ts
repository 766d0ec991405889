/** A moment as Belgian staff read it: "23 november 2026 13:51", Brussels time, in the admin's language. */
import type { Locale } from '@/site/routes'

const formats = new Map<Locale, Intl.DateTimeFormat>()

function formatFor(language: Locale): Intl.DateTimeFormat {
  let format = formats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(`${language}-BE`, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Brussels',
    })
    formats.set(language, format)
  }
  return format
}

/** Put together from parts: Intl would add "om" or "à" between the date and the time, and English puts the month first. */
export function formatDateTime(iso: string, language: Locale): string {
  const parts = Object.fromEntries(
    formatFor(language)
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}`
}
