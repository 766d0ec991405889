/** One audit record per password change and per email change, kept or dropped with the change itself. */
import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '@/audit/record'
import { changesPassword } from '../password-change'
import { normaliseEmail } from '../sign-in-attempt'

export const recordAccountChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const about = { collection: 'users', documentId: doc.id }
  if (changesPassword(req.context, doc.id)) await recordAudit(req, { action: 'password-changed', ...about })
  if (normaliseEmail(previousDoc?.email) !== normaliseEmail(doc.email)) await recordAudit(req, { action: 'email-changed', ...about })
  return doc
}
