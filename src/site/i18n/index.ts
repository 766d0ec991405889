import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/site/routes'
import { contactMessages } from '@/contact/messages'
import { documentsMessages } from '@/documents/messages'
import { feedbackMessages } from '@/feedback/messages'
import { alertMessages } from '@/follow/alerts/messages'
import { followMessages } from '@/follow/messages'
import { changesMessages } from '@/changes/messages'
import { searchCurationMessages, searchMessages } from '@/search/messages'
import { newsMessages } from '@/news/messages'
import { organisationMessages } from '@/organisation/messages'
import { servicesMessages } from '@/services/messages'
import { trackerMessages } from '@/tracker/messages'
import { lineageMessages } from '@/tracker/lineage/messages'
import { openDataMessages } from '@/tracker/open-data/messages'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'
import { fillPlaceholders } from './placeholders'

/**
 * Every interface string, per language: the shared site strings here, and one bundle per
 * capability (each defined with defineMessages in its own folder) spread in below.
 */
const MESSAGES = {
  nl: {
    ...nl,
    ...organisationMessages.nl,
    ...newsMessages.nl,
    ...servicesMessages.nl,
    ...contactMessages.nl,
    ...documentsMessages.nl,
    ...searchMessages.nl,
    ...searchCurationMessages.nl,
    ...trackerMessages.nl,
    ...openDataMessages.nl,
    ...lineageMessages.nl,
    ...feedbackMessages.nl,
    ...followMessages.nl,
    ...changesMessages.nl,
    ...alertMessages.nl,
  },
  fr: {
    ...fr,
    ...organisationMessages.fr,
    ...newsMessages.fr,
    ...servicesMessages.fr,
    ...contactMessages.fr,
    ...documentsMessages.fr,
    ...searchMessages.fr,
    ...searchCurationMessages.fr,
    ...trackerMessages.fr,
    ...openDataMessages.fr,
    ...lineageMessages.fr,
    ...feedbackMessages.fr,
    ...followMessages.fr,
    ...changesMessages.fr,
    ...alertMessages.fr,
  },
  en: {
    ...en,
    ...organisationMessages.en,
    ...newsMessages.en,
    ...servicesMessages.en,
    ...contactMessages.en,
    ...documentsMessages.en,
    ...searchMessages.en,
    ...searchCurationMessages.en,
    ...trackerMessages.en,
    ...openDataMessages.en,
    ...lineageMessages.en,
    ...feedbackMessages.en,
    ...followMessages.en,
    ...changesMessages.en,
    ...alertMessages.en,
  },
} satisfies Record<Locale, Record<string, string>>

export type Messages = (typeof MESSAGES)['nl']
export type MessageKey = keyof Messages

/** All strings of one language (tests compare the sets). */
export function messagesOf(locale: Locale): Messages {
  return MESSAGES[locale]
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export function translator(locale: Locale): Translate {
  const messages = MESSAGES[locale]
  return (key, vars) => fillPlaceholders(messages[key], vars)
}

/**
 * Intl formatters, each made once: building one costs far more than using it, and a page formats
 * dozens of dates and numbers.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>()

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => F): F {
  // Each key starts with the kind of formatter it names, so what it finds is of that kind.
  let made = formatters.get(key) as F | undefined
  if (!made) {
    made = make()
    formatters.set(key, made)
  }
  return made
}

/**
 * The Intl locale for a site language: Belgian Dutch and French; English as the EU institutions
 * write it (Intl's `en-BE` gives "55,9%" and "12.345,6", which English readers misread).
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : `${locale}-BE`
}

/** A number formatter for `locale`, made once per language and options. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return formatter(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocale(locale), options))
}

const languageNames = new Map<string, string>()

/** The name of `language` as written in `inLocale` (Intl knows the names; we don't keep a table). */
export function languageName(language: Locale, inLocale: Locale): string {
  // Nine names in all, asked for on every page (the language switch): ICU's lookup is kept, not repeated.
  const key = `${language} ${inLocale}`
  let name = languageNames.get(key)
  if (name === undefined) {
    name = formatter(`language ${inLocale}`, () => new Intl.DisplayNames([inLocale], { type: 'language' })).of(language) ?? language
    languageNames.set(key, name)
  }
  return name
}

/**
 * Dates as shown, kept once formatted: pages show the same instants over and over (an item's date,
 * its list's, today's), and each format with a time zone costs ICU a few microseconds, some 2 % of
 * a page rendered from the content store. The text depends on nothing but the instant and the
 * language. Bounded: emptied when full.
 */
const formattedDates = new Map<string, string>()
const MAX_FORMATTED_DATES = 4096

function rememberedDate(key: string, format: () => string): string {
  let text = formattedDates.get(key)
  if (text === undefined) {
    if (formattedDates.size >= MAX_FORMATTED_DATES) formattedDates.clear()
    text = format()
    formattedDates.set(key, text)
  }
  return text
}

export function formatDate(iso: string, locale: Locale): string {
  return rememberedDate(`${locale} ${iso}`, () =>
    formatter(
      `date ${locale}`,
      () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'Europe/Brussels' }),
    ).format(new Date(iso)),
  )
}

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day in Brussels (YYYY-MM-DD) of a stored instant: the day formatDate shows, for `<time datetime>` and open data. */
export function brusselsDay(iso: string): string {
  return rememberedDate(`day ${iso}`, () => {
    const time = new Date(iso)
    return Number.isNaN(time.getTime()) ? iso.slice(0, 10) : BRUSSELS_DAY.format(time)
  })
}

/** Compares names as a reader of `locale` expects (not by code point: "de Lijn" beside "De Post"). */
export function collator(locale: Locale): Intl.Collator {
  return collators[locale]
}
const collators = {
  nl: new Intl.Collator('nl-BE', { numeric: true }),
  fr: new Intl.Collator('fr-BE', { numeric: true }),
  en: new Intl.Collator('en-GB', { numeric: true }),
}

/** The plural category of `value` in `locale` (French counts 0 to 2 exclusive as one: "1,8 point"). */
export function pluralOf(value: number, locale: Locale): Intl.LDMLPluralRule {
  return plurals[locale].select(value)
}
const plurals = { nl: new Intl.PluralRules('nl-BE'), fr: new Intl.PluralRules('fr-BE'), en: new Intl.PluralRules('en-GB') }

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value)
}

/** Picks the visitor's language from Accept-Language (RFC 9110 quality values), else the default. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number.parseFloat(q.slice(2)) : 1
      return { language: tag.toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE
}

export { LOCALES }
export type { Locale }
