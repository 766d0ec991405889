import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { readPdf, type PdfProblem } from '@/documents/pdf/read'

const PROBLEMS: Record<PdfProblem, Record<'nl' | 'fr' | 'en', string>> = {
  'not-pdf': {
    nl: 'Dit bestand is geen PDF, wat de naam ook zegt.',
    fr: 'Ce fichier n’est pas un PDF, quel que soit son nom.',
    en: 'This file is not a PDF, whatever its name says.',
  },
  encrypted: {
    nl: 'Deze PDF is met een wachtwoord beveiligd: niet iedereen kan hem openen en hij kan niet doorzocht worden. Upload een versie zonder beveiliging.',
    fr: 'Ce PDF est protégé par un mot de passe : tout le monde ne peut pas l’ouvrir et il ne peut pas être indexé. Chargez une version sans protection.',
    en: 'This PDF is password-protected: not everyone can open it and it cannot be searched. Upload a version without protection.',
  },
  broken: {
    nl: 'Deze PDF is beschadigd en kan niet gelezen worden.',
    fr: 'Ce PDF est endommagé et ne peut pas être lu.',
    en: 'This PDF is damaged and cannot be read.',
  },
}

/**
 * Reads every uploaded PDF before it is stored: its page count and text (for the document page and
 * search), and refuses a file that is not a PDF by its bytes, is broken, or is locked.
 */
export const readPdfOnUpload: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  const reading = await readPdf(new Uint8Array(file.data))
  if (!reading.ok) {
    const language = req.i18n?.language === 'fr' || req.i18n?.language === 'en' ? req.i18n.language : 'nl'
    // The reason itself is the message (public, 400), so the admin's notice says what to do.
    throw new APIError(PROBLEMS[reading.problem][language], 400, undefined, true)
  }
  data.pages = reading.facts.pages
  data.text = reading.facts.text
  return data
}
