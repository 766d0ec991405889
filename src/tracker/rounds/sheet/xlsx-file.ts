/**
 * The round's spreadsheet as an Excel workbook (exceljs): one sheet, the header in the reader's
 * language, the key row, then a row per obligation; text is written as text cells, which a
 * spreadsheet never runs as a formula. It is read back by xlsx-read.ts.
 */
import type { Cell } from '../../open-data/csv'

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
