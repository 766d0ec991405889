/**
 * `POST /api/approval-requests/step`: the approval steps over REST, for those who work through the
 * API as the admin's panel does through its server function. The body is JSON:
 * `{ collection, id, step?, language?, note?, comment? }`; the answer is what the panel shows, or
 * the refusal with its status.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { approvalMessages } from './messages'
import { type ApprovalArgs, type ApprovalStep, runApprovalStep } from './steps'

const STEPS: readonly ApprovalStep[] = ['submit', 'withdraw', 'return', 'approve']

const optionalText = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string'

async function bodyOf(req: PayloadRequest): Promise<ApprovalArgs | undefined> {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
  if (!body || typeof body !== 'object') return undefined
  const { collection, id, step, language, note, comment } = body as Record<string, unknown>
  if (typeof collection !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return undefined
  if (step !== undefined && !STEPS.includes(step as ApprovalStep)) return undefined
  if (!optionalText(language) || !optionalText(note) || !optionalText(comment)) return undefined
  return { collectionSlug: collection, id, step: step as ApprovalStep | undefined, language, note, comment }
}

export const approvalStepEndpoint: Endpoint = {
  path: '/step',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: say(req, approvalMessages, 'notAllowed') }] }, { status: 401 })
    const args = await bodyOf(req)
    if (!args) return Response.json({ errors: [{ message: say(req, approvalMessages, 'badRequest') }] }, { status: 400 })
    const { view, status } = await runApprovalStep(req, args)
    if (view.error) return Response.json({ errors: [{ message: view.error }], approval: { ...view, error: undefined } }, { status })
    return Response.json({ approval: view }, { status })
  },
}
