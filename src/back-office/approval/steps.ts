/**
 * The admin's `approval` server function: what the edit screen's panel shows about an item's
 * approval, and its steps: submit for approval, withdraw, return with a comment, approve (which
 * publishes, as the approver, through the same guard as every other publication). Each step is one
 * transaction with its audit event.
 */
import {
  APIError,
  type CollectionSlug,
  canAccessAdmin,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type ServerFunction,
} from 'payload'
import { allows } from '@/access/from-matrix'
import type { MatrixSlug } from '@/access/matrix'
import { recordAudit } from '@/audit/record'
import { say } from '@/site/i18n/request-language'
import { isLocale } from '@/site/routes'
import { hasLocalizedStatus } from '@/access/publication-intent'
import { approvalMessages } from './messages'
import { notifyApproval } from './notify'
import { type ApprovalRequest, requestsFor, sameId, updateRequest } from './requests'
import { approvalRequiredFor, isApprovable } from './settings'

export type ApprovalStep = 'submit' | 'withdraw' | 'return' | 'approve'

export interface ApprovalArgs {
  collectionSlug: string
  id: number | string
  /** Without a step: only what the panel shows. */
  step?: ApprovalStep
  /** The language to publish (content whose languages are published one by one); none: every language. */
  language?: string
  note?: string
  comment?: string
}

export interface ApprovalView {
  required: boolean
  /** The language of each language-by-language publication, when the collection has them. */
  perLanguage: boolean
  open?: { language?: string | null; by: string; at: string; note?: string | null; mine: boolean }
  last?: { state: 'approved' | 'returned'; by: string; at: string; comment?: string | null; toMe: boolean }
  maySubmit: boolean
  mayDecide: boolean
  error?: string
}

function refuse(req: PayloadRequest, key: 'notAllowed' | 'alreadyOpen' | 'notOpen' | 'commentMissing', status = 403): never {
  throw new APIError(say(req, approvalMessages, key), status, undefined, true)
}

async function namesOf(req: PayloadRequest, ids: (number | string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is number | string => id !== null && id !== undefined).map(String))]
  if (wanted.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    overrideAccess: true,
    select: { email: true, name: true },
    req,
  })
  return new Map(docs.map((user) => [String(user.id), String((user as { name?: string }).name || user.email)]))
}

/** The item as its editors see it; throws (not found, forbidden) for whom may not read it. */
async function itemOf(req: PayloadRequest, slug: string, id: number | string): Promise<Record<string, unknown>> {
  return (await req.payload.findByID({
    collection: slug as CollectionSlug,
    id,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
  })) as unknown as Record<string, unknown>
}

async function view(req: PayloadRequest, slug: string, id: number | string): Promise<ApprovalView> {
  const required = await approvalRequiredFor(req, slug)
  const requests = await requestsFor(req, slug, id)
  const open = requests.find((request) => request.state === 'submitted')
  const last = requests.find((request) => request.state === 'approved' || request.state === 'returned')
  const names = await namesOf(req, [open?.requestedBy, last?.decidedBy])
  const someone = say(req, approvalMessages, 'someone')
  const publishes = allows(req.user, slug as MatrixSlug, 'publish')
  const mine = Boolean(open && sameId(open.requestedBy, req.user?.id))
  return {
    required,
    perLanguage: hasLocalizedStatus(req.payload.collections[slug as CollectionSlug]?.config.versions),
    open: open && {
      language: open.language,
      by: names.get(String(open.requestedBy)) ?? someone,
      at: open.createdAt,
      note: open.note,
      mine,
    },
    last: last && {
      state: last.state as 'approved' | 'returned',
      by: names.get(String(last.decidedBy)) ?? someone,
      at: last.decidedAt ?? last.createdAt,
      comment: last.comment,
      toMe: last.state === 'returned' && !last.settled && sameId(last.requestedBy, req.user?.id),
    },
    maySubmit: required && publishes && !open,
    mayDecide: required && publishes && Boolean(open) && !mine,
  }
}

async function takeStep(req: PayloadRequest, slug: string, id: number | string, args: ApprovalArgs): Promise<void> {
  const publishes = allows(req.user, slug as MatrixSlug, 'publish')
  if (!publishes || !(await approvalRequiredFor(req, slug))) refuse(req, 'notAllowed')
  const item = await itemOf(req, slug, id)
  const requests = await requestsFor(req, slug, id)
  const open = requests.find((request) => request.state === 'submitted')
  const mine = Boolean(open && sameId(open.requestedBy, req.user?.id))
  const audit = (action: 'approval-requested' | 'approval-returned', request: Pick<ApprovalRequest, 'language'>, detail?: string) =>
    recordAudit(req, { action, collection: slug, documentId: String(id), language: request.language ?? null, detail })

  if (args.step === 'submit') {
    if (open) refuse(req, 'alreadyOpen', 409)
    const perLanguage = hasLocalizedStatus(req.payload.collections[slug as CollectionSlug]?.config.versions)
    const language = perLanguage && args.language && isLocale(args.language) ? args.language : null
    const titleField = req.payload.collections[slug as CollectionSlug]?.config.admin?.useAsTitle ?? 'id'
    const note = args.note?.trim().slice(0, 2000) || null
    const created = await req.payload.create({
      collection: 'approval-requests',
      data: {
        title: String(item[titleField] ?? id).slice(0, 300),
        targetCollection: slug as 'pages',
        targetId: String(id),
        language: language as 'nl' | null,
        state: 'submitted',
        requestedBy: req.user!.id as number,
        note,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    // What was returned to this person is dealt with once they submit anew.
    for (const request of requests)
      if (request.state === 'returned' && !request.settled && sameId(request.requestedBy, req.user?.id))
        await updateRequest(req, request, { settled: true })
    await audit('approval-requested', { language }, note ?? undefined)
    await notifyApproval(req, 'submitted', { ...created, requestedBy: req.user!.id })
    return
  }
  if (!open) refuse(req, 'notOpen', 409)
  if (args.step === 'withdraw') {
    if (!mine) refuse(req, 'notAllowed')
    await updateRequest(req, open, { state: 'withdrawn', settled: true })
    await recordAudit(req, { action: 'approval-withdrawn', collection: slug, documentId: String(id), language: open.language ?? null })
    return
  }
  // Returning and approving are for someone other than who submitted.
  if (mine) refuse(req, 'notAllowed')
  if (args.step === 'return') {
    const comment = args.comment?.trim().slice(0, 2000)
    if (!comment) refuse(req, 'commentMissing', 400)
    await updateRequest(req, open, {
      state: 'returned',
      decidedBy: req.user!.id,
      decidedAt: new Date().toISOString(),
      comment,
      settled: false,
    })
    await audit('approval-returned', open, comment)
    await notifyApproval(req, 'returned', open, comment)
    return
  }
  // Approving publishes what was submitted, as the approver: the publication guard (hooks.ts) lets it
  // through because the request is someone else's, and its follow-up marks the request approved.
  await req.payload.update({
    collection: slug as CollectionSlug,
    id,
    data: { _status: 'published' },
    draft: false,
    ...(open.language ? { locale: open.language as 'nl', publishSpecificLocale: open.language } : { locale: req.locale as 'nl' }),
    overrideAccess: false,
    user: req.user,
    depth: 0,
    req,
  })
}

/** Takes a step (or none) and answers with what the panel shows; a refused or failed step answers with its reason and status. */
export async function runApprovalStep(req: PayloadRequest, args: ApprovalArgs): Promise<{ view: ApprovalView; status: number }> {
  const { collectionSlug: slug, id } = args
  if (!isApprovable(slug) || id === undefined || id === null || id === '') refuse(req, 'notAllowed', 404)
  if (!args.step) {
    await itemOf(req, slug, id)
    return { view: await view(req, slug, id), status: 200 }
  }
  const shouldCommit = await initTransaction(req)
  try {
    await takeStep(req, slug, id, args)
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    const status = error instanceof APIError ? error.status : 500
    if (status >= 500) req.payload.logger.error({ err: error, msg: 'an approval step failed' })
    const message = error instanceof Error ? error.message : String(error)
    return { view: { ...(await view(req, slug, id)), error: message }, status }
  }
  return { view: await view(req, slug, id), status: 200 }
}

export const approvalFunction: ServerFunction<ApprovalArgs, Promise<ApprovalView>> = async ({ req, ...args }) => {
  await canAccessAdmin({ req })
  return (await runApprovalStep(req, args)).view
}
