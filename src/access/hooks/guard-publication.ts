/**
 * Publishing, unpublishing and restoring a version are actions of their own in the role matrix,
 * but Payload checks them as updates: this refuses them, before anything is written, to a user the
 * matrix does not grant them — whatever the door (admin, REST, GraphQL, a scheduled job run on
 * their behalf).
 */
import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { allows } from '../from-matrix'
import type { Action, MatrixSlug } from '../matrix'
import { type AccessProblem, accessProblems } from '../messages'
import { type PublicationArgs, publicationIntent } from '../publication-intent'

const PROBLEM: Partial<Record<Action, AccessProblem>> = {
  publish: 'publish',
  unpublish: 'unpublish',
  'restore-version': 'restoreVersion',
}

function refuse(req: PayloadRequest, action: Action): never {
  throw new APIError(say(req, accessProblems, PROBLEM[action] ?? 'publish'), 403, undefined, true)
}

/** The publication statuses a restore writes: those of the version restored (one per language when localized). */
async function restoredStatuses(req: PayloadRequest, collection: CollectionSlug, versionId: unknown): Promise<string[]> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { id: { equals: versionId as number | string } },
    limit: 1,
    locale: 'all',
    pagination: false,
    req,
  })
  const status = (docs[0]?.version as { _status?: unknown } | undefined)?._status
  if (typeof status === 'string') return [status]
  if (status && typeof status === 'object') return Object.values(status).map(String)
  return ['draft']
}

export const guardPublication: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  // Server code acting on its own authority (seeding, jobs without a user) is not a role.
  if (overrideAccess) return args
  const slug = collection.slug as MatrixSlug
  const may = (action: Action) => allows(req.user, slug, action)
  if (operation === 'restoreVersion') {
    if (!may('restore-version')) refuse(req, 'restore-version')
    const { id, draft } = args as { id?: unknown; draft?: unknown }
    if (draft === true || draft === 'true') return args
    // Restoring without the draft flag writes the version's status to the live document.
    const statuses = await restoredStatuses(req, collection.slug, id)
    if (statuses.includes('published') && !may('publish')) refuse(req, 'publish')
    if (statuses.some((status) => status !== 'published') && !may('unpublish')) refuse(req, 'unpublish')
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const intent = publicationIntent(operation, args as PublicationArgs)
  if (intent !== 'draft' && !may(intent)) refuse(req, intent)
  return args
}
