/**
 * The round trip over HTTP, for the admin's round page and for API clients:
 *
 * - GET  /api/reporting-rounds/:id/sheet.csv and sheet.xlsx: the round's spreadsheet for whoever asks
 * - POST /api/reporting-rounds/:id/sheet (multipart, field `file`): the dry run, kept as a RoundImport
 * - POST /api/round-imports/:id/confirm: writes it, all or nothing
 *
 * A browser's form (it accepts HTML) is sent on to the dry run's page, which says what happened in
 * its language; an API client gets JSON with the status (413 too large, 415 wrong type, 400
 * unreadable, 422 wrong content, 409 stale or closed, 403/404).
 */
import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { readForm } from '@/contact/upload/multipart'
import { languageOf } from '@/site/i18n/request-language'
import { ROUND_SHEET_ADMIN_PATH } from './admin-path'
import { problemText } from './problem-text'
import { checkUpload, confirmImport, downloadSheet, type SheetFormat, tooLarge, type UploadedSheet } from './service'
import type { FileProblem } from './table'
import { MAX_FILE_BYTES } from './table'

const wantsPage = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('text/html')

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

function download(format: SheetFormat): PayloadHandler {
  return async (req) => {
    const result = await downloadSheet(req, req.routeParams?.id, format)
    if (!result.ok) return json(result.status, { error: problemText(result, languageOf(req)) })
    return new Response(new Uint8Array(result.body), {
      status: 200,
      headers: {
        'Content-Type': result.contentType,
        'Content-Disposition': `attachment; filename="${result.fileName}"`,
        'Cache-Control': 'no-store',
      },
    })
  }
}

/** The posted file, read within the size limit (with the contact form's multipart reader). */
async function receivedFile(req: PayloadRequest): Promise<UploadedSheet | FileProblem> {
  if (!req.body) return { status: 400, message: 'noFile' }
  const stream = Object.assign(Readable.fromWeb(req.body as unknown as WebReadableStream), {
    headers: Object.fromEntries(req.headers.entries()),
  }) as unknown as IncomingMessage
  const form = await readForm(stream, {
    maxFiles: 1,
    maxFileBytes: MAX_FILE_BYTES,
    maxFieldBytes: 1000,
    maxFields: 5,
    maxTotalBytes: MAX_FILE_BYTES + 64 * 1024,
  })
  if (!form.ok) {
    if (form.problem === 'too-large' || form.problem === 'file-too-large') return tooLarge()
    if (form.problem === 'unsupported-content-type') return { status: 415, message: 'wrongType' }
    return { status: 400, message: 'noFile' }
  }
  const file = form.files.find((entry) => entry.field === 'file')
  if (!file?.fileName) return { status: 400, message: 'noFile' }
  return { name: file.fileName, bytes: file.data }
}

const upload: PayloadHandler = async (req) => {
  const roundId = req.routeParams?.id
  const result = await checkUpload(req, roundId, await receivedFile(req))
  const admin = req.payload.config.routes.admin
  if (wantsPage(req) && result.importId) return seeOther(`${admin}${ROUND_SHEET_ADMIN_PATH}/${roundId}/check/${result.importId}`)
  const language = languageOf(req)
  return json(result.status, {
    import: result.importId ?? null,
    ...(result.problem ? { error: problemText(result.problem, language) } : {}),
    ...(result.plan
      ? {
          rows: result.plan.rowsRead,
          changes: result.plan.changes.map((change) => ({
            row: change.row,
            measure: change.measure.code,
            report: change.report?.id ?? null,
          })),
          unchanged: result.plan.unchanged.length,
          errors: result.plan.errors.map((error) => ({
            row: error.row,
            column: error.column?.letter ?? null,
            key: error.column?.key ?? null,
            reason: problemText(error, language),
          })),
        }
      : {}),
  })
}

const confirm: PayloadHandler = async (req) => {
  const id = req.routeParams?.id
  const result = await confirmImport(req, id)
  if (wantsPage(req) && result.status !== 401) {
    const found = await req.payload.findByID({
      collection: 'round-imports',
      id: Number(id),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const round = typeof found?.round === 'object' ? found.round?.id : found?.round
    if (found && round) return seeOther(`${req.payload.config.routes.admin}${ROUND_SHEET_ADMIN_PATH}/${round}/check/${found.id}`)
  }
  return json(result.status, { message: problemText(result, languageOf(req)), written: result.written ?? 0 })
}

export const roundSheetEndpoints: Endpoint[] = [
  { path: '/:id/sheet.csv', method: 'get', handler: download('csv') },
  { path: '/:id/sheet.xlsx', method: 'get', handler: download('xlsx') },
  { path: '/:id/sheet', method: 'post', handler: upload },
]

export const roundImportEndpoints: Endpoint[] = [{ path: '/:id/confirm', method: 'post', handler: confirm }]
