/**
 * The open approval request of an item, and what it means for a publication: four eyes allow a
 * publication of an item under approval only by someone other than who submitted it, and only of
 * what was submitted (the language asked for, or every language).
 */
import type { PayloadRequest } from 'payload'
import { relationId } from '@/relation-id'
import type { ApprovalState } from './ApprovalRequests'
import { approvalRequiredFor } from './settings'

export interface ApprovalRequest {
  id: number | string
  title: string
  targetCollection: string
  targetId: string
  language?: string | null
  state: ApprovalState
  requestedBy: number | string
  note?: string | null
  decidedBy?: number | string | null
  decidedAt?: string | null
  comment?: string | null
  settled?: boolean | null
  createdAt: string
}

type Relation = Parameters<typeof relationId>[0]

function asRequest(doc: Record<string, unknown>): ApprovalRequest {
  return {
    ...(doc as unknown as ApprovalRequest),
    requestedBy: relationId(doc.requestedBy as Relation)!,
    decidedBy: relationId(doc.decidedBy as Relation),
  }
}

/** Writes a request's new state (the server only: nobody writes requests through the API). */
export function updateRequest(req: PayloadRequest, request: ApprovalRequest, data: Record<string, unknown>) {
  return req.payload.update({ collection: 'approval-requests', id: request.id, data, overrideAccess: true, depth: 0, req })
}

/** An item's requests, newest first. */
export async function requestsFor(req: PayloadRequest, collection: string, id: number | string, limit = 10): Promise<ApprovalRequest[]> {
  const { docs } = await req.payload.find({
    collection: 'approval-requests',
    where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }] },
    sort: '-createdAt',
    limit,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => asRequest(doc as unknown as Record<string, unknown>))
}

export async function openRequestFor(req: PayloadRequest, collection: string, id: number | string): Promise<ApprovalRequest | undefined> {
  return (await requestsFor(req, collection, id)).find((request) => request.state === 'submitted')
}

export type ApprovalProblem = 'needsApproval' | 'ownRequest'

/** Whether two ids (a user's, a stored relation's) are the same, whatever their type. */
export const sameId = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b)

/**
 * Why this person may not publish this item (in `language`: a language code, or 'all') under the
 * site's four-eyes setting; undefined when they may, with the request their publication approves.
 */
export async function approvalCheck(
  req: PayloadRequest,
  collection: string,
  id: number | string | undefined,
  language: string | null,
): Promise<{ problem?: ApprovalProblem; request?: ApprovalRequest }> {
  if (!(await approvalRequiredFor(req, collection))) return {}
  if (id === undefined || id === null) return { problem: 'needsApproval' }
  const open = await openRequestFor(req, collection, id)
  const covers = open && (!open.language || (language !== null && language !== 'all' && open.language === language))
  if (!open || !covers) return { problem: 'needsApproval' }
  if (sameId(open.requestedBy, req.user?.id)) return { problem: 'ownRequest', request: open }
  return { request: open }
}
