import type { IncomingMessage } from 'node:http'
import busboy from 'busboy'

export interface FormLimits {
  maxFiles: number
  maxFileBytes: number
  maxFieldBytes: number
  maxFields: number
  maxTotalBytes: number
}

export interface UploadedFile {
  field: string
  fileName: string
  declaredType: string
  data: Buffer
}

export type FormProblem =
  | 'too-large'
  | 'too-many-files'
  | 'file-too-large'
  | 'field-too-long'
  | 'too-many-fields'
  | 'malformed'
  | 'unsupported-content-type'
export type FormResult = { ok: true; fields: Map<string, string[]>; files: UploadedFile[] } | { ok: false; problem: FormProblem }

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded'])

/**
 * Reads a posted form, multipart or URL-encoded, within limits.
 *
 * When a problem is found the body is no longer parsed, but the rest of it is still read and
 * dropped, up to twice `maxTotalBytes`, and only then does the promise settle: a browser that is
 * still uploading when the connection closes tends to show "connection reset" instead of our
 * answer. Past that budget reading stops (the request is paused, not destroyed, so an answer can
 * still be written) and the caller should answer with `Connection: close`. A declared
 * Content-Length over the limit is refused without parsing; if it is also over the budget not a
 * byte is read and the promise settles at once.
 */
export function readForm(req: IncomingMessage, limits: FormLimits): Promise<FormResult> {
  return new Promise((resolve) => {
    const budget = 2 * limits.maxTotalBytes
    // parsing → (problem) → discarding → (body ended, or budget spent, or client gone) → done
    let phase: 'parsing' | 'discarding' | 'done' = 'parsing'
    let problem: FormProblem | undefined
    let received = 0
    let discarded = 0
    let waitingForParser = false
    let settled = false

    const settle = (result: FormResult) => {
      phase = 'done'
      if (settled) return
      settled = true
      resolve(result)
    }
    const settleWithProblem = () => settle({ ok: false, problem: problem ?? 'malformed' })
    const refuse = (found: FormProblem) => {
      if (phase !== 'parsing') return
      problem = found
      phase = 'discarding'
      // A problem seen while busboy finishes (after the body's last byte) leaves nothing to drop.
      if (req.readableEnded) return settleWithProblem()
      // Busboy may have asked for a pause; the rest has to flow to be dropped.
      req.resume()
    }
    const giveUp = () => {
      req.pause()
      settleWithProblem()
    }

    // Its events are past: a body already read elsewhere, or a client gone before we were called.
    if (req.readableEnded || req.destroyed) return settle({ ok: false, problem: 'malformed' })

    const declared = Number(req.headers['content-length'])
    const parser = Number.isFinite(declared) && declared > limits.maxTotalBytes ? 'too-large' : createParser(req, limits)
    if (typeof parser === 'string') {
      problem = parser
      phase = 'discarding'
      if (problem === 'too-large' && declared > budget) return giveUp()
    }

    req.on('data', (chunk: Buffer) => {
      if (phase === 'parsing' && typeof parser !== 'string') {
        received += chunk.length
        // Content-Length was within bounds or absent (chunked): the bytes themselves are counted.
        if (received > limits.maxTotalBytes) return refuse('too-large')
        if (!parser.write(chunk) && !waitingForParser) {
          waitingForParser = true
          req.pause()
          parser.once('drain', () => {
            waitingForParser = false
            if (phase === 'parsing') req.resume()
          })
        }
      } else if (phase === 'discarding') {
        discarded += chunk.length
        if (discarded > budget) giveUp()
      }
    })
    req.on('end', () => {
      if (phase === 'parsing' && typeof parser !== 'string') parser.end()
      else if (phase === 'discarding') settleWithProblem()
    })
    // A client that goes away mid-body. 'close' also comes after a normal end, hence the check;
    // alone it would do, but 'aborted' and 'error' are what Node 20 documents for this.
    req.on('aborted', settleWithProblem)
    req.on('error', settleWithProblem)
    req.on('close', () => {
      if (!req.readableEnded) settleWithProblem()
    })

    if (typeof parser === 'string') return

    const fields = new Map<string, string[]>()
    const files: UploadedFile[] = []
    let fieldCount = 0
    let fileCount = 0

    parser.on('field', (name, value, info) => {
      if (phase !== 'parsing') return
      // Busboy's limit is one over ours (see createParser) and it marks URL-encoded values only
      // once they pass it, so a value one byte too long is caught by measuring it here.
      if (info.nameTruncated || info.valueTruncated || Buffer.byteLength(value) > limits.maxFieldBytes) return refuse('field-too-long')
      if (++fieldCount > limits.maxFields) return refuse('too-many-fields')
      fields.set(name, [...(fields.get(name) ?? []), value])
    })
    parser.on('fieldsLimit', () => refuse('too-many-fields'))
    parser.on('file', (name, stream, info) => {
      // Typed as a string, but busboy leaves it undefined for `filename=""`, which is what a
      // browser sends for a file input left empty.
      const fileName = info.filename ?? ''
      const chunks: Buffer[] = []
      let counted = false
      // A file counts once it has a name or a byte; an empty input has neither and is skipped.
      const count = () => {
        if (counted) return
        counted = true
        if (++fileCount > limits.maxFiles) refuse('too-many-files')
      }
      if (fileName) count()
      // Always consumed, even after a problem: an unread file stream would stall busboy.
      stream.on('data', (chunk: Buffer) => {
        if (phase !== 'parsing') return
        count()
        chunks.push(chunk)
      })
      stream.on('limit', () => refuse('file-too-large'))
      stream.on('error', () => refuse('malformed'))
      stream.on('end', () => {
        if (phase === 'parsing' && counted) files.push({ field: name, fileName, declaredType: info.mimeType, data: Buffer.concat(chunks) })
      })
    })
    parser.on('error', () => refuse('malformed'))
    parser.on('close', () => {
      if (phase === 'parsing') settle({ ok: true, fields, files })
    })
  })
}

function createParser(req: IncomingMessage, limits: FormLimits): busboy.Busboy | FormProblem {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (!FORM_TYPES.has(mediaType)) return 'unsupported-content-type'
  try {
    return busboy({
      headers: req.headers,
      defCharset: 'utf8',
      defParamCharset: 'utf8',
      limits: {
        // Busboy flags a file or value when it *reaches* the size limit; one more byte lets one of
        // exactly the allowed size through.
        fileSize: limits.maxFileBytes + 1,
        fieldSize: limits.maxFieldBytes + 1,
        // One more than allowed, so that going over is seen in 'field' rather than silently skipped;
        // files are counted by us, because busboy would count empty file inputs too.
        fields: limits.maxFields + 1,
      },
    })
  } catch {
    // Our type, but busboy cannot read its header (a multipart type without a boundary).
    return 'malformed'
  }
}
