/**
 * Where each language of a translated item stands, worked out from what the server records on
 * every save: when each localized text field last changed in each language, whether a translator
 * marked a language ready for review, and what is published. Dutch is the source language: a
 * translation is outdated when a field's Dutch text changed after that field's translation.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/site/routes'

export const SOURCE_LANGUAGE: Locale = DEFAULT_LOCALE

/** A language's state, as lists and the edit screen show it, in this order of precedence. */
export const LANGUAGE_STATES = ['missing', 'outdated', 'ready', 'live', 'draft'] as const
export type LanguageState = (typeof LANGUAGE_STATES)[number]

export interface LanguageRecord {
  /** Localized text field path → when its text in this language last changed (ISO). */
  changed: Record<string, string>
  ready?: boolean
  readyAt?: string
  /** Published, its latest text online (as far as the server saw the saves). */
  live?: boolean
  state?: LanguageState
  /** Fields whose source text changed after their translation (outdated languages only). */
  outdatedFields?: string[]
}

/** The stored record: one entry per language. */
export type TranslationRecord = Partial<Record<Locale, LanguageRecord>>

export interface LanguageFacts {
  /** The item has its title in this language. */
  hasText: boolean
  /** This language is published and its published text is the latest. */
  live: boolean
}

const later = (a: string | undefined, b: string | undefined) => a !== undefined && (b === undefined || Date.parse(a) > Date.parse(b))

/** The fields of a language whose source text changed after them (only fields the language has text for). */
export function outdatedFields(record: TranslationRecord, language: Locale, hasField: (path: string) => boolean): string[] {
  if (language === SOURCE_LANGUAGE) return []
  const source = record[SOURCE_LANGUAGE]?.changed ?? {}
  const own = record[language]?.changed ?? {}
  return Object.keys(source).filter((path) => hasField(path) && later(source[path], own[path]))
}

export function stateOf(record: LanguageRecord | undefined, facts: LanguageFacts, outdated: readonly string[]): LanguageState {
  if (!facts.hasText) return 'missing'
  if (outdated.length > 0) return 'outdated'
  if (record?.ready) return 'ready'
  return facts.live ? 'live' : 'draft'
}

/** The record with each language's state filled in, and the languages in each state that lists filter on. */
export function withStates(
  record: TranslationRecord,
  facts: Record<Locale, LanguageFacts>,
  hasField: (language: Locale, path: string) => boolean,
): { record: TranslationRecord; readyIn: Locale[]; outdatedIn: Locale[]; waitingIn: Locale[] } {
  const next: TranslationRecord = {}
  for (const language of LOCALES) {
    const own = record[language] ?? { changed: {} }
    const outdated = facts[language].hasText ? outdatedFields(record, language, (path) => hasField(language, path)) : []
    const state = stateOf(own, facts[language], outdated)
    next[language] = { ...own, state, outdatedFields: outdated.length > 0 ? outdated : undefined }
  }
  const inState = (...states: LanguageState[]) => LOCALES.filter((language) => states.includes(next[language]!.state!))
  return {
    record: next,
    readyIn: inState('ready'),
    outdatedIn: inState('outdated'),
    waitingIn: inState('missing', 'outdated').filter((language) => language !== SOURCE_LANGUAGE),
  }
}

/** How lists store a set of languages, so that `contains` finds one: "fr en", or null for none. */
export const languageList = (languages: readonly Locale[]): string | null => (languages.length > 0 ? languages.join(' ') : null)
