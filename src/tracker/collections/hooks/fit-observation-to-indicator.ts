/** An indicator's observation is in the indicator's unit, and there is one per date. */
import type { CollectionBeforeValidateHook, Where } from 'payload'
import { relationId } from '@/relation-id'
import { languageOf } from '@/site/i18n/request-language'
import { INDICATOR_UNITS, UNIT_LABELS } from '../units'
import { fieldProblem } from '../validation'

/**
 * An observation is in its indicator's unit: left empty it takes it; a different one is refused (a
 * percentage added to a series of people would draw a wrong line). One value per date.
 */
export const fitObservationToIndicator: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const indicatorId = relationId(data.indicator ?? originalDoc?.indicator)
  if (indicatorId === null) return data
  const indicator = await req.payload.findByID({
    collection: 'indicators',
    id: indicatorId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!indicator) return data
  const unit = data.unit ?? originalDoc?.unit
  if (unit && unit !== indicator.unit) {
    const language = languageOf(req)
    throw fieldProblem(req, collection.slug, 'unit', 'unitOfIndicator', {
      expected: UNIT_LABELS[indicator.unit][language],
      given: (INDICATOR_UNITS as readonly string[]).includes(String(unit))
        ? UNIT_LABELS[unit as (typeof INDICATOR_UNITS)[number]][language]
        : String(unit),
    })
  }
  data.unit = indicator.unit
  const date = data.date ?? originalDoc?.date
  if (date) {
    const where: Where = { and: [{ indicator: { equals: indicatorId } }, { date: { equals: date } }] }
    if (originalDoc?.id !== undefined) where.and?.push({ id: { not_equals: originalDoc.id } })
    const clash = await req.payload.count({ collection: 'indicator-observations', where, overrideAccess: true, req })
    if (clash.totalDocs > 0) throw fieldProblem(req, collection.slug, 'date', 'oneValuePerDate')
  }
  return data
}
