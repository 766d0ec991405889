/**
 * CSV as RFC 4180 writes it: a header row, CRLF between records, a field quoted when it holds a
 * comma, a quote, CR or LF (quotes doubled inside). UTF-8 without a byte order mark.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some with a tab or CR) as a
 * formula, so text that starts with one of them gets a leading apostrophe, which spreadsheets
 * hide and treat as "this is text". Only text cells are guarded: a number is written as a number
 * (`-2.5` stays a negative number a spreadsheet can add up), because the cell's type comes from the
 * dataset's schema, not from guessing at the characters.
 */
export type Cell = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** A text cell made safe to open in a spreadsheet. */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One field as it is written: numbers plain, booleans `true`/`false`, nothing as an empty field. */
export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return guardText(value)
}

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map((name) => quote(name)).join(',')]
  for (const row of rows) lines.push(row.map((cell) => quote(formatCell(cell))).join(','))
  return `${lines.join('\r\n')}\r\n`
}
