import type { Payload, PayloadRequest, ValidationError } from 'payload'
import { payloadRuntime } from '@/payload-runtime'
import type { Locale } from '@/site/routes'
import { queueMessageEmails } from './mail/queue'
import { nextReference } from './reference'
import { ATTACHMENT_TYPES, type AttachmentKind } from './upload/file-type'

export interface Submission {
  /** None for a message that came from another form than the contact form (a document in another format). */
  topic: number | undefined
  administration: number
  name: string
  email: string
  phone: string
  message: string
  language: Locale
  files: { fileName: string; kind: AttachmentKind; data: Buffer }[]
  /** The spam challenge this form solved; stored with a unique index so it serves once. */
  challengeId: string
}

export type StoreResult =
  | { ok: true; reference: string; id: number }
  | { ok: false; problem: 'replayed' }
  | { ok: false; problem: 'bad-file'; fileName: string }

export interface StoreOptions {
  referencePrefix: string
  /** SERVER_URL, for the link in the administration's notification. */
  adminBaseUrl: string
}

/** Whether Payload refused what was written for this field (its ValidationError, passed in: see payload-runtime.ts). */
const refusedField = (error: unknown, field: string, Refusal: typeof ValidationError): boolean =>
  error instanceof Refusal && error.data.errors.some((e) => e.path === field)

/** Payload looks deeper into a file than its first bytes (a PDF must also end like one). */
class RejectedFile extends Error {
  constructor(readonly fileName: string) {
    super(`refused attachment ${fileName}`)
  }
}

/**
 * Stores a message with its attachments and its two emails. On PostgreSQL it is one transaction;
 * SQLite (one instance, no transactions in Payload's adapter) gets the same all-or-nothing by
 * undoing what was written when a later step fails. Only after this returns does the visitor see
 * a confirmation.
 */
export async function storeSubmission(payload: Payload, submission: Submission, options: StoreOptions): Promise<StoreResult> {
  const replay = await payload.count({
    collection: 'contact-messages',
    where: { challengeId: { equals: submission.challengeId } },
    overrideAccess: true,
  })
  if (replay.totalDocs > 0) return { ok: false, problem: 'replayed' }

  const reference = await nextReference(payload, options.referencePrefix)
  const { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError } = await payloadRuntime()
  const req: PayloadRequest = await createLocalReq({}, payload)
  const transactional = payload.db.name === 'postgres' && (await initTransaction(req))
  const written: { collection: 'contact-attachments' | 'contact-messages'; id: number }[] = []
  try {
    const attachmentIds: number[] = []
    for (const [index, file] of submission.files.entries()) {
      const type = ATTACHMENT_TYPES[file.kind]
      const attachment = await payload
        .create({
          collection: 'contact-attachments',
          req,
          overrideAccess: true,
          data: { administration: submission.administration, originalName: file.fileName.slice(0, 200) },
          // The stored name says whose it is; the extension is the one the bytes proved.
          file: {
            data: file.data,
            mimetype: type.mimeType,
            name: `${reference}-${index + 1}.${type.extensions[0]}`,
            size: file.data.length,
          },
        })
        .catch((error: unknown) => {
          throw refusedField(error, 'file', ValidationError) ? new RejectedFile(file.fileName) : error
        })
      written.push({ collection: 'contact-attachments', id: attachment.id })
      attachmentIds.push(attachment.id)
    }
    const message = await payload.create({
      collection: 'contact-messages',
      req,
      overrideAccess: true,
      data: {
        reference,
        status: 'new',
        topic: submission.topic,
        administration: submission.administration,
        name: submission.name,
        email: submission.email,
        phone: submission.phone || undefined,
        message: submission.message,
        language: submission.language,
        attachments: attachmentIds,
        challengeId: submission.challengeId,
        emailsQueued: false,
        history: [{ at: new Date().toISOString(), kind: 'received' }],
      },
    })
    written.push({ collection: 'contact-messages', id: message.id })
    await queueMessageEmails(req, message, options.adminBaseUrl)
    if (transactional) await commitTransaction(req)
    return { ok: true, reference, id: message.id }
  } catch (error) {
    if (transactional) await killTransaction(req)
    else await undo(payload, written)
    if (refusedField(error, 'challengeId', ValidationError)) return { ok: false, problem: 'replayed' }
    if (error instanceof RejectedFile) return { ok: false, problem: 'bad-file', fileName: error.fileName }
    throw error
  }
}

/** Removes, newest first, what a failed submission had written (SQLite only). */
async function undo(payload: Payload, written: { collection: 'contact-attachments' | 'contact-messages'; id: number }[]): Promise<void> {
  for (const { collection, id } of [...written].reverse()) {
    if (collection === 'contact-messages') {
      const emails = await payload.find({
        collection: 'email-outbox',
        where: { message: { equals: id } },
        overrideAccess: true,
        depth: 0,
        pagination: false,
      })
      for (const email of emails.docs)
        await payload.delete({ collection: 'email-outbox', id: email.id, overrideAccess: true }).catch(() => undefined)
    }
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  }
}
