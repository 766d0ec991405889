/**
 * The round's spreadsheet for one person, in their language: a row per obligation they may send
 * (roundObligations), with stable ids, the measure's title, its state in the round, its current
 * (latest validated) values, and the cells to fill, prefilled with the report already written on
 * the round's period, so that the file sent back unchanged changes nothing.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { ReportingRound } from '@/payload-types'
import type { PartlyLocalized } from '@/site/i18n/localized'
import type { Locale } from '@/site/routes'
import type { Cell } from '../../open-data/csv'
import { OBLIGATION_LABELS } from '../obligation-state'
import { ACCOUNT_KEYS, type ColumnKey, columnsFor, headerMessage } from './columns'
import { sheetMessages } from './messages'
import { partnerNames, reportAccounts, type SheetScope } from './scope'
import { accountIn, statusLabel } from './values'

export interface SheetContent {
  header: string[]
  keys: ColumnKey[]
  rows: Cell[][]
}

const inLanguage = (text: PartlyLocalized, language: Locale): string => text[language] || text.nl || text.fr || text.en || ''

export async function sheetContent(
  payload: Payload,
  round: ReportingRound,
  scope: SheetScope,
  language: Locale,
  req: PayloadRequest,
): Promise<SheetContent> {
  const keys = columnsFor(language)
  const text = sheetMessages[language]
  const header = keys.map((key) => {
    const message = headerMessage(key)
    return message ? text[message] : key
  })
  const names = await partnerNames(
    payload,
    scope.own.map((row) => row.partner),
    language,
    req,
  )
  const accounts = await reportAccounts(
    payload,
    scope.own.flatMap((row) => (row.report ? [row.report.id] : [])),
    req,
  )
  const rows = scope.own.map((row): Cell[] => {
    const values: Record<ColumnKey, Cell> = {
      round_id: round.id,
      measure_id: row.measure.id,
      measure_code: row.measure.code,
      organisation_id: row.partner,
      organisation: names.get(row.partner) ?? `#${row.partner}`,
      measure_title: inLanguage(row.measure.title, language),
      state: OBLIGATION_LABELS[row.state][language],
      current_status: row.current ? statusLabel(row.current.status, language) : null,
      current_percent: row.current?.percent ?? null,
      current_period_end: row.current?.periodEnd ?? null,
      status: row.report ? statusLabel(row.report.status, language) : null,
      percent: row.report?.percent ?? null,
      account_nl: null,
      account_fr: null,
      account_en: null,
    }
    values[ACCOUNT_KEYS[language]] = row.report ? accountIn(accounts.get(row.report.id), language) : null
    return keys.map((key) => values[key])
  })
  return { header, keys, rows }
}

/** The file's name: the round, who it is for, the language. */
export const sheetFileName = (round: ReportingRound, language: Locale, extension: 'csv' | 'xlsx'): string =>
  `round-${round.id}-${language}.${extension}`
