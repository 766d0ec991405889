/**
 * The round trip's three steps as the endpoints and the tests call them, each answering an HTTP
 * status: download the round's spreadsheet, check an upload (the dry run, kept as a RoundImport),
 * confirm it (written all or nothing, by its uploader only, refused once the round has changed).
 */
import type { PayloadRequest } from 'payload'
import type { ReportingRound, RoundImport } from '@/payload-types'
import { relationId } from '@/relation-id'
import { languageOf } from '@/site/i18n/request-language'
import { applyPlan } from './apply'
import { readSheetCsv, writeSheetCsv } from './csv-file'
import { sheetContent, sheetFileName } from './export'
import { roundFingerprint } from './fingerprint'
import type { SheetMessage } from './messages'
import { type ImportPlan, planImport } from './plan'
import { reportAccounts, sheetScope } from './scope'
import { type FileProblem, MAX_FILE_BYTES, type ReadResult } from './table'
import { writeSheetXlsx } from './xlsx-file'
import { readSheetXlsx } from './xlsx-read'

export type SheetFormat = 'csv' | 'xlsx'

/** How long a dry run waits for its confirmation. */
export const IMPORT_LIFETIME_MS = 24 * 60 * 60 * 1000

export interface Refusal {
  status: number
  message: SheetMessage
  vars?: Record<string, string | number>
}

export type DownloadResult = { ok: true; body: Buffer; contentType: string; fileName: string } | ({ ok: false } & Refusal)

const CONTENT_TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

async function findRound(req: PayloadRequest, id: unknown): Promise<ReportingRound | null> {
  const number = Number(id)
  if (!Number.isInteger(number) || number <= 0) return null
  return req.payload.findByID({ collection: 'reporting-rounds', id: number, depth: 0, overrideAccess: true, req, disableErrors: true })
}

export async function downloadSheet(req: PayloadRequest, roundId: unknown, format: SheetFormat): Promise<DownloadResult> {
  if (!req.user) return { ok: false, status: 401, message: 'notAllowed' }
  const round = await findRound(req, roundId)
  if (!round) return { ok: false, status: 404, message: 'notFound' }
  const scope = await sheetScope(req.payload, round, req)
  if (!scope) return { ok: false, status: 403, message: 'notAllowed' }
  const language = languageOf(req)
  const content = await sheetContent(req.payload, round, scope, language, req)
  const body =
    format === 'csv'
      ? writeSheetCsv(content.header, content.keys, content.rows)
      : await writeSheetXlsx(round.label ?? `Round ${round.id}`, content.header, content.keys, content.rows)
  return { ok: true, body, contentType: CONTENT_TYPES[format], fileName: sheetFileName(round, language, format) }
}

export interface UploadedSheet {
  name: string
  bytes: Uint8Array
}

/** What the file is, from its first bytes and its name: an XLSX is a ZIP; a CSV is text. */
export function sheetFormatOf(file: UploadedSheet): SheetFormat | undefined {
  const zip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b && file.bytes[2] === 0x03 && file.bytes[3] === 0x04
  const extension = file.name.toLowerCase().split('.').pop()
  if (zip) return extension === 'xlsx' || extension === 'xlsm' ? 'xlsx' : undefined
  if (extension === 'xlsx' || extension === 'xlsm') return undefined
  // Text has no NUL bytes; a binary file (a PDF, an image, an old .xls) does.
  return file.bytes.subarray(0, 4096).includes(0) ? undefined : 'csv'
}

export function readSheet(file: UploadedSheet): Promise<ReadResult> | ReadResult {
  if (file.bytes.byteLength === 0) return { ok: false, problem: { status: 400, message: 'empty' } }
  if (file.bytes.byteLength > MAX_FILE_BYTES) return { ok: false, problem: tooLarge() }
  const format = sheetFormatOf(file)
  if (!format) return { ok: false, problem: { status: 415, message: 'wrongType' } }
  return format === 'csv' ? readSheetCsv(file.bytes) : readSheetXlsx(file.bytes)
}

export const tooLarge = (): FileProblem => ({ status: 413, message: 'tooLarge', vars: { limit: `${MAX_FILE_BYTES / 1024 / 1024} MB` } })

export interface CheckResult {
  status: number
  /** The kept dry run, shown on its page; none when nobody may see it. */
  importId?: number
  problem?: FileProblem
  plan?: ImportPlan
}

async function keep(req: PayloadRequest, round: ReportingRound, data: Partial<RoundImport>): Promise<number> {
  const now = Date.now()
  // Dry runs nobody confirmed go when the next one comes.
  await req.payload.delete({
    collection: 'round-imports',
    where: { expiresAt: { less_than: new Date(now).toISOString() } },
    overrideAccess: true,
    req,
  })
  const kept = await req.payload.create({
    collection: 'round-imports',
    data: {
      round: round.id,
      owner: Number(req.user?.id),
      expiresAt: new Date(now + IMPORT_LIFETIME_MS).toISOString(),
      ...data,
    } as RoundImport,
    overrideAccess: true,
    req,
  })
  return kept.id
}

/**
 * The dry run of an uploaded file (or of the problem found while receiving it, such as its size):
 * kept for its uploader, whatever its outcome, so the page that shows it can say what was wrong.
 */
export async function checkUpload(req: PayloadRequest, roundId: unknown, file: UploadedSheet | FileProblem): Promise<CheckResult> {
  if (!req.user) return { status: 401, problem: { status: 401, message: 'notAllowed' } }
  const round = await findRound(req, roundId)
  if (!round) return { status: 404, problem: { status: 404, message: 'notFound' } }
  const scope = await sheetScope(req.payload, round, req)
  if (!scope) return { status: 403, problem: { status: 403, message: 'notAllowed' } }
  const fileName = 'bytes' in file ? file.name.slice(0, 200) : undefined
  const refuse = async (problem: FileProblem): Promise<CheckResult> => ({
    status: problem.status,
    problem,
    importId: await keep(req, round, { state: 'refused', fileName, problem: problem as unknown as RoundImport['problem'] }),
  })
  if (round.state === 'closed') return refuse({ status: 409, message: 'roundClosed' })
  if (!('bytes' in file)) return refuse(file)
  const read = await readSheet(file)
  if (!read.ok) return refuse(read.problem)
  const accounts = await reportAccounts(
    req.payload,
    scope.own.flatMap((row) => (row.report ? [row.report.id] : [])),
    req,
  )
  const own = new Set(scope.own)
  const plan = planImport({ rows: read.rows, round, all: scope.all, mayTouch: (row) => own.has(row), isCell: scope.isCell, accounts })
  if ('status' in plan) return refuse(plan)
  const importId = await keep(req, round, {
    state: 'pending',
    fileName,
    fingerprint: roundFingerprint(round, scope.own, plan),
    plan: plan as unknown as RoundImport['plan'],
  })
  return { status: 200, importId, plan }
}

export interface ConfirmResult extends Refusal {
  written?: number
}

/** The kept dry run, for its owner only. */
export async function findImport(req: PayloadRequest, importId: unknown): Promise<RoundImport | Refusal> {
  const id = Number(importId)
  const found = Number.isInteger(id)
    ? await req.payload.findByID({ collection: 'round-imports', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    : null
  if (!found || new Date(found.expiresAt).getTime() < Date.now()) return { status: 404, message: 'expiredImport' }
  if (relationId(found.owner as number) !== Number(req.user?.id)) return { status: 403, message: 'notYours' }
  return found
}

export async function confirmImport(req: PayloadRequest, importId: unknown): Promise<ConfirmResult> {
  if (!req.user) return { status: 401, message: 'notAllowed' }
  const kept = await findImport(req, importId)
  if ('message' in kept) return kept
  const answer = async (result: ConfirmResult): Promise<ConfirmResult> => {
    await req.payload.update({
      collection: 'round-imports',
      id: kept.id,
      data: { outcome: result as unknown as RoundImport['outcome'], ...(result.status === 200 ? { state: 'applied' } : {}) },
      overrideAccess: true,
      req,
    })
    return result
  }
  if (kept.state === 'applied') return { status: 409, message: 'alreadyApplied' }
  const plan = kept.plan as unknown as ImportPlan | null
  if (kept.state !== 'pending' || !plan || plan.errors.length > 0) return answer({ status: 409, message: 'hasErrors' })
  const round = await findRound(req, relationId(kept.round as number))
  if (!round) return { status: 404, message: 'notFound' }
  if (round.state === 'closed') return answer({ status: 409, message: 'roundClosed' })
  const scope = await sheetScope(req.payload, round, req)
  if (!scope) return { status: 403, message: 'notAllowed' }
  if (roundFingerprint(round, scope.own, plan) !== kept.fingerprint) return answer({ status: 409, message: 'stale' })
  const applied = await applyPlan(req, round, plan)
  if (!applied.ok) return answer({ status: 422, message: 'writeFailed', vars: { row: applied.row, reason: applied.reason } })
  return answer({ status: 200, message: 'applied', vars: { count: applied.written }, written: applied.written })
}
