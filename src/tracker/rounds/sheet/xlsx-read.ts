/**
 * Reads the round's spreadsheet back from an XLSX file: the workbook's first sheet, each cell as the
 * text a spreadsheet shows for its value. The file is unpacked in memory with a bound (see unzip.ts)
 * and its XML read by a SAX parser, a row at a time, so a file with too many rows is refused without
 * holding them all. A file with formulas is refused with their cells named: the import takes values,
 * not what a formula made of them.
 *
 * exceljs writes the file (xlsx-file.ts) but does not read it: its streaming reader sometimes loses
 * the entries after a worksheet (one read in several hundred) and unpacks the worksheet to a
 * temporary file before counting its rows, which an archive that unpacks to gigabytes fills.
 */
import { SaxesParser } from 'saxes'
import { columnIndex, columnLetter } from './columns'
import { type FileProblem, MAX_DATA_ROWS, type ReadResult, type SheetRow, tooManyRows } from './table'
import { openZip, type ZipArchive, ZipProblem } from './unzip'

/**
 * All the XML read from one file may unpack to this. A full round (5,000 rows, long texts) is about
 * 15 MB; every megabyte more is held as text while the file is read, and collecting it pauses the
 * server (measured: 54 MB of shared strings, pauses of up to 300 ms).
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void
  text?(text: string): void
  close?(name: string): void
}

class Stop extends Error {}

const MALFORMED: FileProblem = { status: 400, message: 'malformedXlsx' }

/**
 * Walks a part's XML, names without their namespace prefix (`x:c` is `c`); a handler throws Stop to
 * end early. It gives way to other requests between chunks: a large part takes a second or more.
 */
async function walkXml(bytes: Buffer, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false })
  const local = (name: string) => name.slice(name.indexOf(':') + 1)
  parser.on('opentag', (tag) => handlers.open?.(local(tag.name), tag.attributes))
  parser.on('closetag', (tag) => handlers.close?.(local(tag.name)))
  if (handlers.text) {
    parser.on('text', handlers.text)
    parser.on('cdata', handlers.text)
  }
  let problem: Error | undefined
  parser.on('error', (error) => {
    problem ??= error
  })
  // Decoded a chunk at a time too (a byte order mark dropped): decoding 50 MB at once takes a quarter of a second.
  const decoder = new TextDecoder('utf-8')
  const step = 64 * 1024
  for (let at = 0; at < bytes.length && !problem; at += step) {
    parser.write(decoder.decode(bytes.subarray(at, at + step), { stream: true }))
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (!problem) parser.write(decoder.decode()).close()
  if (problem) throw problem
}

interface Relationship {
  type: string
  target: string
}

/** A part's relationships (`dir/_rels/name.rels`), by id; targets resolved against the part's folder. */
async function relationshipsOf(archive: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1)
  const bytes = await archive.read(`${folder}_rels/${part.slice(folder.length)}.rels`)
  const relationships = new Map<string, Relationship>()
  if (!bytes) return relationships
  await walkXml(bytes, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return
      const target = attributes.Target ?? ''
      const path = target.startsWith('/') ? target.slice(1) : resolvePath(folder, target)
      relationships.set(attributes.Id ?? '', { type: attributes.Type ?? '', target: path })
    },
  })
  return relationships
}

function resolvePath(folder: string, target: string): string {
  const parts = folder.split('/').filter(Boolean)
  for (const part of target.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/')
}

const typed = (relationships: Map<string, Relationship>, type: string) =>
  [...relationships.values()].find((relationship) => relationship.type.endsWith(`/${type}`))?.target

/** The shared strings table: text of each `si`, rich text runs joined, phonetic guides left out. */
async function sharedStringsOf(bytes: Buffer | undefined): Promise<string[]> {
  const strings: string[] = []
  if (!bytes) return strings
  let current: string | undefined
  let inText = false
  let phonetic = 0
  await walkXml(bytes, {
    open(name) {
      if (name === 'si') current = ''
      else if (name === 'rPh') phonetic += 1
      else if (name === 't') inText = true
    },
    text(text) {
      if (current !== undefined && inText && phonetic === 0) current += text
    },
    close(name) {
      if (name === 'si') {
        strings.push(current ?? '')
        current = undefined
      } else if (name === 'rPh') phonetic -= 1
      else if (name === 't') inText = false
    },
  })
  return strings
}

const COLUMN = /^([A-Z]{1,3})(\d+)$/

/** What a spreadsheet shows for a stored value of a type (`t`): numbers as numbers, booleans as words. */
function shownValue(type: string, value: string, inline: string, shared: readonly string[]): string {
  switch (type) {
    case 's': {
      const text = shared[Number(value)]
      if (value === '' || text === undefined) throw new Error(`no shared string ${value}`)
      return text
    }
    case 'inlineStr':
      return inline
    case 'b':
      return value === '' ? '' : String(value === '1' || value === 'true')
    case 'd':
      return value.slice(0, 10)
    case 'str':
    case 'e':
      return value
    default: {
      const number = Number(value)
      return value.trim() === '' ? '' : Number.isFinite(number) ? String(number) : value
    }
  }
}

/** The first sheet's rows as text, or why the file cannot be taken. */
export async function readSheetXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const rows: SheetRow[] = []
  const formulas: string[] = []
  try {
    const archive = openZip(bytes, MAX_UNPACKED_BYTES)
    const workbook = typed(await relationshipsOf(archive, ''), 'officeDocument')
    const workbookXml = workbook && (await archive.read(workbook))
    if (!workbook || !workbookXml) return { ok: false, problem: MALFORMED }
    let firstSheet: string | undefined
    await walkXml(workbookXml, {
      open(name, attributes) {
        if (name !== 'sheet' || firstSheet !== undefined) return
        firstSheet = Object.entries(attributes).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1]
      },
    })
    const relationships = await relationshipsOf(archive, workbook)
    const sheet = firstSheet === undefined ? undefined : relationships.get(firstSheet)?.target
    const sheetXml = sheet && (await archive.read(sheet))
    if (!sheetXml) return { ok: false, problem: MALFORMED }
    const sharedPart = typed(relationships, 'sharedStrings')
    const shared = await sharedStringsOf(sharedPart ? await archive.read(sharedPart) : undefined)

    let row: SheetRow | undefined
    // `column` counts from 0, as columnLetter and a row's cells do.
    let cell: { column: number; type: string; value: string; inline: string } | undefined
    let reading: 'v' | 't' | undefined
    let phonetic = 0
    await walkXml(sheetXml, {
      open(name, attributes) {
        if (name === 'row') {
          const number = attributes.r ? Number(attributes.r) : (rows.at(-1)?.number ?? 0) + 1
          if (!Number.isSafeInteger(number) || number < 1) throw new Error(`row ${attributes.r}`)
          if (rows.length >= MAX_DATA_ROWS + 2) throw new Stop()
          row = { number, cells: [] }
        } else if (name === 'c' && row) {
          const reference = attributes.r ? COLUMN.exec(attributes.r) : null
          const column = reference ? columnIndex(reference[1]!) : row.cells.length
          cell = { column, type: attributes.t ?? 'n', value: '', inline: '' }
        } else if (name === 'f' && cell && row) formulas.push(`${columnLetter(cell.column)}${row.number}`)
        else if (name === 'v' && cell) reading = 'v'
        else if (name === 't' && cell) reading = 't'
        else if (name === 'rPh') phonetic += 1
      },
      text(text) {
        if (reading === 'v') cell!.value += text
        else if (reading === 't' && phonetic === 0) cell!.inline += text
      },
      close(name) {
        if (name === 'v' || name === 't') reading = undefined
        else if (name === 'rPh') phonetic -= 1
        else if (name === 'c' && cell && row) {
          row.cells[cell.column] = shownValue(cell.type, cell.value, cell.inline, shared)
          cell = undefined
        } else if (name === 'row' && row) {
          rows.push({ number: row.number, cells: Array.from(row.cells, (text) => text ?? '') })
          row = undefined
        }
      },
    })
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: tooManyRows() }
    if (error instanceof ZipProblem && error.kind === 'too-large') {
      return { ok: false, problem: { status: 413, message: 'unpackedTooLarge', vars: { limit: `${MAX_UNPACKED_BYTES / 1024 / 1024} MB` } } }
    }
    return { ok: false, problem: MALFORMED }
  }
  if (formulas.length > 0) {
    const shown = formulas.slice(0, 10).join(', ') + (formulas.length > 10 ? ', …' : '')
    return { ok: false, problem: { status: 422, message: 'formulas', vars: { cells: shown } } }
  }
  if (rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) return { ok: false, problem: { status: 400, message: 'empty' } }
  return { ok: true, rows }
}
