import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import type { Payload } from 'payload'
import { documentFilePath, isLocale, type Locale, sectionFromSegment } from '@/site/routes'
import { findBySlug, ownSlug } from '@/site/views/localized'
import { filesFor, filesOf } from '@/documents/files'
import { readDocumentFile, statDocumentFile } from '@/documents/files/stored-files'
import { parseRange } from '@/http/byte-range'

/** `/{lang}/documents/{slug}/{fileLang}.pdf` (segments after the language). */
export function matchDocumentFile(locale: Locale, segments: string[]): { slug: string; language: Locale } | undefined {
  const [section, slug, file, ...rest] = segments
  if (rest.length > 0 || !section || !slug || !file || sectionFromSegment(locale, section) !== 'documents') return undefined
  const language = file.endsWith('.pdf') ? file.slice(0, -4) : ''
  return isLocale(language) ? { slug, language } : undefined
}

/**
 * Sends a published document's PDF: its type and length, a file name people recognise, byte
 * ranges (PDF readers fetch pages as they go), validators and caching. Answers false when there
 * is no such published file, for the caller's 404, and where the file is when the slug is the
 * document's in another language (as pages do, each language keeps its own address).
 */
export async function serveDocumentFile(
  payload: Payload,
  req: IncomingMessage,
  res: ServerResponse,
  locale: Locale,
  slug: string,
  language: Locale,
  download: boolean,
): Promise<boolean | { movedTo: string }> {
  const match = await findBySlug(payload, 'documents', slug, locale, false)
  if (!match) return false
  const own = ownSlug(match, locale)
  if (own && own !== slug) return { movedTo: documentFilePath(own, language, locale) }
  const doc = await payload.findByID({ collection: 'documents', id: match.id, depth: 0, overrideAccess: false, locale })
  const file = filesFor(doc, await filesOf(payload, [doc])).find((f) => f.language === language)
  if (!file?.filename) return false
  // On disk or in the bucket (documents/files/stored-files.ts): the answer is the same.
  const info = await statDocumentFile(file.filename)
  if (!info) return false

  const etag = info.etag
  const name = `${match.slugs[locale] ?? slug}-${language}.pdf`
  res.setHeader('Content-Type', 'application/pdf')
  res.setHeader('Content-Disposition', `${download ? 'attachment' : 'inline'}; filename="${name}"`)
  res.setHeader('Accept-Ranges', 'bytes')
  res.setHeader('ETag', etag)
  res.setHeader('Last-Modified', info.lastModified.toUTCString())
  res.setHeader('Cache-Control', 'public, max-age=300')
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304
    res.end()
    return true
  }
  const range =
    req.headers['if-range'] && req.headers['if-range'] !== etag ? ({ kind: 'whole' } as const) : parseRange(req.headers.range, info.size)
  if (range.kind === 'unsatisfiable') {
    res.statusCode = 416
    res.setHeader('Content-Range', `bytes */${info.size}`)
    res.end()
    return true
  }
  const [start, end] = range.kind === 'part' ? [range.start, range.end] : [0, info.size - 1]
  res.statusCode = range.kind === 'part' ? 206 : 200
  if (range.kind === 'part') res.setHeader('Content-Range', `bytes ${start}-${end}/${info.size}`)
  res.setHeader('Content-Length', end - start + 1)
  if (req.method === 'HEAD' || info.size === 0) {
    res.end()
    return true
  }
  // A visitor who closes the reader mid-file ends the stream (and the bucket's request) with it.
  const body = await readDocumentFile(file.filename, { start, end })
  await pipeline(body, res).catch(() => res.destroy())
  return true
}
