/**
 * Four eyes on publication, where the site settings ask for it, whatever the door (the admin's
 * publish button, REST, GraphQL, a scheduled publication): a publication goes through only when
 * someone other than its author approves an open request for it; the publication then closes the
 * request as approved. The request's author saving the item again withdraws their request, so that
 * what is approved is what was submitted. Server code acting on its own authority is not a person
 * and is not held to it.
 */
import { type Access, APIError, type CollectionAfterChangeHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { hasLocalizedStatus, type PublicationArgs, publicationIntent, publicationLanguage } from '@/access/publication-intent'
import { recordAudit } from '@/audit/record'
import { say } from '@/site/i18n/request-language'
import { approvalMessages } from './messages'
import { notifyApproval } from './notify'
import { type ApprovalRequest, approvalCheck, requestsFor, sameId, updateRequest } from './requests'

type Follow = { step: 'approve'; request: ApprovalRequest } | { step: 'saved'; requests: ApprovalRequest[] }

const CONTEXT_KEY = 'belfortApprovalFollow'

/** What an operation of this request must do to approval requests once its item is saved, by `collection:id`. */
function follows(req: PayloadRequest): Map<string, Follow> {
  const context = req.context as Record<string, unknown>
  if (!(context[CONTEXT_KEY] instanceof Map)) context[CONTEXT_KEY] = new Map<string, Follow>()
  return context[CONTEXT_KEY] as Map<string, Follow>
}

export const guardApproval: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess) return args
  if (operation === 'restoreVersion') {
    // Restoring a version as a draft is a save; restoring it live would publish it unapproved.
    const { draft } = args as { draft?: unknown }
    if (draft === true || draft === 'true') return args
    const { problem } = await approvalCheck(req, collection.slug, undefined, 'all')
    if (problem) throw new APIError(say(req, approvalMessages, problem), 403, undefined, true)
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const written = args as PublicationArgs & { id?: number | string }
  const id = operation === 'update' ? written.id : undefined
  const intent = publicationIntent(operation, written)
  if (intent === 'publish') {
    const language = publicationLanguage(written, req.locale ?? undefined, hasLocalizedStatus(collection.versions))
    const { problem, request } = await approvalCheck(req, collection.slug, id, language)
    if (problem) throw new APIError(say(req, approvalMessages, problem), 403, undefined, true)
    if (request && id !== undefined) follows(req).set(`${collection.slug}:${id}`, { step: 'approve', request })
    return args
  }
  if (id === undefined || !req.user) return args
  const waiting = (await requestsFor(req, collection.slug, id)).filter(
    (request) =>
      sameId(request.requestedBy, req.user?.id) && (request.state === 'submitted' || (request.state === 'returned' && !request.settled)),
  )
  if (waiting.length > 0) follows(req).set(`${collection.slug}:${id}`, { step: 'saved', requests: waiting })
  return args
}

export const followApproval: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const key = `${collection.slug}:${(doc as { id: number | string }).id}`
  const follow = follows(req).get(key)
  if (!follow) return doc
  follows(req).delete(key)
  const audit = (request: ApprovalRequest, action: 'approval-granted' | 'approval-withdrawn') =>
    recordAudit(req, { action, collection: collection.slug, documentId: request.targetId, language: request.language ?? null })
  if (follow.step === 'approve') {
    await updateRequest(req, follow.request, { state: 'approved', decidedBy: req.user?.id ?? null, decidedAt: new Date().toISOString() })
    await audit(follow.request, 'approval-granted')
    await notifyApproval(req, 'approved', follow.request)
    return doc
  }
  for (const request of follow.requests) {
    if (request.state === 'submitted') {
      await updateRequest(req, request, { state: 'withdrawn', settled: true })
      await audit(request, 'approval-withdrawn')
    } else await updateRequest(req, request, { settled: true })
  }
  return doc
}

/**
 * The collection's update access, refusing a publication four eyes do not allow: the admin asks
 * it with `_status: 'published'` to decide whether to offer its publish buttons.
 */
export function updateUnderApproval(slug: string, update: Access | undefined): Access {
  return async (args) => {
    const granted = update ? await update(args) : Boolean(args.req.user)
    const publishes = (args.data as { _status?: unknown } | undefined)?._status === 'published'
    if (!granted || !publishes) return granted
    const { problem } = await approvalCheck(args.req, slug, args.id, args.req.locale ?? 'all')
    return problem ? false : granted
  }
}
