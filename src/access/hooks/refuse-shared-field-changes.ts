/**
 * A translator changes the text of a language, nothing that every language shares: a write of
 * theirs that would change a shared field, wherever it sits, is refused (not quietly undone), with
 * a 400 naming each such field in their own language. It runs before the operation, on what was
 * sent: field-level access (shared-field-access.ts) would otherwise drop the change and save the rest.
 */
import {
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type TypedLocale,
  ValidationError,
} from 'payload'
import { keepingLocale } from '@/read-keeping-locale'
import { labelText } from '@/back-office/language/label-text'
import { languageOf, say } from '@/site/i18n/request-language'
import type { MatrixSlug } from '../matrix'
import { accessProblems } from '../messages'
import { maySetSharedFields } from '../shared-field-access'
import { sharedFieldChanges } from '../shared-field-changes'

type Data = Record<string, unknown>

/** The documents the update writes to, as they are now (the latest draft), in the language written. */
async function storedDocuments(req: PayloadRequest, collection: SanitizedCollectionConfig, args: Data): Promise<Data[]> {
  const written = typeof args.publishSpecificLocale === 'string' ? args.publishSpecificLocale : req.locale
  const locale = (written ?? undefined) as TypedLocale | undefined
  const common = { collection: collection.slug, locale, fallbackLocale: false, depth: 0, draft: true, overrideAccess: true, req } as const
  if (args.id !== undefined && args.id !== null) {
    const doc = await keepingLocale(req, () => req.payload.findByID({ ...common, id: args.id as number | string, disableErrors: true }))
    return doc ? [doc as unknown as Data] : []
  }
  if (!args.where) return []
  const { docs } = await keepingLocale(req, () => req.payload.find({ ...common, where: args.where as never, pagination: false }))
  return docs as unknown as Data[]
}

export const refuseSharedFieldChanges: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const { data, overrideAccess } = args as Data
  if (overrideAccess || !data || typeof data !== 'object') return args
  if (maySetSharedFields(req.user, collection.slug as MatrixSlug)) return args
  const stored = await storedDocuments(req, collection, args as Data)
  const changes = stored.flatMap((doc) => sharedFieldChanges(collection.fields, data as Data, doc))
  if (changes.length === 0) return args
  const language = languageOf(req)
  const unique = [...new Map(changes.map((change) => [change.path, change])).values()]
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: unique.map(({ path, label }) => ({
        path,
        message: say(req, accessProblems, 'sharedField', { field: labelText(label, language) ?? path }),
      })),
      req,
    },
    req.t,
  )
}
