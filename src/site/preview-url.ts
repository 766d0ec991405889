import { administrationPath, DEFAULT_LOCALE, isLocale, newsPath, pagePath } from './routes'

/** Where the admin's "preview" button opens a draft on the public renderer. */
export function previewUrl(
  kind: 'page' | 'administration' | 'news',
  doc: Record<string, unknown>,
  locale: string | undefined,
): string | null {
  const slug = typeof doc.slug === 'string' ? doc.slug : undefined
  if (!slug) return null
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE
  const path = kind === 'page' ? pagePath(slug, lang) : kind === 'news' ? newsPath(slug, lang) : administrationPath(slug, lang)
  return `${path}?preview=1`
}
