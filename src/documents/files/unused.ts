/**
 * PDFs that no document uses, in any version: what an upload leaves behind when the document it was
 * meant for is never saved (the admin stores a PDF as soon as it is chosen). A daily job removes
 * those older than a day, so that a document still being written keeps its PDFs.
 */
import type { Payload, TaskConfig } from 'payload'

const DAY = 24 * 60 * 60 * 1000

function idsOf(value: unknown): number[] {
  if (!Array.isArray(value)) return []
  return value.map((v) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : v)).filter((v): v is number => typeof v === 'number')
}

/** The ids of the PDFs that some document or document version points to. */
async function usedFileIds(payload: Payload): Promise<Set<number>> {
  const used = new Set<number>()
  const live = await payload.find({
    collection: 'documents',
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true,
    select: { files: true },
  })
  for (const doc of live.docs) for (const id of idsOf(doc.files)) used.add(id)
  const versions = await payload.findVersions({ collection: 'documents', depth: 0, pagination: false, limit: 0, overrideAccess: true })
  for (const version of versions.docs) for (const id of idsOf((version.version as { files?: unknown }).files)) used.add(id)
  return used
}

/** The PDFs no document uses, uploaded before `olderThan`. */
export async function findUnusedPdfs(payload: Payload, olderThan: Date): Promise<{ id: number; filename: string }[]> {
  const used = await usedFileIds(payload)
  const files = await payload.find({
    collection: 'document-files',
    where: { createdAt: { less_than: olderThan.toISOString() } },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true,
    select: { filename: true },
  })
  return files.docs.filter((f) => !used.has(f.id)).map((f) => ({ id: f.id, filename: f.filename ?? '' }))
}

/** Deletes the PDFs no document has used for a day; answers their names. */
export async function removeUnusedPdfs(payload: Payload, now = new Date()): Promise<string[]> {
  const unused = await findUnusedPdfs(payload, new Date(now.getTime() - DAY))
  if (unused.length === 0) return []
  await payload.delete({ collection: 'document-files', where: { id: { in: unused.map((f) => f.id) } }, overrideAccess: true })
  return unused.map((f) => f.filename)
}

export const documentFileTasks: TaskConfig[] = [
  {
    slug: 'documents-unused-pdfs',
    label: 'Delete PDFs no document has used for a day',
    schedule: [{ cron: '0 15 4 * * *', queue: 'default' }],
    handler: async ({ req }) => {
      const removed = await removeUnusedPdfs(req.payload)
      if (removed.length > 0) req.payload.logger.info({ msg: 'unused PDFs removed', removed })
      return { output: {} }
    },
  },
]
