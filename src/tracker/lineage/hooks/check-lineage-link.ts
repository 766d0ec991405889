/**
 * Refuses a lineage link that breaks a rule (rules.ts) with a 400 naming the field, in the sender's
 * language, before anything is written; sets the link's version from its later item.
 */
import { type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'
import { keepingLocale } from '@/read-keeping-locale'
import { relationId } from '@/relation-id'
import { say, languageOf } from '@/site/i18n/request-language'
import { LEVEL_LABELS, type PlanLevel } from '../../collections/levels'
import { LINEAGE_KINDS, type LineageKind } from '../kinds'
import { lineageProblems } from '../messages'
import { levelsFit, lineageProblem, type PlacedItem, reaches } from '../rules'

type Relation = number | { id: number } | null | undefined

const LANGUAGE_NAMES = {
  nl: { nl: 'Nederlands', fr: 'Frans', en: 'Engels' },
  fr: { nl: 'néerlandais', fr: 'français', en: 'anglais' },
  en: { nl: 'Dutch', fr: 'French', en: 'English' },
} as const

const pick = <T>(data: Record<string, unknown>, original: Record<string, unknown> | undefined, key: string): T =>
  (key in data ? data[key] : original?.[key]) as T

/** The items named, with their level, code and their version's year (overriding access: the rules see every version). */
async function placedItems(req: PayloadRequest, ids: number[]) {
  if (ids.length === 0) return []
  const items = await keepingLocale(req, () =>
    req.payload.find({
      collection: 'plan-items',
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { level: true, code: true, planVersion: true },
    }),
  )
  const versionIds = [...new Set(items.docs.map((i) => relationId(i.planVersion)).filter((id): id is number => id !== null))]
  const years = await yearsOf(req, versionIds)
  return items.docs.map((i) => ({
    id: i.id,
    code: i.code,
    level: i.level as PlanLevel,
    year: years.get(relationId(i.planVersion) ?? -1) ?? Number.NaN,
    planVersion: relationId(i.planVersion),
  }))
}

async function yearsOf(req: PayloadRequest, versionIds: number[]): Promise<Map<number, number>> {
  if (versionIds.length === 0) return new Map()
  const versions = await keepingLocale(req, () =>
    req.payload.find({
      collection: 'plan-versions',
      where: { id: { in: versionIds } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      draft: true,
      req,
      select: { year: true },
    }),
  )
  return new Map(versions.docs.map((v) => [v.id, v.year]))
}

/** Where every item comes from, by the links other than this one. */
async function sourcesByItem(req: PayloadRequest, except: number | undefined): Promise<Map<number, number[]>> {
  const links = await keepingLocale(req, () =>
    req.payload.find({
      collection: 'lineage-links',
      where: except === undefined ? {} : { id: { not_equals: except } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { item: true, from: true },
    }),
  )
  const sources = new Map<number, number[]>()
  for (const link of links.docs) {
    const item = relationId(link.item)
    if (item === null) continue
    sources.set(item, [
      ...(sources.get(item) ?? []),
      ...(link.from ?? []).map((f) => relationId(f)).filter((id): id is number => id !== null),
    ])
  }
  return sources
}

export const checkLineageLink: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const kind = pick<LineageKind | undefined>(data, originalDoc, 'kind')
  if (!kind || !LINEAGE_KINDS.includes(kind)) return data
  const itemId = relationId(pick<Relation>(data, originalDoc, 'item'))
  const fromIds = (pick<Relation[] | null | undefined>(data, originalDoc, 'from') ?? [])
    .map((f) => relationId(f))
    .filter((id): id is number => id !== null)
  const [item] = itemId === null ? [] : await placedItems(req, [itemId])
  const from = await placedItems(req, fromIds)
  if (item) data.planVersion = item.planVersion
  const versionId = relationId(pick<Relation>(data, originalDoc, 'planVersion'))
  const year = item ? item.year : versionId === null ? null : ((await yearsOf(req, [versionId])).get(versionId) ?? null)
  const sources = item && from.length > 0 ? await sourcesByItem(req, originalDoc?.id) : new Map<number, number[]>()
  const closesLoop = item ? reaches(fromIds, item.id, (id) => sources.get(id) ?? []) : false
  const reason = pick<Record<string, string | null> | undefined>(data, originalDoc, 'reason') ?? {}
  const problem = lineageProblem({ kind, item: item ?? null, year, from: from as PlacedItem[], reason }, closesLoop)
  if (!problem) return data
  const language = languageOf(req)
  const culprit =
    problem.problem === 'lineageEarlierOnly'
      ? from.find((f) => year !== null && !(f.year < year))
      : problem.problem === 'lineageLevel'
        ? from.find((f) => item && !levelsFit(f.level, item.level))
        : problem.problem === 'lineageCycle'
          ? from.find((f) => item && reaches([f.id], item.id, (id) => sources.get(id) ?? []))
          : undefined
  const vars: Record<string, string | number> = {
    code: culprit?.code ?? '',
    year: culprit ? String(culprit.year) : '',
    later: year === null ? '' : String(year),
    from: culprit ? LEVEL_LABELS[culprit.level][language].toLowerCase() : '',
    to: item ? LEVEL_LABELS[item.level][language].toLowerCase() : '',
    language: problem.field.startsWith('reason.') ? LANGUAGE_NAMES[problem.field.slice(7) as 'nl' | 'fr' | 'en'][language] : '',
  }
  throw new ValidationError(
    { collection: collection.slug, errors: [{ path: problem.field, message: say(req, lineageProblems, problem.problem, vars) }], req },
    req.t,
  )
}
