/** An indicator measures an objective of the plan, not another level. */
import type { CollectionBeforeValidateHook } from 'payload'
import { relationId } from '@/relation-id'
import { fieldProblem } from '../validation'

export const checkIndicatorObjective: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const objectiveId = relationId(data?.objective ?? originalDoc?.objective)
  if (objectiveId === null) return data
  const objective = await req.payload.findByID({
    collection: 'plan-items',
    id: objectiveId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (objective?.level !== 'objective') {
    throw fieldProblem(req, collection.slug, 'objective', 'indicatorOnObjective')
  }
  return data
}
