import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { readPdf } from '@/documents/pdf/read'
import { say } from '@/site/i18n/request-language'
import { pdfProblems } from '../messages'

/**
 * Reads every uploaded PDF before it is stored: its page count and text (for the document page and
 * search), and refuses a file that is not a PDF by its bytes, is broken, or is locked.
 */
export const readPdfOnUpload: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  const reading = await readPdf(new Uint8Array(file.data))
  if (!reading.ok) {
    // The reason itself is the message (public, 400), so the admin's notice says what to do.
    throw new APIError(say(req, pdfProblems, reading.problem), 400, undefined, true)
  }
  data.pages = reading.facts.pages
  data.text = reading.facts.text
  return data
}
