/**
 * The current address of a PDF asked for under one of its document's old slugs: links to the file
 * itself (in emails, other sites, bookmarks) keep working after a renamed document is published, as
 * the document's page does (site/slugs).
 */
import type { Payload } from 'payload'
import { documentFilePath, documentPath, type Locale } from '@/site/routes'
import { findSlugRedirect } from '@/site/slugs/find-redirect'

export async function movedDocumentFile(
  payload: Payload,
  locale: Locale,
  file: { slug: string; language: Locale },
): Promise<string | undefined> {
  const page = await findSlugRedirect(payload, locale, documentPath(file.slug, locale))
  const slug = page?.split('/').at(-1)
  return slug ? documentFilePath(slug, file.language, locale) : undefined
}
