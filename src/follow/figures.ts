/** Subscriptions counted per subject, confirmed or not: what the back office shows, with no address in it. */
export interface SubjectCount {
  subject: string
  confirmed: number
  pending: number
}

export function countsPerSubject(rows: readonly { subject: string; confirmedAt?: string | null }[]): SubjectCount[] {
  const counts = new Map<string, SubjectCount>()
  for (const row of rows) {
    let count = counts.get(row.subject)
    if (!count) {
      count = { subject: row.subject, confirmed: 0, pending: 0 }
      counts.set(row.subject, count)
    }
    if (row.confirmedAt) count.confirmed++
    else count.pending++
  }
  return [...counts.values()].sort((a, b) => b.confirmed - a.confirmed || b.pending - a.pending || a.subject.localeCompare(b.subject))
}
