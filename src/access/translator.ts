import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type Field, Forbidden } from 'payload'
import { isTranslatorOnly } from './roles'

/** Top-level fields that hold data but are the same in every language. */
function sharedFieldNames(fields: Field[]): string[] {
  return fields.flatMap((field) =>
    'name' in field && field.type !== 'ui' && !('localized' in field && field.localized) ? [field.name] : [],
  )
}

/**
 * Translators save drafts; an editor publishes. Creating, deleting and, where a collection has
 * drafts, any save that is not a draft are refused for them before anything is written.
 */
export const keepTranslatorsToDrafts: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!isTranslatorOnly(req.user)) return args
  if (operation === 'create' || operation === 'delete') throw new Forbidden(req.t)
  const hasDrafts = Boolean(collection.versions?.drafts)
  if (hasDrafts && (operation === 'update' || operation === 'updateByID')) {
    const data = (args as { data?: { _status?: string } }).data
    if (!(args as { draft?: boolean }).draft || data?._status === 'published') throw new Forbidden(req.t)
  }
  return args
}

/** Whatever a translator sends, fields that are not localized keep their stored value. */
export const keepTranslatorsToText: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (!isTranslatorOnly(req.user) || !originalDoc) return data
  for (const name of sharedFieldNames(collection.fields)) {
    if (name === 'id' || name === 'createdAt' || name === 'updatedAt' || name === '_status') continue
    if (name in originalDoc) data[name] = (originalDoc as Record<string, unknown>)[name]
  }
  return data
}

/** The hooks every translatable collection carries. */
export const translatorHooks = {
  beforeOperation: [keepTranslatorsToDrafts],
  beforeChange: [keepTranslatorsToText],
}
