import type { PayloadRequest } from 'payload'
import { CLIENT_ADDRESS_HEADER } from '@/http/client-address'
import type { AuditAction, AuditOutcome } from './actions'

export interface AuditEvent {
  action: AuditAction
  outcome?: AuditOutcome
  /** Who acted, when not the request's user (a failed sign-in names the account it tried). */
  actor?: { id?: number | string | null; email?: string | null; roles?: readonly string[] | null } | null
  collection?: string
  documentId?: number | string | null
  language?: string | null
  /** A short, non-personal explanation (a role list, a reason code); never a citizen's data. */
  detail?: string
}

interface UserLike {
  id?: number | string
  email?: string | null
  roles?: readonly string[] | null
}

/** The client's address as the server saw it, for a Payload request. */
export function clientAddressOf(req: Pick<PayloadRequest, 'headers'> | undefined): string | undefined {
  return req?.headers?.get(CLIENT_ADDRESS_HEADER) ?? undefined
}

/**
 * Appends one event to the audit trail, inside the request's transaction when it has one (so the
 * event and the action it records are kept or dropped together). A failure is thrown, never
 * swallowed: an action that cannot be recorded does not pass silently.
 */
export async function recordAudit(req: PayloadRequest, event: AuditEvent): Promise<void> {
  const actor = (event.actor ?? (req.user as UserLike | null | undefined)) || undefined
  const actorId = actor?.id === undefined || actor?.id === null ? null : Number(actor.id)
  await req.payload.create({
    collection: 'audit-events',
    overrideAccess: true,
    req,
    data: {
      action: event.action,
      outcome: event.outcome ?? 'success',
      actor: Number.isFinite(actorId) ? actorId : null,
      actorEmail: actor?.email ?? null,
      roles: actor?.roles?.join(', ') ?? null,
      collection: event.collection ?? null,
      documentId: event.documentId === undefined || event.documentId === null ? null : String(event.documentId),
      language: event.language ?? null,
      address: clientAddressOf(req) ?? null,
      detail: event.detail ?? null,
    },
  })
}
