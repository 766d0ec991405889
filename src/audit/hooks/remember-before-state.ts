/** Before a person's update, keeps how the documents it touches are stored, so record-changes.ts can tell what changed. */
import type { CollectionBeforeOperationHook, Where } from 'payload'
import { keepBeforeState } from '../stored-state'

export const rememberBeforeState: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'update' || overrideAccess || !req.user) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  await keepBeforeState(args, req, collection.slug, { id, where })
  return args
}
