/**
 * On every save of a translated item: notes which localized text fields changed in the language
 * written (and when), keeps or clears "ready for review" for it, clears it for the languages a
 * publication puts online, and works out every language's state for lists and the dashboard.
 */
import type { CollectionBeforeChangeHook, SanitizedCollectionConfig } from 'payload'
import { keepingLocale } from '@/read-keeping-locale'
import { isLocale, LOCALES, type Locale } from '@/site/routes'
import { type LanguageFacts, languageList, type TranslationRecord, withStates } from '../state'
import { localizedTextFields, plainText } from '../text-fields'
import { hasLocalizedStatus } from '@/access/publication-intent'

type Data = Record<string, unknown>

const inLanguage = (value: unknown, language: Locale): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && language in (value as Data) ? (value as Data)[language] : undefined

/**
 * The languages a publication puts online, as Payload decides it: one language when it is published
 * on its own (or, where each language has its own status, unless all are asked for), else all.
 */
function publishedLanguages(collection: SanitizedCollectionConfig, query: Record<string, unknown>, written: Locale): Locale[] {
  if (typeof query.publishSpecificLocale === 'string') return [written]
  if (hasLocalizedStatus(collection.versions) && String(query.publishAllLocales) !== 'true') return [written]
  return [...LOCALES]
}

export const recordTranslationState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const language = req.locale
  if (!isLocale(language ?? undefined)) return data
  const written = language as Locale
  const id = (originalDoc as Data | undefined)?.id
  const stored: Data =
    operation === 'update' && id !== undefined
      ? ((await keepingLocale(req, () =>
          req.payload.findByID({
            collection: collection.slug,
            id: id as number | string,
            locale: 'all',
            draft: true,
            depth: 0,
            overrideAccess: true,
            req,
          }),
        )) as unknown as Data)
      : {}
  const record = structuredClone((stored.translation ?? {}) as TranslationRecord)
  const now = new Date().toISOString()
  for (const language of LOCALES) record[language] = { ...record[language], changed: { ...record[language]?.changed } }
  const own = record[written]!
  const fields = localizedTextFields(collection.fields)
  const textOf = (language: Locale, name: string) =>
    plainText(language === written && name in data ? data[name] : inLanguage(stored[name], language))
  for (const name of fields) {
    if (name in data && plainText(data[name]) !== plainText(inLanguage(stored[name], written))) own.changed[name] = now
  }
  if ('readyForReview' in data) {
    if (data.readyForReview && !own.ready) Object.assign(own, { ready: true, readyAt: now })
    if (!data.readyForReview) Object.assign(own, { ready: false, readyAt: undefined })
  }
  const published = data._status === 'published' ? publishedLanguages(collection, req.query ?? {}, written) : []
  for (const language of LOCALES) {
    const entry = record[language]!
    // Items saved before the workflow existed: their status says what is online.
    entry.live ??= (inLanguage(stored._status, language) ?? stored._status) === 'published'
    if (published.includes(language)) Object.assign(entry, { live: true, ready: false, readyAt: undefined })
    else if (language === written && data._status === 'draft') entry.live = false
  }
  const title = collection.admin?.useAsTitle ?? 'title'
  const facts = Object.fromEntries(
    LOCALES.map((language) => [language, { hasText: textOf(language, title) !== '', live: Boolean(record[language]?.live) }]),
  ) as Record<Locale, LanguageFacts>
  const states = withStates(record, facts, (language, name) => textOf(language, name) !== '')
  data.readyForReview = Boolean(states.record[written]?.ready)
  data.translation = states.record
  data.readyIn = languageList(states.readyIn)
  data.outdatedIn = languageList(states.outdatedIn)
  data.waitingIn = languageList(states.waitingIn)
  return data
}
