/**
 * The dry run: what an uploaded spreadsheet would do, row by row, against the round as it stands.
 * Each row is a report to create (submitted), a report to update (and submit), no change, or an
 * error with its row, column and reason. Nothing is written here; the plan is kept (RoundImports)
 * and written only when its uploader confirms (apply.ts).
 */
import type { ReportState } from '@/access/tracker'
import type { ReportingRound } from '@/payload-types'
import type { PartlyLocalized } from '@/site/i18n/localized'
import type { Locale } from '@/site/routes'
import type { Obligation } from '../obligations'
import { ACCOUNT_KEYS, accountLanguage, columnLetter, IDENTITY_KEYS, FILLED_KEYS, KNOWN_KEYS } from './columns'
import type { SheetMessage } from './messages'
import type { FileProblem, SheetRow } from './table'
import { ACCOUNT_MAX_LENGTH, accountIn, type ReportValues, readPercent, readStatus, sameValues } from './values'

export interface RowProblem {
  /** The spreadsheet's row number. */
  row: number
  /** The column's letter and key, when the problem is in one cell. */
  column?: { letter: string; key: string }
  message: SheetMessage
  vars?: Record<string, string | number>
}

export interface PlannedChange {
  row: number
  measure: { id: number; code: string; title: PartlyLocalized }
  partner: number
  /** The report on the round's period to update; none: a new one is created. */
  report: { id: number; workflow: ReportState } | null
  before: ReportValues | null
  after: ReportValues
}

export interface UnchangedRow {
  row: number
  measure: { id: number; code: string }
  partner: number
}

export interface ImportPlan {
  /** The language of the file's account column, which the accounts are written in. */
  language: Locale
  rowsRead: number
  changes: PlannedChange[]
  unchanged: UnchangedRow[]
  errors: RowProblem[]
}

export interface PlanInput {
  rows: SheetRow[]
  round: ReportingRound
  /** Every obligation of the round, and whether this person may send each. */
  all: Obligation[]
  mayTouch: (row: Obligation) => boolean
  isCell: boolean
  accounts: Map<number, PartlyLocalized>
}

const REQUIRED = [...IDENTITY_KEYS, ...FILLED_KEYS]

interface Header {
  index: Map<string, number>
  language: Locale
  /** Where the data starts (an index into the rows). */
  firstData: number
}

function readHeader(rows: SheetRow[]): Header | FileProblem {
  // The key row is row 2 of a downloaded file; a file with only the keys on top is taken too.
  const at = rows.slice(0, 2).findIndex((row) => row.cells.some((cell) => cell.trim().toLowerCase() === 'measure_id'))
  const cells = (at === -1 ? (rows[1] ?? rows[0])?.cells : rows[at]?.cells) ?? []
  const keys = cells.map((cell) => cell.trim().toLowerCase())
  const language = accountLanguage(keys)
  const missing = [...REQUIRED.filter((key) => !keys.includes(key)), ...(language ? [] : [ACCOUNT_KEYS.nl])]
  if (at === -1 || missing.length > 0)
    return { status: 422, message: 'headerMissing', vars: { missing: missing.join(', ') || 'measure_id' } }
  const index = new Map<string, number>()
  for (const [position, key] of keys.entries()) {
    if (key === '') continue
    if (!KNOWN_KEYS.has(key)) return { status: 422, message: 'headerUnknown', vars: { column: columnLetter(position), key } }
    if (index.has(key)) return { status: 422, message: 'headerTwice', vars: { key } }
    index.set(key, position)
  }
  return { index, language: language ?? 'nl', firstData: at + 1 }
}

const idOf = (text: string): number | undefined => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined)

export function planImport(input: PlanInput): ImportPlan | FileProblem {
  const header = readHeader(input.rows)
  if ('status' in header) return header
  const { index, language } = header
  const accountKey = ACCOUNT_KEYS[language]
  const cellOf = (row: SheetRow, key: string) => {
    const position = index.get(key)
    return position === undefined ? '' : (row.cells[position] ?? '')
  }
  const column = (key: string) => ({ letter: columnLetter(index.get(key) ?? 0), key })
  const plan: ImportPlan = { language, rowsRead: 0, changes: [], unchanged: [], errors: [] }
  const seen = new Map<string, number>()
  const obligations = new Map(input.all.map((row) => [`${row.measure.id}:${row.partner}`, row]))

  for (const row of input.rows.slice(header.firstData)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue
    plan.rowsRead += 1
    const problem = (key: string | undefined, message: SheetMessage, vars?: RowProblem['vars']) => {
      plan.errors.push({ row: row.number, ...(key ? { column: column(key) } : {}), message, ...(vars ? { vars } : {}) })
    }
    const roundId = idOf(cellOf(row, 'round_id'))
    if (roundId !== input.round.id) {
      problem('round_id', 'rowRound', { found: cellOf(row, 'round_id'), expected: input.round.id })
      continue
    }
    const measureId = idOf(cellOf(row, 'measure_id'))
    const partnerId = idOf(cellOf(row, 'organisation_id'))
    if (measureId === undefined) {
      problem('measure_id', 'rowBadId', { value: cellOf(row, 'measure_id') })
      continue
    }
    if (partnerId === undefined) {
      problem('organisation_id', 'rowBadId', { value: cellOf(row, 'organisation_id') })
      continue
    }
    const key = `${measureId}:${partnerId}`
    const obligation = obligations.get(key)
    if (!obligation) {
      problem('measure_id', 'rowUnknown', { measure: measureId, organisation: partnerId })
      continue
    }
    if (!input.mayTouch(obligation)) {
      problem('organisation_id', 'rowOtherOrganisation')
      continue
    }
    const first = seen.get(key)
    if (first !== undefined) {
      problem('measure_id', 'rowDuplicate', { first })
      continue
    }
    seen.set(key, row.number)

    const statusText = cellOf(row, 'status').trim()
    const percentText = cellOf(row, 'percent').trim()
    const account = cellOf(row, accountKey).trim()
    // A row left empty is a report not written yet: nothing to do.
    if (statusText === '' && percentText === '' && account === '') {
      plan.unchanged.push({ row: row.number, measure: { id: measureId, code: obligation.measure.code }, partner: partnerId })
      continue
    }
    const errorsBefore = plan.errors.length
    const status = readStatus(statusText)
    const percent = readPercent(percentText)
    if (statusText === '') problem('status', 'rowMissing')
    else if (status === undefined) problem('status', 'rowStatus', { value: statusText })
    if (percentText === '') problem('percent', 'rowMissing')
    else if (percent === undefined) problem('percent', 'rowPercent', { value: percentText })
    if (account === '') problem(accountKey, 'rowMissing')
    else if (account.length > ACCOUNT_MAX_LENGTH) problem(accountKey, 'rowTooLong', { max: ACCOUNT_MAX_LENGTH })
    if (plan.errors.length > errorsBefore || status === undefined || percent === undefined) continue

    const after: ReportValues = { status, percent, account }
    const report = obligation.report
    const before: ReportValues | null = report
      ? { status: report.status, percent: report.percent, account: accountIn(input.accounts.get(report.id), language) }
      : null
    if (before && sameValues(before, after)) {
      plan.unchanged.push({ row: row.number, measure: { id: measureId, code: obligation.measure.code }, partner: partnerId })
      continue
    }
    if (report?.workflow === 'validated') {
      problem(undefined, 'rowValidated')
      continue
    }
    // A partner changes a submitted report only once the cell sends it back (the role matrix).
    if (report?.workflow === 'submitted' && !input.isCell) {
      problem(undefined, 'rowAwaitingReview')
      continue
    }
    plan.changes.push({
      row: row.number,
      measure: obligation.measure,
      partner: partnerId,
      report: report ? { id: report.id, workflow: report.workflow } : null,
      before,
      after,
    })
  }
  return plan
}
