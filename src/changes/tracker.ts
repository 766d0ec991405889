/**
 * The tracker's changes that followers hear of, recorded in `content-changes` like publications (one
 * row per language, in the writer's transaction, so a row exists exactly when its change committed):
 * a progress report validated (`progress`, or `status` when it changes the measure's status), a new
 * indicator value (`value`), and a correction of either, under the same kinds, its note saying what
 * was corrected, from what, and why. Only what visitors can see is recorded: a report on a measure of
 * a draft plan version records nothing. The alert job (src/follow/alerts) reads them as it reads the rest.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { Correction } from '@/payload-types'
import { relationId } from '@/relation-id'
import { formatDate, translator } from '@/site/i18n'
import { indicatorPath, LOCALES, type Locale, planItemPath } from '@/site/routes'
import { STATUS_LABELS } from '@/tracker/collections/statuses'
import type { IndicatorUnit } from '@/tracker/collections/units'
import { formatValue, formatPercent } from '@/tracker/indicator-values'
import type { MeasureStatus } from '@/tracker/rollup'

type Relation = number | { id: number } | null | undefined

async function record(req: PayloadRequest, rows: { subjectKey: string; kind: string; language: Locale; note: string; path: string }[]) {
  const at = new Date().toISOString()
  for (const row of rows) {
    await req.payload.create({ req, collection: 'content-changes', overrideAccess: true, data: { ...row, at } as never })
  }
}

/** The measure and the year of its version, when that version is public. */
async function publicMeasure(req: PayloadRequest, id: number): Promise<{ code: string; year: number } | undefined> {
  const item = await req.payload.findByID({ req, collection: 'plan-items', id, depth: 0, overrideAccess: true, disableErrors: true })
  const versionId = relationId(item?.planVersion as Relation)
  if (!item || versionId === null) return undefined
  const version = await req.payload.findByID({
    req,
    collection: 'plan-versions',
    id: versionId,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
  })
  return version && version._status === 'published' ? { code: item.code, year: version.year } : undefined
}

/** progress-reports afterChange: a report that has just become validated. */
export const recordValidatedReport: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.workflow !== 'validated' || previousDoc?.workflow === 'validated') return doc
  const measureId = relationId(doc.measure as Relation)
  const measure = measureId === null ? undefined : await publicMeasure(req, measureId)
  if (!measure || measureId === null) return doc
  const earlier = await req.payload.find({
    req,
    collection: 'progress-reports',
    where: { and: [{ measure: { equals: measureId } }, { workflow: { equals: 'validated' } }, { id: { not_equals: doc.id } }] },
    sort: '-periodEnd',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const status = doc.status as MeasureStatus
  const statusChanged = earlier.docs[0] !== undefined && earlier.docs[0].status !== status
  await record(
    req,
    LOCALES.map((language) => {
      const t = translator(language)
      return {
        subjectKey: `plan-item:${measureId}`,
        kind: statusChanged ? 'status' : 'progress',
        language,
        note: t('changeProgressNote', {
          status: STATUS_LABELS[status]?.[language] ?? status,
          percent: formatPercent(Number(doc.percent), language),
          end: formatDate(String(doc.periodEnd), language),
        }),
        path: planItemPath(measure.year, measure.code, language),
      }
    }),
  )
  return doc
}

/** indicator-observations afterChange: a new value of an indicator. */
export const recordNewValue: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const indicatorId = relationId(doc.indicator as Relation)
  if (indicatorId === null) return doc
  const indicator = await req.payload.findByID({
    req,
    collection: 'indicators',
    id: indicatorId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!indicator?.slug) return doc
  await record(
    req,
    LOCALES.map((language) => ({
      subjectKey: `indicator:${indicatorId}`,
      kind: 'value',
      language,
      note: translator(language)(doc.provisional ? 'changeValueNoteProvisional' : 'changeValueNote', {
        value: formatValue(Number(doc.value), (doc.unit ?? indicator.unit) as IndicatorUnit, language),
        date: formatDate(String(doc.date), language),
      }),
      path: indicatorPath(indicator.slug, language),
    })),
  )
  return doc
}

/** The indicator's followers' address of it and its unit, when it has a public page. */
async function publicIndicator(req: PayloadRequest, id: number): Promise<{ slug: string; unit: IndicatorUnit } | undefined> {
  const indicator = await req.payload.findByID({ req, collection: 'indicators', id, depth: 0, overrideAccess: true, disableErrors: true })
  return indicator?.slug ? { slug: indicator.slug, unit: indicator.unit } : undefined
}

/** A correction's report, as the note needs it. */
async function correctedReport(req: PayloadRequest, id: number) {
  return req.payload.findByID({ req, collection: 'progress-reports', id, depth: 0, overrideAccess: true, disableErrors: true })
}

/**
 * corrections afterChange (after the correction is applied): its report's measure's followers hear of
 * it as of a validated report (`status` when the status changes, else `progress`), an indicator's
 * followers as of a new value, each with what it was and the reason in their language.
 */
export const recordCorrection: CollectionAfterChangeHook<Correction> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const reason = (language: Locale) => doc.reason?.[language] ?? ''
  const reportId = relationId(doc.report as Relation)
  if (doc.subject === 'report' && reportId !== null && doc.newStatus && doc.oldStatus) {
    const report = await correctedReport(req, reportId)
    const measureId = relationId(report?.measure as Relation)
    const measure = measureId === null ? undefined : await publicMeasure(req, measureId)
    if (!report || !measure) return doc
    const label = (status: MeasureStatus, language: Locale) => STATUS_LABELS[status]?.[language] ?? status
    await record(
      req,
      LOCALES.map((language) => ({
        subjectKey: `plan-item:${measureId}`,
        kind: doc.newStatus === doc.oldStatus ? 'progress' : 'status',
        language,
        note: translator(language)('changeCorrectionNote', {
          status: label(doc.newStatus as MeasureStatus, language),
          percent: formatPercent(Number(doc.newPercent), language),
          end: formatDate(String(report.periodEnd), language),
          oldStatus: label(doc.oldStatus as MeasureStatus, language),
          oldPercent: formatPercent(Number(doc.oldPercent), language),
          reason: reason(language),
        }),
        path: planItemPath(measure.year, measure.code, language),
      })),
    )
    return doc
  }
  const observationId = relationId(doc.observation as Relation)
  if (doc.subject !== 'observation' || observationId === null) return doc
  const observation = await req.payload.findByID({
    req,
    collection: 'indicator-observations',
    id: observationId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const indicatorId = relationId(observation?.indicator as Relation)
  const indicator = indicatorId === null ? undefined : await publicIndicator(req, indicatorId)
  if (!observation || !indicator) return doc
  // As the indicator's page writes its values: in the observation's unit, else the indicator's.
  const inUnit = (value: number | null | undefined, language: Locale) =>
    formatValue(Number(value), observation.unit ?? indicator.unit, language)
  await record(
    req,
    LOCALES.map((language) => ({
      subjectKey: `indicator:${indicatorId}`,
      kind: 'value',
      language,
      note: translator(language)('changeValueCorrectionNote', {
        value: inUnit(doc.newValue, language),
        date: formatDate(String(observation.date), language),
        oldValue: inUnit(doc.oldValue, language),
        reason: reason(language),
      }),
      path: indicatorPath(indicator.slug, language),
    })),
  )
  return doc
}
