/**
 * The round's spreadsheet as CSV: UTF-8 with a byte order mark (so Excel opens it as UTF-8), text
 * that starts like a formula guarded (open-data/csv.ts), and read back with csv-parse, a record at
 * a time so a file with too many rows is refused without holding them all. Excel in Belgium saves
 * CSV with semicolons and, in older versions, in Windows-1252: both are read.
 */
import { CsvError, parse } from 'csv-parse'
import { type Cell, toCsv } from '../../open-data/csv'
import { type ReadResult, MAX_DATA_ROWS, type SheetRow, tooManyRows, unguardText } from './table'

const BOM = '\uFEFF'

export function writeSheetCsv(header: readonly string[], keys: readonly string[], rows: readonly (readonly Cell[])[]): Buffer {
  // The key row is written as a data row so it is quoted and guarded like one.
  return Buffer.from(BOM + toCsv(header, [keys, ...rows]), 'utf8')
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Semicolons when the first line has more of them than commas (outside quotes, roughly). */
function delimiterOf(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '')
  const count = (char: string) => firstLine.split(char).length - 1
  return count(';') > count(',') ? ';' : ','
}

export async function readSheetCsv(bytes: Uint8Array): Promise<ReadResult> {
  const text = decode(bytes).replace(/^\uFEFF/, '')
  if (text.trim() === '') return { ok: false, problem: { status: 400, message: 'empty' } }
  const parser = parse({ delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, info: true })
  const rows: SheetRow[] = []
  let number = 0
  const reading = (async () => {
    for await (const { record } of parser as AsyncIterable<{ record: string[] }>) {
      number += 1
      if (number > MAX_DATA_ROWS + 2) {
        parser.destroy()
        return false
      }
      rows.push({ number, cells: record.map(unguardText) })
    }
    return true
  })()
  parser.end(text)
  try {
    if (!(await reading)) return { ok: false, problem: tooManyRows() }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = typeof error.lines === 'number' ? error.lines : number + 1
    const reason = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'quoteNotClosed' : 'csvBroken'
    return { ok: false, problem: { status: 400, message: 'malformedCsv', vars: { line, reason } } }
  }
  return { ok: true, rows }
}
