import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { readEnvironment } from '@/environment'
import { ATTACHMENT_TYPES } from '@/contact/upload/file-type'
import { CONTACT_GROUP } from './group'

/**
 * Files sent with a message. Never public: Payload serves them only to staff who may read the
 * message (same administration scope), and they are deleted with it.
 */
export const ContactAttachments: CollectionConfig = {
  slug: 'contact-attachments',
  labels: {
    singular: { nl: 'Bijlage', fr: 'Pièce jointe', en: 'Attachment' },
    plural: { nl: 'Bijlagen van berichten', fr: 'Pièces jointes des messages', en: 'Message attachments' },
  },
  admin: { group: CONTACT_GROUP, hidden: ({ user }) => !user?.roles?.includes('admin') },
  access: accessFromMatrix('contact-attachments'),
  upload: {
    staticDir: path.join(readEnvironment().dataDir, 'contact-attachments'),
    mimeTypes: Object.values(ATTACHMENT_TYPES).map((type) => type.mimeType),
    // Kept exactly as sent: no resizing, no thumbnails of what may be a scanned identity card.
    disableLocalStorage: false,
    crop: false,
    focalPoint: false,
    // What a visitor sent is opened as a download, never shown inside the back office's origin, and
    // no browser or shared cache keeps a copy of it.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [
    {
      name: 'originalName',
      type: 'text',
      admin: { readOnly: true },
      label: { nl: 'Naam bij verzending', fr: 'Nom à l’envoi', en: 'Name as sent' },
    },
    { name: 'administration', type: 'relationship', relationTo: 'administrations', required: true, index: true, admin: { readOnly: true } },
  ],
}
