/** How account events reach the audit trail when the request's own work is about to be undone. */
import { isolateObjectProperty, type PayloadRequest } from 'payload'
import { type AuditEvent, recordAudit } from '@/audit/record'

/**
 * Records an event in a transaction of its own: a refusal or a failure is followed by an error
 * that rolls the request's transaction back, and its record must stay.
 */
export async function recordAuditThatOutlivesTheRequest(req: PayloadRequest, event: AuditEvent): Promise<void> {
  const alone = isolateObjectProperty(req, 'transactionID')
  alone.transactionID = undefined
  await recordAudit(alone, event)
}

/** The account an event is about, as the audit trail names it. */
export function auditActor(
  user: { id?: number | string; email?: string | null; roles?: readonly string[] | null } | null | undefined,
  email?: string,
) {
  return user ? { id: user.id, email: user.email ?? email ?? null, roles: user.roles ?? null } : { email: email ?? null }
}
