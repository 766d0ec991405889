/** Where a plan item may sit: under a parent one level up, in the parent's version, with a code that continues the parent's and is unique in its version. */
import type { CollectionBeforeValidateHook, Where } from 'payload'
import { relationId } from '@/relation-id'
import { languageOf } from '@/site/i18n/request-language'
import { codeFitsLevel, LEVEL_LABELS, parentLevel, PLAN_LEVELS, type PlanLevel } from '../levels'
import { fieldProblem } from '../validation'

/**
 * The parent decides the plan version (children cannot drift to another version) and must sit one
 * level up; the code is unique in its version and continues the parent's code.
 */
export const checkPlanItemPlace: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const level = (data.level ?? originalDoc?.level) as PlanLevel | undefined
  if (!level || !PLAN_LEVELS.includes(level)) return data
  const expected = parentLevel(level)
  const parentId = relationId('parent' in data ? data.parent : originalDoc?.parent)
  const code = String(data.code ?? originalDoc?.code ?? '')
  if (expected === null) {
    if (parentId !== null) throw fieldProblem(req, collection.slug, 'parent', 'pillarWithoutParent')
  } else {
    if (parentId === null)
      throw fieldProblem(req, collection.slug, 'parent', 'chooseParent', { level: LEVEL_LABELS[expected][languageOf(req)].toLowerCase() })
    const parent = await req.payload.findByID({
      collection: 'plan-items',
      id: parentId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!parent || parent.level !== expected) {
      throw fieldProblem(req, collection.slug, 'parent', 'parentOneLevelUp', {
        level: LEVEL_LABELS[level][languageOf(req)].toLowerCase(),
        parent: LEVEL_LABELS[expected][languageOf(req)].toLowerCase(),
      })
    }
    data.planVersion = relationId(parent.planVersion)
    if (code && !code.startsWith(`${parent.code}.`)) {
      throw fieldProblem(req, collection.slug, 'code', 'codeContinuesParent', { code: parent.code })
    }
  }
  if (code && !codeFitsLevel(code, level)) {
    throw fieldProblem(req, collection.slug, 'code', 'codeShape')
  }
  const versionId = relationId(data.planVersion ?? originalDoc?.planVersion)
  if (code && versionId !== null) {
    const where: Where = { and: [{ code: { equals: code } }, { planVersion: { equals: versionId } }] }
    if (originalDoc?.id !== undefined) where.and?.push({ id: { not_equals: originalDoc.id } })
    const clash = await req.payload.count({ collection: 'plan-items', where, overrideAccess: true, req })
    if (clash.totalDocs > 0) throw fieldProblem(req, collection.slug, 'code', 'codeTaken', { code })
  }
  return data
}
