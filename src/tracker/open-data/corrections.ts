/** The corrections dataset: every public correction with the values before and after, and why. */
import type { Payload } from 'payload'
import { readCorrections } from '@/tracker/corrections/read'
import { type Dataset, LICENSE } from './datasets'
import { dayOf, instantOf, newest, textInEveryLanguage } from './field-values'
import { planItemRefs, versionYears } from './plan-lookups'

export async function buildCorrections(payload: Payload): Promise<Dataset> {
  const corrections = await readCorrections(payload)
  const [measures, years] = await Promise.all([
    planItemRefs(
      payload,
      corrections.map((c) => c.report?.measure ?? null).filter((id): id is number => id !== null),
    ),
    versionYears(
      payload,
      corrections.map((c) => c.planVersion).filter((id): id is number => id !== null),
    ),
  ])
  // Oldest first, as the other lists: a CSV read top to bottom is the order things happened.
  const items = [...corrections].reverse().map((c) => {
    const measureId = c.report?.measure ?? null
    return {
      id: c.id,
      subject: c.subject,
      planYear: years.get(c.planVersion ?? -1) ?? null,
      reportId: c.report?.id ?? null,
      measureId,
      measureCode: measureId === null ? null : (measures.get(measureId)?.code ?? null),
      periodEnd: dayOf(c.report?.periodEnd),
      indicatorId: c.observation?.indicator ?? null,
      observationDate: dayOf(c.observation?.date),
      oldStatus: c.oldStatus ?? null,
      newStatus: c.newStatus ?? null,
      oldPercent: c.oldPercent,
      newPercent: c.newPercent,
      oldValue: c.oldValue,
      newValue: c.newValue,
      reason: textInEveryLanguage(c.reason),
      correctedAt: instantOf(c.correctedAt) ?? c.correctedAt,
    }
  })
  const updatedAt = newest(corrections.map((c) => c.updatedAt))
  return { json: { updatedAt, license: LICENSE, items }, rows: items, updatedAt }
}
