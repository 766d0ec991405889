/** How account events reach the audit trail when the request's own work is about to be undone. */
import type { PayloadRequest } from 'payload'
import { type AuditEvent, recordAudit } from '@/audit/record'

/**
 * Records an event in a transaction of its own: a refusal or a failure is followed by an error
 * that rolls the request's transaction back, and its record must stay. The record goes through a
 * new request that shares only who asked, from where and in which language: through Payload's
 * `isolateObjectProperty` copy of the request, the record's transaction took the request's own
 * place, which was then never committed and kept its connection out of PostgreSQL's pool.
 */
export async function recordAuditThatOutlivesTheRequest(req: PayloadRequest, event: AuditEvent): Promise<void> {
  const alone: Partial<PayloadRequest> = {
    payload: req.payload,
    headers: req.headers,
    user: req.user,
    i18n: req.i18n,
    t: req.t,
    context: {},
  }
  await recordAudit(alone as PayloadRequest, event)
}

/** The account an event is about, as the audit trail names it. */
export function auditActor(
  user: { id?: number | string; email?: string | null; roles?: readonly string[] | null } | null | undefined,
  email?: string,
) {
  return user ? { id: user.id, email: user.email ?? email ?? null, roles: user.roles ?? null } : { email: email ?? null }
}
