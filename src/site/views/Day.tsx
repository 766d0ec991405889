/** @jsxImportSource @/site/html */
import { brusselsDay, formatDate } from '@/site/i18n'
import type { Locale } from '@/site/routes'

/** A day as readers see it, with the same Brussels day machine-readable (a date stored at 22:00 UTC is the next day in Brussels). */
export function Day({ iso, locale }: { iso: string; locale: Locale }) {
  return <time datetime={brusselsDay(iso)}>{formatDate(iso, locale)}</time>
}
