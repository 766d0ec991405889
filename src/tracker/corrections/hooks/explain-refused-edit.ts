import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { trackerProblems } from '../../messages'

/**
 * The role matrix refuses every change to a validated report before any hook runs, and Payload then
 * answers "You are not allowed to perform this action". To whoever may otherwise change reports, that
 * reads like a missing right; it says instead, in their language, that the report is public record and
 * changes by a correction. Over GraphQL, `explain-refused-graphql-edit.ts` says the same.
 */
export const explainRefusedEdit: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  if ((error as { status?: number }).status !== 403) return
  if (req.method !== 'PATCH' && req.method !== 'DELETE') return
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return
  const message = await correctionNeededFor(req, collection.slug, id)
  if (message) return { status: 403, response: { errors: [{ message }] } }
}

/** What a refused change or delete of `id` answers, in the sender's language, when it is a validated report; else undefined. */
export async function correctionNeededFor(req: PayloadRequest, collection: string, id: string | number): Promise<string | undefined> {
  if (collection !== 'progress-reports') return undefined
  const report = await req.payload.findByID({
    collection: 'progress-reports',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { workflow: true },
  })
  return report?.workflow === 'validated' ? say(req, trackerProblems, 'correctionNeeded') : undefined
}
