/** Days the partners have after a scheduled round's period to report on it. */
export const SCHEDULED_ROUND_DAYS = 45
