import type { CollectionAfterErrorHook } from 'payload'
import { say } from '@/site/i18n/request-language'
import { trackerProblems } from '../../messages'

/**
 * The role matrix refuses every change to a validated report before any hook runs, and Payload then
 * answers "You are not allowed to perform this action". To whoever may otherwise change reports, that
 * reads like a missing right; it says instead, in their language, that the report is public record and
 * changes by a correction.
 */
export const explainRefusedEdit: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  if ((error as { status?: number }).status !== 403) return
  if (req.method !== 'PATCH' && req.method !== 'DELETE') return
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return
  const report = await req.payload.findByID({
    collection: collection.slug as 'progress-reports',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { workflow: true },
  })
  if (report?.workflow !== 'validated') return
  return { status: 403, response: { errors: [{ message: say(req, trackerProblems, 'correctionNeeded') }] } }
}
