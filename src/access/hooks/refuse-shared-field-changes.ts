/**
 * A translator changes the text of a language, nothing that every language shares: a write of
 * theirs that would change a shared field, wherever it sits, is refused (not quietly undone), with
 * a 400 naming each such field in their own language.
 */
import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { languageOf, say } from '@/site/i18n/request-language'
import { grantedOnlyAs } from '../from-matrix'
import type { MatrixSlug } from '../matrix'
import { accessProblems } from '../messages'
import { sharedFieldChanges } from '../shared-field-changes'

/** A field's label in this language, whatever form the config gives it in. */
function labelIn(label: unknown, req: PayloadRequest, path: string): string {
  const language = languageOf(req)
  if (typeof label === 'string') return label
  // The admin's language code gives labels as functions of the language (src/back-office/language/labels.ts).
  if (typeof label === 'function') return String(label({ i18n: req.i18n, t: req.t }))
  if (label && typeof label === 'object') {
    const text = (label as Record<string, unknown>)[language]
    if (typeof text === 'string') return text
  }
  return path
}

export const refuseSharedFieldChanges: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  if (!grantedOnlyAs(req.user, collection.slug as MatrixSlug, 'update', 'localized-text')) return data
  const changes = sharedFieldChanges(collection.fields, data, originalDoc)
  if (changes.length === 0) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: changes.map(({ path, label }) => ({
        path,
        message: say(req, accessProblems, 'sharedField', { field: labelIn(label, req, path) }),
      })),
      req,
    },
    req.t,
  )
}
