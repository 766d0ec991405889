/**
 * Payload's own interface strings that its Dutch or French leaves in English, gets wrong or words
 * awkwardly, overridden through `i18n.translations` (keys as in @payloadcms/translations). Only the
 * keys named here change; Payload's translation is kept for every other.
 */
import type { Config } from 'payload'

type Overrides = NonNullable<NonNullable<Config['i18n']>['translations']>

export const payloadTranslations = {
  nl: {
    fields: {
      // Was "Nieuw(e) {{label}} toevoegen".
      addNewLabel: '{{label}} toevoegen',
    },
    upload: {
      bulkUpload: 'Meerdere bestanden opladen',
    },
    version: {
      aboutToUnpublishSelection: 'U staat op het punt alle geselecteerde {{label}} offline te halen. Weet u het zeker?',
    },
  },
  fr: {
    fields: {
      // Was "Ajouter nouveau ou nouvelle {{label}}".
      addNewLabel: 'Ajouter : {{label}}',
    },
    upload: {
      // Was "Téléchargement en masse", which reads as a download.
      bulkUpload: 'Téléverser plusieurs fichiers',
    },
  },
  en: {
    upload: {
      bulkUpload: 'Upload several files',
    },
  },
} satisfies Overrides
