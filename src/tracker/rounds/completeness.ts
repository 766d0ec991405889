/**
 * The cell's completeness view of a round: per partner and pillar, how many measures are owed,
 * the share submitted (submitted or validated) and the share validated, and the oldest late item.
 */
import type { Obligation } from './obligations'

export interface CompletenessRow {
  partner: number
  pillarCode: string
  measures: number
  /** Whole percentages. */
  submittedShare: number
  validatedShare: number
  /** The late measure with the earliest deadline, if any. */
  oldestLate: { code: string; deadline: string } | null
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part * 100) / whole))

/** Groups obligations (of one round or several) per partner and pillar, in that order. */
export function completeness(obligations: readonly Obligation[]): CompletenessRow[] {
  const groups = new Map<string, Obligation[]>()
  for (const item of obligations) {
    const key = `${item.partner}|${item.measure.pillarCode}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups.values()]
    .map((items): CompletenessRow => {
      const first = items[0] as Obligation
      const late = items
        .filter((item) => item.state === 'late')
        .sort(
          (a, b) =>
            a.round.deadline.localeCompare(b.round.deadline) || a.measure.code.localeCompare(b.measure.code, 'en', { numeric: true }),
        )[0]
      return {
        partner: first.partner,
        pillarCode: first.measure.pillarCode,
        measures: items.length,
        submittedShare: share(items.filter((item) => item.state === 'submitted' || item.state === 'validated').length, items.length),
        validatedShare: share(items.filter((item) => item.state === 'validated').length, items.length),
        oldestLate: late ? { code: late.measure.code, deadline: late.round.deadline } : null,
      }
    })
    .sort((a, b) => a.partner - b.partner || a.pillarCode.localeCompare(b.pillarCode, 'en', { numeric: true }))
}
