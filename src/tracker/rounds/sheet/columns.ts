/**
 * The round's spreadsheet, column by column: a stable key (row 2 of every file, whatever its
 * language, so any language's file re-imports) and the header people read (row 1, in the
 * downloader's language). The identity columns say which report a row is; the columns to fill
 * are the ones a partner fills in a progress report (status, percent, account). The rest is there
 * to read and is ignored on the way back.
 */
import { LOCALES, type Locale } from '@/site/routes'
import type { SheetMessage } from './messages'

export const ACCOUNT_KEYS: Record<Locale, string> = { nl: 'account_nl', fr: 'account_fr', en: 'account_en' }

export const READ_ONLY_KEYS = [
  'measure_code',
  'organisation',
  'measure_title',
  'state',
  'current_status',
  'current_percent',
  'current_period_end',
] as const

export const IDENTITY_KEYS = ['round_id', 'measure_id', 'organisation_id'] as const
export const FILLED_KEYS = ['status', 'percent'] as const

export type ColumnKey =
  | (typeof IDENTITY_KEYS)[number]
  | (typeof READ_ONLY_KEYS)[number]
  | (typeof FILLED_KEYS)[number]
  | (typeof ACCOUNT_KEYS)[Locale]

const HEADERS: Record<string, SheetMessage> = {
  round_id: 'headerRound',
  measure_id: 'headerMeasureId',
  measure_code: 'headerMeasureCode',
  organisation_id: 'headerOrganisationId',
  organisation: 'headerOrganisation',
  measure_title: 'headerTitle',
  state: 'headerState',
  current_status: 'headerCurrentStatus',
  current_percent: 'headerCurrentPercent',
  current_period_end: 'headerCurrentPeriodEnd',
  status: 'headerStatus',
  percent: 'headerPercent',
  account_nl: 'headerAccount',
  account_fr: 'headerAccount',
  account_en: 'headerAccount',
}

/** The columns of a file downloaded in this language, in order. */
export function columnsFor(language: Locale): ColumnKey[] {
  return [
    'round_id',
    'measure_id',
    'measure_code',
    'organisation_id',
    'organisation',
    'measure_title',
    'state',
    'current_status',
    'current_percent',
    'current_period_end',
    'status',
    'percent',
    ACCOUNT_KEYS[language],
  ]
}

/** Which message heads a column (the account's says its language). */
export const headerMessage = (key: string): SheetMessage | undefined => HEADERS[key]

export const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(HEADERS))

/** The account column's language, from its key. */
export function accountLanguage(keys: readonly string[]): Locale | undefined {
  return LOCALES.find((language) => keys.includes(ACCOUNT_KEYS[language]))
}

/** A column's letter as spreadsheets name it (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** The index of a column named by its letters (A → 0, AA → 26): the inverse of columnLetter. */
export function columnIndex(letters: string): number {
  let number = 0
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64)
  return number - 1
}
