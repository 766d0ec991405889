/**
 * The tracker's changes that followers hear of, recorded in `content-changes` like publications (one
 * row per language, in the writer's transaction, so a row exists exactly when its change committed):
 * a progress report validated (`progress`, or `status` when it changes the measure's status) and a
 * new indicator value (`value`). Only what visitors can see is recorded: a report on a measure of a
 * draft plan version records nothing. The alert job (src/follow/alerts) reads them as it reads the rest.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { relationId } from '@/relation-id'
import { formatDate, formatNumber, translator } from '@/site/i18n'
import { indicatorPath, LOCALES, type Locale, planItemPath } from '@/site/routes'
import { STATUS_LABELS } from '@/tracker/collections/statuses'
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
          percent: formatNumber(Number(doc.percent), language),
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
        value: formatNumber(Number(doc.value), language),
        date: formatDate(String(doc.date), language),
      }),
      path: indicatorPath(indicator.slug, language),
    })),
  )
  return doc
}
