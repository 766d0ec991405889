import type { Payload } from 'payload'
import { administrationPath, documentPath, LOCALES, type Locale, newsPath, pagePath, servicePath } from '@/site/routes'
import { ENTRY_READERS, readerEntries } from './entry-readers'

/**
 * What the search covers, in the order its facets are shown: what a visitor comes to do and read
 * first, then who does what, then the follow-up of the strategy. Each is a collection's slug.
 */
export const SEARCH_TYPES = [
  'services',
  'pages',
  'news',
  'documents',
  'administrations',
  'missions',
  'plan-items',
  'indicators',
  'social-summits',
  'partners',
] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** The types read here, by their slug under a section; the others have a reader of their own (entry-readers.ts). */
type PageType = Exclude<SearchType, keyof typeof ENTRY_READERS>

/** One published text in one language, as the index keeps it. */
export interface SearchEntry {
  type: SearchType
  refId: number
  locale: Locale
  title: string
  /** Plain text: summary, body, and for documents the text of their PDFs in this language. */
  body: string
  url: string
  date?: string
}

/** The words of Payload rich text, without markup. */
export function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown[]; root?: unknown }
  if (root) return plainText(root)
  const own = typeof text === 'string' ? text : ''
  return [own, ...(children ?? []).map(plainText)].filter(Boolean).join(' ')
}

interface Readable {
  id: number
  slug?: string | null
  title?: string | null
  name?: string | null
  summary?: string | null
  body?: unknown
  eligibility?: unknown
  requirements?: unknown
  date?: string | null
  publishedAt?: string | null
  files?: (number | { id: number })[] | null
}

const PATHS: Record<PageType, (slug: string, locale: Locale) => string> = {
  services: servicePath,
  pages: pagePath,
  news: newsPath,
  administrations: administrationPath,
  documents: documentPath,
}

/** The text of a document's PDFs in `locale` (files are closed to visitors; the document was read with their access). */
async function pdfText(payload: Payload, doc: Readable, locale: Locale): Promise<string> {
  const ids = (doc.files ?? []).map((file) => (typeof file === 'object' ? file.id : file))
  if (ids.length === 0) return ''
  const files = await payload.find({
    collection: 'document-files',
    where: { and: [{ id: { in: ids } }, { language: { equals: locale } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { text: true },
  })
  return files.docs.map((file) => file.text ?? '').join(' ')
}

/**
 * What the index should hold for one item: an entry per language in which a visitor can read it
 * (published, with its own text there, never a fallback), and none for a draft or a deleted item.
 */
export async function entriesFor(payload: Payload, type: SearchType, id: number): Promise<SearchEntry[]> {
  if (type in ENTRY_READERS) return readerEntries(payload, type as keyof typeof ENTRY_READERS, id)
  const entries: SearchEntry[] = []
  for (const locale of LOCALES) {
    const found = await payload.find({
      collection: type,
      where: { id: { equals: id } },
      locale,
      fallbackLocale: false,
      draft: false,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
    })
    const doc = found.docs[0] as Readable | undefined
    const title = doc?.title ?? doc?.name
    if (!doc || !title || !doc.slug) continue
    const body = [
      doc.summary ?? '',
      plainText(doc.body),
      plainText(doc.eligibility),
      plainText(doc.requirements),
      type === 'documents' ? await pdfText(payload, doc, locale) : '',
    ]
      .filter(Boolean)
      .join('\n')
    entries.push({
      type,
      refId: doc.id,
      locale,
      title,
      body,
      url: PATHS[type as PageType](doc.slug, locale),
      date: doc.publishedAt ?? doc.date ?? undefined,
    })
  }
  return entries
}

/** Every item of a type, for a full rebuild. */
export async function allIds(payload: Payload, type: SearchType): Promise<number[]> {
  const found = await payload.find({ collection: type, depth: 0, pagination: false, overrideAccess: true, select: {} })
  return found.docs.map((doc) => doc.id)
}
