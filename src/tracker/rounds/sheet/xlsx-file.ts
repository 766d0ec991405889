/**
 * The round's spreadsheet as an Excel workbook (exceljs): one sheet, the header in the reader's
 * language, the key row, then a row per obligation; text is written as text cells, which a
 * spreadsheet never runs as a formula. Read back with exceljs's streaming reader, a row at a time:
 * a file with too many rows is refused without holding them all, and a file with formulas is
 * refused with their cells named (the import takes values, not what a formula made of them).
 */
import { Readable } from 'node:stream'
import type { Cell as ExcelCell, CellValue, ValueType } from 'exceljs'
import type { Cell } from '../../open-data/csv'
import { MAX_DATA_ROWS, type ReadResult, type SheetRow, tooManyRows } from './table'

/**
 * exceljs, loaded on the first spreadsheet: it and its zip libraries hold about 7 MB of heap, which
 * a public-only instance (which never reads or writes one) should not carry.
 */
async function excel() {
  return (await import('exceljs')).default
}

export async function writeSheetXlsx(
  title: string,
  header: readonly string[],
  keys: readonly string[],
  rows: readonly (readonly Cell[])[],
): Promise<Buffer> {
  const ExcelJS = await excel()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Belfort'
  // Sheet names are at most 31 characters and refuse a few of them.
  const sheet = workbook.addWorksheet(title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Round', {
    views: [{ state: 'frozen', ySplit: 2 }],
  })
  sheet.addRow([...header]).font = { bold: true }
  sheet.addRow([...keys]).font = { italic: true, color: { argb: 'FF666666' } }
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)))
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(10, String(header[index] ?? '').length + 2))
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('text' in value && typeof value.text === 'string') return value.text
  if ('error' in value) return String(value.error)
  return ''
}

/** `formula` is exceljs's `ValueType.Formula`, passed in since exceljs loads late. */
const hasFormula = (cell: ExcelCell, formula: ValueType): boolean =>
  cell.type === formula || Boolean(cell.formula) || Boolean((cell as { sharedFormula?: string }).sharedFormula)

/** The first sheet's rows as text, or why the file cannot be taken. */
export async function readSheetXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const ExcelJS = await excel()
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  })
  const rows: SheetRow[] = []
  const formulas: string[] = []
  let count = 0
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        count += 1
        if (count > MAX_DATA_ROWS + 2) return { ok: false, problem: tooManyRows() }
        const cells: string[] = []
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          if (hasFormula(cell, ExcelJS.ValueType.Formula)) formulas.push(cell.address)
          cells[column - 1] = cellText(cell.value)
        })
        rows.push({ number: row.number, cells: Array.from(cells, (cell) => cell ?? '') })
      }
      // Only the first sheet is the round's.
      break
    }
  } catch {
    return { ok: false, problem: { status: 400, message: 'malformedXlsx' } }
  }
  if (formulas.length > 0) {
    const shown = formulas.slice(0, 10).join(', ') + (formulas.length > 10 ? ', …' : '')
    return { ok: false, problem: { status: 422, message: 'formulas', vars: { cells: shown } } }
  }
  if (rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) return { ok: false, problem: { status: 400, message: 'empty' } }
  return { ok: true, rows }
}
