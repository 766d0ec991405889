import { type CollectionBeforeChangeHook, Forbidden } from 'payload'
import { mayTakeStep } from '@/access/from-matrix'
import { hasRole } from '@/access/roles'
import { isFollowUpUser, partnerOrganisations, type ReportState } from '@/access/tracker'
import { relationId } from '@/relation-id'
import { APPLYING_CORRECTION, FROZEN_REPORT_FIELDS, firstChanged } from '../../corrections/frozen-fields'
import { refuseReportInClosedRound } from '../../rounds/hooks/refuse-report-in-closed-round'
import { REPORT_MOVES } from '../report-workflow'
import { fieldProblem } from '../validation'

/**
 * The report workflow: a partner writes and submits reports on the measures of their own
 * organisation; the follow-up cell validates them or sends them back with a reason. Checked before
 * anything is written, whatever the client (admin, REST, GraphQL). Once validated, a report's values
 * change only by a correction.
 */
export const enforceReportWorkflow: CollectionBeforeChangeHook = async (args) => {
  const { data, originalDoc, operation, req, collection } = args
  const user = req.user
  const before: ReportState | undefined = operation === 'update' ? (originalDoc?.workflow as ReportState) : undefined
  const after = (data.workflow ?? before ?? 'draft') as ReportState
  data.workflow = after
  const admin = hasRole(user, 'admin')
  const cell = isFollowUpUser(user)
  const ownOrganisations = partnerOrganisations(user)

  // A validated report is public record, for every role: its values change only by a correction,
  // which says what changed and why (tracker/corrections).
  if (before === 'validated') {
    // The correction has checked who records it and what it changes (corrections/hooks/record-correction.ts).
    if (req.context[APPLYING_CORRECTION]) return data
    const changed = firstChanged(FROZEN_REPORT_FIELDS, data, originalDoc ?? {})
    if (changed) throw fieldProblem(req, collection.slug, changed, 'correctionNeeded')
  }

  if (!admin && req.user) {
    const move = REPORT_MOVES[before ?? 'new'][after]
    if (move === undefined || (move !== 'edit' && !mayTakeStep(user, 'progress-reports', move))) {
      throw fieldProblem(req, collection.slug, 'workflow', 'workflowStep', { from: before ?? '—', to: after })
    }
  }

  const partnerId = relationId(data.partner ?? originalDoc?.partner)
  if (!cell && req.user) {
    if (partnerId === null || !ownOrganisations.includes(partnerId)) throw new Forbidden(req.t)
  }

  const measureId = relationId(data.measure ?? originalDoc?.measure)
  let planVersion: number | null = null
  if (measureId !== null) {
    const measure = await req.payload.findByID({
      collection: 'plan-items',
      id: measureId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (measure?.level !== 'measure') {
      throw fieldProblem(req, collection.slug, 'measure', 'reportOnMeasure')
    }
    const carriers = (measure.partners ?? []).map((row) => relationId(row.partner))
    if (partnerId !== null && !carriers.includes(partnerId)) {
      throw fieldProblem(req, collection.slug, 'measure', 'notCarriedOut')
    }
    planVersion = relationId(measure.planVersion)
    data.label = `${measure.code} · ${String(data.periodEnd ?? originalDoc?.periodEnd ?? '').slice(0, 10)}`
  }

  if (after === 'sent-back' && before !== 'sent-back' && !String(data.reviewNote ?? '').trim()) {
    throw fieldProblem(req, collection.slug, 'reviewNote', 'sendBackReason')
  }
  if (after === 'validated' && before !== 'validated') {
    data.validatedAt = new Date().toISOString()
    data.validatedBy = req.user?.id ?? null
  }
  if (after !== 'validated') {
    data.validatedAt = null
    data.validatedBy = null
  }
  if (after === 'submitted' && before !== 'submitted') data.submittedAt = new Date().toISOString()
  await refuseReportInClosedRound(args, planVersion)
  return data
}
