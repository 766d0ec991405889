/**
 * The back office in the staff member's language (nl/fr/en), as pieces of the Payload config that
 * src/payload.config.ts puts in place: dates and times (dates.ts, date-fields.ts), Payload's own
 * strings (payload-translations.ts), collection and field names as strings (labels.ts), the
 * English-only names of Payload's building blocks (english-only.ts, admin/SayInAdminLanguage.tsx) and
 * one toast per save (admin/OneToastPerSave.tsx). Role names live in role-names.ts, used by the Users collection.
 */
import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { withHouseDates } from './date-fields'
import { collectionInAdminLanguage, globalInAdminLanguage } from './labels'
import { payloadTranslations } from './payload-translations'

export { adminDates } from './dates'

/** `i18n.translations`: Payload's strings, corrected where its Dutch or French falls short. */
export const adminTranslations = payloadTranslations

/** `admin.components.providers`: what runs in every admin screen. */
export const languageProviders: NonNullable<NonNullable<Config['admin']>['components']>['providers'] = [
  '/back-office/language/admin/OneToastPerSave#OneToastPerSave',
  '/back-office/language/admin/SayInAdminLanguage#SayInAdminLanguage',
]

/** Collections with their dates and names set up for the admin's language. */
export function inAdminLanguage(collections: readonly CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => collectionInAdminLanguage({ ...collection, fields: withHouseDates(collection.fields) }))
}

/** Globals with their dates and field names set up. */
export function globalsInAdminLanguage(globals: readonly GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => globalInAdminLanguage({ ...global, fields: withHouseDates(global.fields) }))
}
