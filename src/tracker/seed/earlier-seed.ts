/** Writes the earlier versions' retold pillars (marking their versions as summaries) and the lineage between every two versions. */
import type { Payload } from 'payload'
import { LOCALES } from '@/site/routes'
import { earlierPlans } from './earlier-plans'
import { seedLineage } from './lineage'
import type { SeedPlanItem } from './types'

type WriteTree = (versionId: number, items: SeedPlanItem[]) => Promise<Map<string, number>>

/** `trees`: the item ids by code of each version already written, by year; filled in here with the earlier ones. */
export async function seedEarlierPlans(payload: Payload, writeTree: WriteTree, trees: Map<number, Map<string, number>>): Promise<void> {
  const versions = await payload.find({ collection: 'plan-versions', depth: 0, pagination: false, overrideAccess: true })
  const byYear = new Map(versions.docs.map((v) => [v.year, v.id]))
  for (const plan of earlierPlans) {
    const versionId = byYear.get(plan.year)
    if (versionId === undefined || trees.has(plan.year)) continue
    trees.set(plan.year, await writeTree(versionId, plan.items))
    await payload.update({ collection: 'plan-versions', id: versionId, depth: 0, select: { year: true }, data: { planIsSummary: true } })
  }
  for (const pair of seedLineage) {
    const before = trees.get(pair.from)
    const after = trees.get(pair.to)
    const afterVersion = byYear.get(pair.to)
    if (!before || !after || afterVersion === undefined) continue
    for (const link of pair.links) {
      const id = (tree: Map<string, number>, code: string) => {
        const found = tree.get(code)
        if (found === undefined) throw new Error(`Tracker seed: no item ${code} in the lineage ${pair.from} → ${pair.to}`)
        return found
      }
      await payload.create({
        collection: 'lineage-links',
        depth: 0,
        select: { kind: true },
        data: {
          kind: link.kind,
          item: link.item ? id(after, link.item) : undefined,
          from: (link.from ?? []).map((code) => id(before, code)),
          planVersion: afterVersion,
          reason: link.reason ? Object.fromEntries(LOCALES.map((l) => [l, link.reason?.[l]])) : undefined,
        },
      })
    }
  }
}
