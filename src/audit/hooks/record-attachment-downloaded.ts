/**
 * Records each download of a file a visitor sent with a message (an ID scan, say), naming the
 * message it belongs to. An upload handler, so it runs once Payload has checked that the person may
 * read the file and before the file is sent (before a storage adapter's handler, which the storage
 * plugin puts after the collection's own): a download that cannot be recorded is not served.
 */
import type { PayloadRequest } from 'payload'
import { recordAudit } from '../record'

type UploadHandler = (req: PayloadRequest, args: { params: { filename: string } }) => Promise<void>

/** The rest of a file already being fetched in parts (`Range: bytes=N-` past the start) is the same download. */
function continuesADownload(req: PayloadRequest): boolean {
  const range = req.headers.get('range')
  const start = range ? /^bytes=(\d+)-/.exec(range.trim())?.[1] : undefined
  return start !== undefined && Number(start) > 0
}

export const recordAttachmentDownloaded: UploadHandler = async (req, { params }) => {
  if (!req.user || continuesADownload(req)) return
  const { payload } = req
  const attachment = await payload.db.findOne<{ id: number }>({
    collection: 'contact-attachments',
    where: { filename: { equals: params.filename } },
    req,
  })
  const message = attachment
    ? (
        await payload.find({
          collection: 'contact-messages',
          where: { attachments: { equals: attachment.id } },
          select: {},
          depth: 0,
          limit: 1,
          pagination: false,
          overrideAccess: true,
        })
      ).docs[0]
    : undefined
  await recordAudit(req, {
    action: 'attachment-downloaded',
    collection: message ? 'contact-messages' : 'contact-attachments',
    documentId: message?.id ?? attachment?.id ?? null,
    detail: `attachment ${attachment?.id ?? '?'} (${params.filename})`.slice(0, 400),
  })
}
