import { extractText, getDocumentProxy } from 'unpdf'

export interface PdfFacts {
  pages: number
  /** All text, pages joined, whitespace collapsed: what search indexes. */
  text: string
}

export type PdfProblem = 'not-pdf' | 'encrypted' | 'broken'
export type PdfReading = { ok: true; facts: PdfFacts } | { ok: false; problem: PdfProblem }

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString('latin1')

/**
 * What a PDF holds, read with pdf.js (through unpdf): its page count and its text. The first
 * bytes must say PDF, whatever the file is called; a password-protected file cannot be indexed or
 * opened by everyone, so it is refused like a broken one.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  if (bytes.length < 8 || !latin1(bytes, 0, 5).startsWith('%PDF-')) return { ok: false, problem: 'not-pdf' }
  // The encryption dictionary sits in the trailer, near the end of the file.
  if (latin1(bytes, Math.max(0, bytes.length - 4096), bytes.length).includes('/Encrypt')) return { ok: false, problem: 'encrypted' }
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    // A crafted file can keep pdf.js busy for ever: past the limit it counts as broken.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('PDF reading timed out')), READ_LIMIT_MS)
    })
    return await Promise.race([extract(bytes), timeout])
  } catch (error) {
    if ((error as { name?: string })?.name === 'PasswordException') return { ok: false, problem: 'encrypted' }
    return { ok: false, problem: 'broken' }
  } finally {
    clearTimeout(timer)
  }
}

const READ_LIMIT_MS = 30_000

async function extract(bytes: Uint8Array): Promise<PdfReading> {
  // pdf.js takes over the buffer it is given: hand it a copy.
  const document = await getDocumentProxy(new Uint8Array(bytes))
  try {
    const { totalPages, text } = await extractText(document, { mergePages: true })
    return { ok: true, facts: { pages: totalPages, text: text.replace(/\s+/g, ' ').trim() } }
  } finally {
    await document.destroy().catch(() => undefined)
  }
}
