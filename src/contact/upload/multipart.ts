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

export type FormProblem = 'too-large' | 'too-many-files' | 'file-too-large' | 'field-too-long' | 'too-many-fields' | 'malformed' | 'unsupported-content-type'
export type FormResult = { ok: true; fields: Map<string, string[]>; files: UploadedFile[] } | { ok: false; problem: FormProblem }

/**
 * Reads a posted form, multipart or URL-encoded, within limits. After a problem the rest of the
 * body is read and dropped (so the browser gets to see our answer) up to twice the size limit;
 * beyond that the connection is given up.
 */
export function readForm(req: IncomingMessage, limits: FormLimits): Promise<FormResult> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: FormResult) => {
      if (settled) return
      settled = true
      resolve(result)
    }
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limits.maxTotalBytes) {
      drain(req, limits.maxTotalBytes * 2)
      return finish({ ok: false, problem: 'too-large' })
    }
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // One more than allowed of each, so that going over is seen rather than silently cut.
        limits: { files: limits.maxFiles + 1, fileSize: limits.maxFileBytes, fieldSize: limits.maxFieldBytes, fields: limits.maxFields + 1, parts: limits.maxFields + limits.maxFiles + 2 },
      })
    } catch {
      drain(req, limits.maxTotalBytes * 2)
      return finish({ ok: false, problem: 'unsupported-content-type' })
    }
    const fields = new Map<string, string[]>()
    const files: UploadedFile[] = []
    let fieldCount = 0
    let received = 0
    let problem: FormProblem | undefined
    const fail = (found: FormProblem) => {
      if (problem) return
      problem = found
      req.unpipe(parser)
      parser.removeAllListeners()
      parser.on('error', () => undefined)
      drain(req, limits.maxTotalBytes * 2)
      finish({ ok: false, problem: found })
    }

    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > limits.maxTotalBytes) fail('too-large')
    })
    req.on('aborted', () => finish({ ok: false, problem: 'malformed' }))
    req.on('error', () => finish({ ok: false, problem: 'malformed' }))

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) return fail('field-too-long')
      if (++fieldCount > limits.maxFields) return fail('too-many-fields')
      fields.set(name, [...(fields.get(name) ?? []), value])
    })
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        chunks.push(chunk)
      })
      stream.on('limit', () => fail('file-too-large'))
      stream.on('end', () => {
        if (problem) return
        // An empty file input still sends a part: no name, no bytes. It is not a file.
        if (!info.filename && size === 0) return
        files.push({ field: name, fileName: info.filename ?? '', declaredType: info.mimeType, data: Buffer.concat(chunks) })
        if (files.length > limits.maxFiles) fail('too-many-files')
      })
    })
    parser.on('filesLimit', () => fail('too-many-files'))
    parser.on('fieldsLimit', () => fail('too-many-fields'))
    parser.on('partsLimit', () => fail('too-many-fields'))
    parser.on('error', () => fail('malformed'))
    parser.on('close', () => {
      if (!problem) finish({ ok: true, fields, files })
    })
    req.pipe(parser)
  })
}

/** Reads and drops what is left of a request body, up to `budget` bytes, then gives up on it. */
function drain(req: IncomingMessage, budget: number): void {
  let dropped = 0
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > budget) req.destroy()
  })
  req.on('error', () => undefined)
  req.resume()
}
