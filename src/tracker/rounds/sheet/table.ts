/**
 * What a spreadsheet reader gives the import: the file's rows as text cells, each with the number a
 * spreadsheet shows for it, or the one problem that makes the whole file unreadable (with the
 * HTTP status it answers). Both readers stop at the row limit instead of reading everything first.
 */
import type { SheetMessage } from './messages'

export interface SheetRow {
  /** The row's number as a spreadsheet shows it (1 is the first). */
  number: number
  cells: string[]
}

export interface FileProblem {
  status: number
  message: SheetMessage
  vars?: Record<string, string | number>
}

export type ReadResult = { ok: true; rows: SheetRow[] } | { ok: false; problem: FileProblem }

/** The largest file accepted: a round of several thousand measures fits many times over. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024

/** Data rows accepted in one file (the two header rows come on top). */
export const MAX_DATA_ROWS = 5000

export const tooManyRows = (): FileProblem => ({ status: 422, message: 'tooManyRows', vars: { max: MAX_DATA_ROWS } })

/** A spreadsheet's leading apostrophe marks text that merely starts like a formula (see open-data/csv.ts). */
export function unguardText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}
