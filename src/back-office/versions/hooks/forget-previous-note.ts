/**
 * A note belongs to the save that sent it: a write that sends none (a scheduled publication, an
 * API write of other fields) stores none, rather than carrying the previous save's note into its
 * version. Only the operation's arguments still tell what was sent; field hooks see it merged.
 */
import type { CollectionBeforeOperationHook } from 'payload'

export const forgetPreviousNote: CollectionBeforeOperationHook = ({ args, operation }) => {
  const data = (args as { data?: unknown }).data
  if ((operation === 'update' || operation === 'updateByID') && data && typeof data === 'object' && !('versionNote' in data)) {
    ;(data as Record<string, unknown>).versionNote = null
  }
  return args
}
