/** Every save names who made it: the signed-in staff member (for a scheduled publication, whoever scheduled it). */
import type { CollectionBeforeChangeHook } from 'payload'

export const recordEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user?.collection === 'users') return { ...data, editedBy: req.user.id }
  return data
}
