/** Days the partners have after a scheduled round's period to report on it. */
export const SCHEDULED_ROUND_DAYS = 45

/** A Brussels calendar day (YYYY-MM-DD) so many days later. */
export const plusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10)
