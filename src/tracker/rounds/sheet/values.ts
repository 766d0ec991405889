/**
 * The values a spreadsheet row fills, as the file writes them and as they are read back: the status
 * by its label in any of the three languages or by its code, the percentage with a dot or a comma.
 */
import { LOCALES, type Locale } from '@/site/routes'
import { MEASURE_STATUSES, type MeasureStatus } from '../../rollup'
import { STATUS_LABELS } from '../../collections/statuses'

export interface ReportValues {
  status: MeasureStatus
  percent: number
  account: string
}

export const ACCOUNT_MAX_LENGTH = 4000

export const statusLabel = (status: MeasureStatus, language: Locale): string => STATUS_LABELS[status][language]

const statusByText = new Map<string, MeasureStatus>(
  MEASURE_STATUSES.flatMap((status) => [
    [status, status] as const,
    ...LOCALES.map((language) => [STATUS_LABELS[status][language].toLocaleLowerCase(language), status] as const),
  ]),
)

export function readStatus(text: string): MeasureStatus | undefined {
  return statusByText.get(text.trim().toLowerCase())
}

export const statusOptions = (language: Locale): string => MEASURE_STATUSES.map((status) => statusLabel(status, language)).join(', ')

export function readPercent(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s*%$/, '').replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined
  const value = Number(trimmed)
  return value >= 0 && value <= 100 ? value : undefined
}

/**
 * A report's account as a file in this language shows it: in that language, or else in the one it
 * was written in, so that the file sent back unchanged changes nothing.
 */
export const accountIn = (texts: Partial<Record<Locale, string>> | undefined, language: Locale): string =>
  texts?.[language] || LOCALES.map((l) => texts?.[l]).find(Boolean) || ''

/** Two sets of values say the same (the account compared without its surrounding spaces). */
export const sameValues = (a: ReportValues, b: ReportValues): boolean =>
  a.status === b.status && a.percent === b.percent && a.account.trim() === b.account.trim()
