import type { Payload } from 'payload'
import type { Document, DocumentFile } from '@/payload-types'
import { relationId } from '@/relation-id'

export type FileFacts = Pick<DocumentFile, 'id' | 'filename' | 'filesize' | 'pages' | 'language'>

/**
 * The PDFs of documents a visitor may already read. The files themselves are closed to the
 * public API (a draft's PDF must not leak), so they are read here, only for published documents
 * the caller has fetched with the visitor's access, and without their extracted text.
 */
export async function filesOf(payload: Payload, documents: Pick<Document, 'files'>[]): Promise<Map<number, FileFacts>> {
  const ids = [...new Set(documents.flatMap((doc) => (doc.files ?? []).map((file) => relationId(file)!)))]
  if (ids.length === 0) return new Map()
  const found = await payload.find({
    collection: 'document-files',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { filename: true, filesize: true, pages: true, language: true },
  })
  return new Map(found.docs.map((file) => [file.id, file as FileFacts]))
}

/** A document's files in its own order, as facts. */
export function filesFor(doc: Pick<Document, 'files'>, files: Map<number, FileFacts>): FileFacts[] {
  return (doc.files ?? []).map((file) => files.get(relationId(file)!)).filter((file): file is FileFacts => file !== undefined)
}
