/** Public URL shapes. Every public URL lives under its language, with segments in that language. */
export const LOCALES = ['nl', 'fr', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'nl'

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value)
}

/** Fixed sections whose first segment is translated by us, not by editors. */
export const SECTIONS = {
  missions: { nl: 'opdrachten', fr: 'missions', en: 'missions' },
  administrations: { nl: 'administraties', fr: 'administrations', en: 'administrations' },
  news: { nl: 'nieuws', fr: 'actualites', en: 'news' },
  services: { nl: 'diensten', fr: 'services', en: 'services' },
  contact: { nl: 'contact', fr: 'contact', en: 'contact' },
  documents: { nl: 'documenten', fr: 'documents', en: 'documents' },
  lookBack: { nl: 'terugblik', fr: 'retrospective', en: 'look-back' },
  search: { nl: 'zoeken', fr: 'recherche', en: 'search' },
  tracker: { nl: 'opvolging', fr: 'suivi', en: 'follow-up' },
} as const satisfies Record<string, Record<Locale, string>>
export type Section = keyof typeof SECTIONS

export function sectionFromSegment(locale: Locale, segment: string): Section | undefined {
  return (Object.keys(SECTIONS) as Section[]).find((s) => SECTIONS[s][locale] === segment)
}

export const homePath = (locale: Locale): string => `/${locale}/`
export const sectionPath = (section: Section, locale: Locale): string => `/${locale}/${SECTIONS[section][locale]}`
export const pagePath = (slug: string, locale: Locale): string => `/${locale}/${slug}`
export const administrationPath = (slug: string, locale: Locale): string => `${sectionPath('administrations', locale)}/${slug}`
export const newsPath = (slug: string, locale: Locale): string => `${sectionPath('news', locale)}/${slug}`
export const servicePath = (slug: string, locale: Locale): string => `${sectionPath('services', locale)}/${slug}`
/** The services of one theme or audience: the index filtered by the term's slug in that language. */
export const serviceListPath = (filter: 'theme' | 'audience', termSlug: string, locale: Locale): string =>
  `${sectionPath('services', locale)}?${filter}=${encodeURIComponent(termSlug)}`
export const documentPath = (slug: string, locale: Locale): string => `${sectionPath('documents', locale)}/${slug}`
/** A document's PDF in one language; `?download=1` asks the browser to save it. */
export const documentFilePath = (slug: string, fileLanguage: Locale, locale: Locale): string =>
  `${documentPath(slug, locale)}/${fileLanguage}.pdf`
/** A document's "request it in another format" form, one segment below the document. */
export const FORMAT_REQUEST = { nl: 'ander-formaat', fr: 'autre-format', en: 'other-format' } as const satisfies Record<Locale, string>
export const formatRequestPath = (slug: string, locale: Locale): string => `${documentPath(slug, locale)}/${FORMAT_REQUEST[locale]}`
/**
 * The open data page: the tracker's datasets, their licence, the catalogue and the API, explained.
 * Not a section of SECTIONS: those are offered in the navigation's section list, a schema choice.
 */
export const OPEN_DATA = { nl: 'open-data', fr: 'donnees-ouvertes', en: 'open-data' } as const satisfies Record<Locale, string>
export const openDataPath = (locale: Locale): string => `/${locale}/${OPEN_DATA[locale]}`
/**
 * The slug of the editorial page that explains the strategy (seeded in every language), which the
 * follow-up and the look back link to; found by slug, so the links drop out if an editor removes it.
 */
export const STRATEGY_PAGE_SLUG = 'go4brussels-2030'
/** Where the contact form sends a visitor after their message is stored. */
export const CONTACT_SENT = { nl: 'verzonden', fr: 'envoye', en: 'sent' } as const satisfies Record<Locale, string>
export const contactSentPath = (locale: Locale): string => `${sectionPath('contact', locale)}/${CONTACT_SENT[locale]}`
/**
 * Where the "Is this page useful?" form on every page posts, and its two follow-up pages: the
 * optional comment after a "no", and the thanks. Not a section: nothing links to it as a list.
 */
export const FEEDBACK = { nl: 'feedback', fr: 'avis', en: 'feedback' } as const satisfies Record<Locale, string>
export const FEEDBACK_PARTS = {
  comment: { nl: 'opmerking', fr: 'commentaire', en: 'comment' },
  thanks: { nl: 'bedankt', fr: 'merci', en: 'thanks' },
} as const satisfies Record<string, Record<Locale, string>>
export type FeedbackPart = keyof typeof FEEDBACK_PARTS
export const feedbackPath = (locale: Locale): string => `/${locale}/${FEEDBACK[locale]}`
export const feedbackPartPath = (part: FeedbackPart, locale: Locale): string => `${feedbackPath(locale)}/${FEEDBACK_PARTS[part][locale]}`
/** The Atom feed of a language, or of one theme in it. */
export const feedPath = (locale: Locale, themeSlug?: string): string =>
  themeSlug ? `${sectionPath('news', locale)}/feed/${themeSlug}.xml` : `${sectionPath('news', locale)}/feed.xml`
/** The tracker's own lists, one segment below the tracker (plan items live under a version's year instead). */
export const TRACKER_PARTS = {
  indicators: { nl: 'indicatoren', fr: 'indicateurs', en: 'indicators' },
  summits: { nl: 'sociale-top', fr: 'sommet-social', en: 'social-summit' },
  partners: { nl: 'partners', fr: 'partenaires', en: 'partners' },
  administrations: { nl: 'administraties', fr: 'administrations', en: 'administrations' },
  measures: { nl: 'maatregelen', fr: 'mesures', en: 'measures' },
  corrections: { nl: 'correcties', fr: 'corrections', en: 'corrections' },
  changes: { nl: 'wijzigingen', fr: 'changements', en: 'changes' },
} as const satisfies Record<string, Record<Locale, string>>
export type TrackerPart = keyof typeof TRACKER_PARTS
export function trackerPartFromSegment(locale: Locale, segment: string): TrackerPart | undefined {
  return (Object.keys(TRACKER_PARTS) as TrackerPart[]).find((p) => TRACKER_PARTS[p][locale] === segment)
}
export const trackerPartPath = (part: TrackerPart, locale: Locale): string =>
  `${sectionPath('tracker', locale)}/${TRACKER_PARTS[part][locale]}`
/** A plan version's dashboard; item URLs carry the version's year so they stay valid when a newer version arrives. */
export const planVersionPath = (year: number, locale: Locale): string => `${sectionPath('tracker', locale)}/${year}`
export const planItemPath = (year: number, code: string, locale: Locale): string => `${planVersionPath(year, locale)}/${code}`
export const indicatorPath = (slug: string, locale: Locale): string => `${trackerPartPath('indicators', locale)}/${slug}`
export const summitPath = (year: number, locale: Locale): string => `${trackerPartPath('summits', locale)}/${year}`
export const partnerPath = (slug: string, locale: Locale): string => `${trackerPartPath('partners', locale)}/${slug}`
/** An administration's measures in the follow-up (its page about who it is lives under the administrations section). */
/** A plan version's public corrections list. */
export const correctionsPath = (year: number, locale: Locale): string => `${trackerPartPath('corrections', locale)}/${year}`
/** What changed from one plan version to the next (the years of both, so the address names the pair). */
export const changesPath = (from: number, to: number, locale: Locale): string => `${trackerPartPath('changes', locale)}/${from}-${to}`
export const trackerAdministrationPath = (slug: string, locale: Locale): string => `${trackerPartPath('administrations', locale)}/${slug}`
/**
 * "Follow by email": the subscribe form (`?subject=…` preselects what to follow) and its parts: the
 * page after a request, the confirmation, the one-click unsubscribe and the manage page (both
 * reached through signed links in emails), the personal data download and the "send me my link" form.
 */
export const FOLLOW = { nl: 'volgen', fr: 'suivre', en: 'follow' } as const satisfies Record<Locale, string>
export const FOLLOW_PARTS = {
  sent: { nl: 'verstuurd', fr: 'envoye', en: 'sent' },
  link: { nl: 'link', fr: 'lien', en: 'link' },
  confirm: { nl: 'bevestigen', fr: 'confirmer', en: 'confirm' },
  unsubscribe: { nl: 'uitschrijven', fr: 'desabonner', en: 'unsubscribe' },
  manage: { nl: 'beheren', fr: 'gerer', en: 'manage' },
  leave: { nl: 'alles-opzeggen', fr: 'tout-arreter', en: 'leave' },
  data: { nl: 'gegevens', fr: 'donnees', en: 'data' },
} as const satisfies Record<string, Record<Locale, string>>
export type FollowPart = keyof typeof FOLLOW_PARTS
export function followPartFromSegment(locale: Locale, segment: string): FollowPart | undefined {
  return (Object.keys(FOLLOW_PARTS) as FollowPart[]).find((p) => FOLLOW_PARTS[p][locale] === segment)
}
/** The follow form, with what to follow chosen when `subject` is given (a subject key, see follow/subjects.ts). */
export const followPath = (locale: Locale, subject?: string): string =>
  subject ? `/${locale}/${FOLLOW[locale]}?${new URLSearchParams({ subject })}` : `/${locale}/${FOLLOW[locale]}`
export const followPartPath = (part: FollowPart, locale: Locale): string => `/${locale}/${FOLLOW[locale]}/${FOLLOW_PARTS[part][locale]}`
