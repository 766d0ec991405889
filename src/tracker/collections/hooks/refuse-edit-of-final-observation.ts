import type { CollectionBeforeChangeHook } from 'payload'
import { APPLYING_CORRECTION, FROZEN_OBSERVATION_FIELDS, firstChanged } from '../../corrections/frozen-fields'
import { fieldProblem } from '../validation'

/**
 * A final figure of an indicator's series is public record: for every role, its value changes only
 * by a correction (tracker/corrections). A provisional figure is revised by a plain edit, as
 * statistics offices revise theirs; marking it final is such an edit, the last one.
 */
export const refuseEditOfFinalObservation: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update' || !originalDoc || originalDoc.provisional || req.context[APPLYING_CORRECTION]) return data
  const changed = firstChanged(FROZEN_OBSERVATION_FIELDS, data, originalDoc)
  if (changed) throw fieldProblem(req, collection.slug, changed, 'correctionNeeded')
  return data
}
