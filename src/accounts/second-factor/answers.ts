/**
 * How the second factor's and the passkeys' endpoints answer: a refusal in the requester's
 * language with its message key as `code`, a completed sign-in with its cookie, a JSON body read
 * without trusting it, and the account's own audit events.
 */
import type { PayloadRequest } from 'payload'
import type { AuditAction, AuditOutcome } from '@/audit/actions'
import { recordAudit } from '@/audit/record'
import { say } from '@/site/i18n/request-language'
import { type AccountMessageKey, accountMessages } from '../messages'
import type { IssuedSession } from '../sessions/issue-session'
import type { StoredUser } from '../sessions/stored-user'

export function problem(
  req: PayloadRequest,
  status: number,
  key: AccountMessageKey,
  extra: Record<string, unknown> = {},
  vars?: Record<string, string | number>,
): Response {
  return Response.json({ errors: [{ message: say(req, accountMessages, key, vars), code: key }], ...extra }, { status })
}

export function issued(session: IssuedSession, body: Record<string, unknown> = {}): Response {
  return Response.json({ exp: session.exp, ...body }, { headers: { 'Set-Cookie': session.cookie } })
}

/** A JSON body as sent, or undefined when there is none or it is not JSON. */
export async function readJsonBody(req: PayloadRequest): Promise<unknown> {
  if (!(req.headers.get('content-type') ?? '').includes('application/json') || !req.json) return undefined
  try {
    return (await req.json()) as unknown
  } catch {
    return undefined
  }
}

/** The fields of a JSON or form body. */
export async function readFields(req: PayloadRequest): Promise<Record<string, string>> {
  const type = req.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const body = await readJsonBody(req)
      if (!body || typeof body !== 'object') return {}
      return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? value : '']))
    }
    if (type.includes('application/x-www-form-urlencoded') && req.text) return Object.fromEntries(new URLSearchParams(await req.text()))
  } catch {
    // an unreadable body has no fields
  }
  return {}
}

/** An event about the account itself, the account as its actor (the session may not have a user yet). */
export function auditAccount(
  req: PayloadRequest,
  user: StoredUser,
  action: AuditAction,
  outcome: AuditOutcome = 'success',
  detail?: string,
) {
  return recordAudit(req, {
    action,
    outcome,
    actor: { id: user.id, email: user.email, roles: user.roles },
    collection: 'users',
    documentId: user.id,
    detail,
  })
}
