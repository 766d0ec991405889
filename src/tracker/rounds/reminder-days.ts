/**
 * On which days a round reminds the partners who still owe it something: when it opens, a week
 * before the deadline, the day after the deadline, then every week after that. Days are Brussels
 * calendar days (YYYY-MM-DD).
 */
const DAY = 86_400_000
const time = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((time(to) - time(from)) / DAY)
}

export type ReminderMoment = 'opening' | 'week-before' | 'day-after' | 'weekly'

/** Which reminder a round sends today, if any; `announced` is false until its opening reminder has gone. */
export function reminderMoment(deadlineDay: string, today: string, announced: boolean): ReminderMoment | undefined {
  if (!announced) return 'opening'
  const afterDeadline = daysBetween(deadlineDay, today)
  if (afterDeadline === -7) return 'week-before'
  if (afterDeadline === 1) return 'day-after'
  if (afterDeadline > 1 && (afterDeadline - 1) % 7 === 0) return 'weekly'
  return undefined
}
