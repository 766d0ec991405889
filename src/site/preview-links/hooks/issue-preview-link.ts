/** Gives a new preview link its token and author, and stamps when and why a link ended. */
import type { CollectionBeforeChangeHook } from 'payload'
import { newPreviewToken } from '../token'

export const issuePreviewLink: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.token = newPreviewToken()
    data.uses = 0
    data.endReason = data.revoked ? 'revoked' : null
    data.endedAt = data.revoked ? new Date().toISOString() : null
    if (req.user && req.user.collection === 'users') data.createdBy = req.user.id
    return data
  }
  // The token and its document never change: a new link is a new record.
  data.token = originalDoc?.token
  data.document = originalDoc?.document
  data.language = originalDoc?.language
  data.createdBy = originalDoc?.createdBy
  if (data.revoked && !originalDoc?.revoked && !originalDoc?.endReason) {
    data.endReason = 'revoked'
    data.endedAt = new Date().toISOString()
  }
  return data
}
