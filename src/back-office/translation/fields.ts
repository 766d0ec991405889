/**
 * The fields the translation workflow adds to each translated content type: the box a translator
 * ticks when a language is ready for review, the record the server keeps of each language's state
 * (read by lists and the dashboard), and the column that shows it.
 */
import type { Field, SelectField } from 'payload'
import { SERVER_MAINTAINED } from '@/access/shared-field-access'
import { LOCALES } from '@/site/routes'
import { labelOf } from './labels'
import { languageKey } from './messages'
import type { TranslationRecord } from './state'

const ADMIN = '/back-office/translation/admin'

/** A set of languages the server keeps as "fr en" so that lists filter on it with `contains`. */
function languageSet(name: string): Field {
  return { name, type: 'text', index: true, custom: { [SERVER_MAINTAINED]: true }, admin: { hidden: true, disableListFilter: true } }
}

export const translationFields: Field[] = [
  {
    name: 'readyForReview',
    type: 'checkbox',
    // Per language, so a translator may tick it (the admin shows virtual fields read-only); what it
    // shows is read from the record below, which a publication clears.
    localized: true,
    label: labelOf('readyLabel'),
    admin: { position: 'sidebar', description: labelOf('readyDescription') },
    hooks: {
      afterRead: [
        ({ data, req }) => {
          const record = (data?.translation ?? {}) as TranslationRecord
          return Boolean(record[req.locale as keyof TranslationRecord]?.ready)
        },
      ],
    },
  },
  {
    name: 'translationStates',
    type: 'ui',
    label: labelOf('languages'),
    admin: {
      position: 'sidebar',
      components: { Field: `${ADMIN}/LanguageStates#LanguageStatesField`, Cell: `${ADMIN}/LanguageStates#LanguageStatesCell` },
    },
  },
  { name: 'translation', type: 'json', custom: { [SERVER_MAINTAINED]: true }, admin: { hidden: true } },
  languageSet('readyIn'),
  languageSet('outdatedIn'),
  languageSet('waitingIn'),
]

/** The working language on an account: the content language the editor opens in. */
export const workingLanguageField: SelectField = {
  name: 'workingLanguage',
  type: 'select',
  label: labelOf('workingLanguage'),
  options: LOCALES.map((language) => ({ value: language, label: labelOf(languageKey(language)) })),
  admin: { description: labelOf('workingLanguageDescription') },
}
