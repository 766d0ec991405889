/** A Social Summit's stock-taking: taken once on request, never written again. */
import { type CollectionBeforeChangeHook, Forbidden } from 'payload'
import { mayTakeStep } from '@/access/from-matrix'
import { relationId } from '@/relation-id'
import { takeSnapshot } from '@/tracker/snapshot'
import { fieldProblem } from '../validation'

/**
 * The stock-taking is frozen: taken once, when the cell asks for it, from the reports validated
 * for periods up to the summit's date; after that whatever a request sends for it is ignored, so
 * later edits of the plan never rewrite what the summit saw.
 */
export const freezeSummitSnapshot: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const taken = originalDoc?.snapshot
  if (taken) {
    data.snapshot = taken
    data.snapshotTakenAt = originalDoc?.snapshotTakenAt
    data.takeStock = false
    return data
  }
  data.snapshot = null
  data.snapshotTakenAt = null
  if (!data.takeStock) return data
  data.takeStock = false
  // Without a user (seeding, jobs) the server takes stock itself.
  if (req.user && !mayTakeStep(req.user, 'social-summits', 'take-stock')) throw new Forbidden(req.t)
  const versionId = relationId(data.planVersion ?? originalDoc?.planVersion)
  const date = String(data.date ?? originalDoc?.date ?? '')
  if (versionId === null || !date) {
    throw fieldProblem(req, collection.slug, 'takeStock', 'takeStockNeeds')
  }
  const version = await req.payload.findByID({ collection: 'plan-versions', id: versionId, depth: 0, overrideAccess: true, req })
  // Reading every language sets req.locale to 'all'; the summit itself must still be saved in the
  // language it was sent in.
  const { locale, fallbackLocale } = req
  let snapshot: Awaited<ReturnType<typeof takeSnapshot>>
  try {
    snapshot = await takeSnapshot(req.payload, version, date, req)
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
  data.snapshot = snapshot
  data.snapshotTakenAt = snapshot.takenAt
  return data
}
