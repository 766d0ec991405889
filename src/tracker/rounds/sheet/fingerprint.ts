/**
 * What the round looked like to a dry run, as one hash: the round itself and, for each obligation
 * the uploader may send, the report on the period and when it last changed. Confirming compares it
 * with the round as it is then; any difference means the dry run showed something no longer true.
 */
import { createHash } from 'node:crypto'
import type { ReportingRound } from '@/payload-types'
import type { Obligation } from '../obligations'

export function roundFingerprint(round: ReportingRound, obligations: Obligation[]): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify([round.id, round.state, round.updatedAt]))
  const lines = obligations
    .map((row) => [row.measure.id, row.partner, row.report?.id ?? null, row.report?.workflow ?? null, row.report?.updatedAt ?? null])
    .sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]))
  hash.update(JSON.stringify(lines))
  return hash.digest('hex')
}
