import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { readEnvironment } from '@/environment'
import { announcingHooks } from '@/site/invalidation'
import { LOCALES } from '@/site/routes'
import { DOCUMENTS_GROUP } from './group'
import { nameStoredPdf } from './name-stored-pdf'
import { readPdfOnUpload } from './read-pdf-on-upload'

const LANGUAGE_LABELS = {
  nl: { nl: 'Nederlands', fr: 'néerlandais', en: 'Dutch' },
  fr: { nl: 'Frans', fr: 'français', en: 'French' },
  en: { nl: 'Engels', fr: 'anglais', en: 'English' },
}

/**
 * The PDF of a document in one language. Visitors get it through the document's own URL
 * (documents/http/serve-file.ts), which checks that the document is published; the files are not
 * readable through Payload's API by anyone but staff.
 */
export const DocumentFiles: CollectionConfig = {
  slug: 'document-files',
  labels: {
    singular: { nl: 'PDF-bestand', fr: 'Fichier PDF', en: 'PDF file' },
    plural: { nl: 'PDF-bestanden', fr: 'Fichiers PDF', en: 'PDF files' },
  },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'language', 'pages', 'filesize'], group: DOCUMENTS_GROUP },
  access: accessFromMatrix('document-files'),
  hooks: { beforeOperation: [nameStoredPdf], beforeChange: [readPdfOnUpload], ...announcingHooks },
  upload: {
    staticDir: path.join(readEnvironment().dataDir, 'documents'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    {
      name: 'language',
      type: 'select',
      required: true,
      options: LOCALES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      label: { nl: 'Taal van het document', fr: 'Langue du document', en: 'Language of the document' },
    },
    { name: 'pages', type: 'number', admin: { readOnly: true }, label: { nl: 'Pagina’s', fr: 'Pages', en: 'Pages' } },
    // The extracted text, for search; long, so kept out of the form.
    { name: 'text', type: 'textarea', admin: { hidden: true } },
  ],
}
