/**
 * What the round looked like to a dry run, as one hash: the round's period and state and, for each
 * row of the file, the report on the period and when it last changed. Confirming compares it with
 * the round as it is then; any difference means the dry run showed something no longer true. Only
 * the file's rows count: a partner's report elsewhere in the round does not make the cell's dry run
 * stale.
 */
import { createHash } from 'node:crypto'
import type { ReportingRound } from '@/payload-types'
import type { Obligation } from '../obligations'
import type { ImportPlan } from './plan'

const keyOf = (measure: number, partner: number) => `${measure}:${partner}`

export function roundFingerprint(round: ReportingRound, obligations: Obligation[], plan: ImportPlan): string {
  const rows = new Set([...plan.changes, ...plan.unchanged].map((row) => keyOf(row.measure.id, row.partner)))
  const hash = createHash('sha256')
  hash.update(JSON.stringify([round.id, round.state, round.periodStart, round.periodEnd]))
  const lines = obligations
    .filter((row) => rows.has(keyOf(row.measure.id, row.partner)))
    .map((row) => [row.measure.id, row.partner, row.report?.id ?? null, row.report?.workflow ?? null, row.report?.updatedAt ?? null])
    .sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]))
  hash.update(JSON.stringify(lines))
  return hash.digest('hex')
}
