/** A moment as Belgian staff read it: "23 november 2026 13:51", Brussels time, in the admin's language (back-office/language). */
import { sayMoment } from '@/back-office/language/english-dates'
import type { Locale } from '@/site/routes'

export function formatDateTime(iso: string, language: Locale): string {
  return sayMoment(new Date(iso), language)
}
