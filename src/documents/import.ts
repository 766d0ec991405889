import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { DOCUMENT_KINDS, type DocumentKind } from '@/documents/collections/Documents'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/site/routes'

/**
 * What `npm run documents:import -- <folder>` reads: `<folder>/documents.json`, a list of these,
 * with the PDFs next to it.
 */
export interface ImportEntry {
  slug: Partial<Record<Locale, string>>
  title: Partial<Record<Locale, string>>
  summary?: Partial<Record<Locale, string>>
  kind: DocumentKind
  /** YYYY-MM-DD */
  date: string
  accessible?: boolean
  /** Published at once unless false. */
  publish?: boolean
  files: { file: string; language: Locale }[]
}

export interface ImportReport {
  created: string[]
  /** Ids of the documents created, for the search index. */
  createdIds: number[]
  skipped: string[]
  failed: { entry: string; reason: string }[]
}

/** Every problem with one entry, in words an editor can act on. */
export function checkEntry(value: unknown, index: number): { entry?: ImportEntry; problems: string[] } {
  const problems: string[] = []
  const where = `entry ${index + 1}`
  if (!value || typeof value !== 'object') return { problems: [`${where}: not an object`] }
  const entry = value as Partial<ImportEntry>
  const localized = (name: 'slug' | 'title', required: boolean) => {
    const field = entry[name]
    if (!field || typeof field !== 'object')
      return required ? problems.push(`${where}: "${name}" must be an object with nl, fr and/or en`) : undefined
    for (const [locale, text] of Object.entries(field)) {
      if (!isLocale(locale)) problems.push(`${where}: "${name}" has an unknown language "${locale}"`)
      else if (typeof text !== 'string' || !text.trim()) problems.push(`${where}: "${name}.${locale}" is empty`)
      else if (name === 'slug' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text))
        problems.push(`${where}: "slug.${locale}" may hold only a-z, 0-9 and hyphens`)
    }
    if (!field[DEFAULT_LOCALE]) problems.push(`${where}: "${name}.${DEFAULT_LOCALE}" is required`)
  }
  localized('slug', true)
  localized('title', true)
  if (!entry.kind || !(DOCUMENT_KINDS as readonly string[]).includes(entry.kind))
    problems.push(`${where}: "kind" must be one of ${DOCUMENT_KINDS.join(', ')}`)
  if (typeof entry.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(entry.date)))
    problems.push(`${where}: "date" must be a date like 2021-02-01`)
  if (!Array.isArray(entry.files) || entry.files.length === 0) problems.push(`${where}: "files" must list at least one PDF`)
  else {
    for (const file of entry.files) {
      if (
        !file ||
        typeof file.file !== 'string' ||
        !file.file.toLowerCase().endsWith('.pdf') ||
        file.file.includes('/') ||
        file.file.includes('\\')
      )
        problems.push(`${where}: each file needs a "file" name ending in .pdf, in the same folder`)
      if (!file || !isLocale(file.language)) problems.push(`${where}: each file needs a "language" (nl, fr or en)`)
    }
  }
  return problems.length > 0 ? { problems } : { entry: entry as ImportEntry, problems }
}

/**
 * Imports real PDFs with their metadata. Each document is all or nothing: a PDF that is refused
 * (not a PDF, broken, locked) removes what that document had already uploaded. A document whose
 * Dutch slug exists is left alone, so the import can be run again.
 */
export async function importDocuments(payload: Payload, folder: string): Promise<ImportReport> {
  const report: ImportReport = { created: [], createdIds: [], skipped: [], failed: [] }
  let list: unknown
  try {
    list = JSON.parse(await readFile(path.join(folder, 'documents.json'), 'utf8'))
  } catch (error) {
    throw new Error(`cannot read ${path.join(folder, 'documents.json')}: ${(error as Error).message}`)
  }
  if (!Array.isArray(list)) throw new Error('documents.json must hold a list of documents')
  for (const [index, value] of list.entries()) {
    const { entry, problems } = checkEntry(value, index)
    const name = entry?.slug[DEFAULT_LOCALE] ?? `entry ${index + 1}`
    if (!entry) {
      report.failed.push({ entry: name, reason: problems.join('; ') })
      continue
    }
    const existing = await payload.find({
      collection: 'documents',
      where: { slug: { equals: entry.slug[DEFAULT_LOCALE] } },
      locale: DEFAULT_LOCALE,
      draft: true,
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length > 0) {
      report.skipped.push(name)
      continue
    }
    const uploaded: number[] = []
    try {
      for (const file of entry.files) {
        const data = await readFile(path.join(folder, file.file))
        const created = await payload.create({
          collection: 'document-files',
          data: { language: file.language },
          file: { data, mimetype: 'application/pdf', name: file.file, size: data.length },
        })
        uploaded.push(created.id)
      }
      const status = entry.publish === false ? 'draft' : 'published'
      const text = (l: Locale) => ({
        title: entry.title[l] ?? entry.title[DEFAULT_LOCALE]!,
        slug: entry.slug[l] ?? entry.slug[DEFAULT_LOCALE]!,
        summary: entry.summary?.[l],
      })
      const doc = await payload.create({
        collection: 'documents',
        locale: DEFAULT_LOCALE,
        draft: status === 'draft',
        data: {
          ...text(DEFAULT_LOCALE),
          kind: entry.kind,
          date: `${entry.date}T00:00:00.000Z`,
          accessible: entry.accessible ?? false,
          files: uploaded,
          _status: status,
        },
      })
      for (const l of LOCALES.filter((l) => l !== DEFAULT_LOCALE && entry.title[l])) {
        await payload.update({
          collection: 'documents',
          id: doc.id,
          locale: l,
          draft: status === 'draft',
          data: { ...text(l), _status: status },
        })
      }
      report.created.push(name)
      report.createdIds.push(doc.id)
    } catch (error) {
      for (const id of uploaded) await payload.delete({ collection: 'document-files', id }).catch(() => undefined)
      report.failed.push({ entry: name, reason: reasonOf(error) })
    }
  }
  return report
}

/** An error's message and its causes': a database's own reason sits under the query builder's "Failed query". */
function reasonOf(error: unknown): string {
  const reasons: string[] = []
  for (let current = error; current instanceof Error && reasons.length < 4; current = current.cause) reasons.push(current.message)
  return reasons.join(' — caused by: ') || String(error)
}
