import type { Payload } from 'payload'
import { anyTag } from '@/site/cache-tags'
import { escapeHtml as escapeXml } from '@/site/html/jsx-runtime'
import { isPublishedIn } from '@/site/views/localized'
import { trackerUrlSets } from '@/tracker/sitemap'
import {
  administrationPath,
  homePath,
  type Locale,
  LOCALES,
  newsPath,
  pagePath,
  sectionPath,
  SECTIONS,
  type Section,
  servicePath,
} from '@/site/routes'

interface UrlSet {
  /** Path per language that has this page. */
  paths: Partial<Record<Locale, string>>
  lastmod?: string
}

/** Published slugs of a collection in every language, read once with `locale: 'all'`. */
async function translations(
  payload: Payload,
  collection: 'pages' | 'administrations' | 'news' | 'services',
  path: (slug: string, l: Locale) => string,
): Promise<UrlSet[]> {
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    // One order for every language at once (a localized default sort, a service's title, has none): the content store answers it.
    sort: 'id',
    select: { slug: true, updatedAt: true },
  })
  return docs.map((doc) => {
    const slugs = (doc.slug ?? {}) as unknown as Partial<Record<Locale, string | null>>
    const status = (doc as { _status?: unknown })._status
    const paths: Partial<Record<Locale, string>> = {}
    for (const l of LOCALES) {
      const slug = slugs[l]
      if (slug && isPublishedIn(status, l)) paths[l] = path(slug, l)
    }
    return { paths, lastmod: doc.updatedAt }
  })
}

/**
 * sitemap.xml with every public page and its translations as hreflang alternates
 * (sitemaps.org protocol with the xhtml:link extension).
 */
export async function renderSitemap(payload: Payload, origin: string, tags: Set<string>): Promise<string> {
  tags.add(anyTag('pages')).add(anyTag('administrations')).add(anyTag('news')).add(anyTag('services'))
  const fixed: UrlSet[] = [
    { paths: Object.fromEntries(LOCALES.map((l) => [l, homePath(l)])) },
    ...(Object.keys(SECTIONS) as Section[])
      .filter((s) => s !== 'search')
      .map((s) => ({ paths: Object.fromEntries(LOCALES.map((l) => [l, sectionPath(s, l)])) })),
  ]
  const sets = [
    ...fixed,
    ...(await translations(payload, 'pages', pagePath)),
    ...(await translations(payload, 'administrations', administrationPath)),
    ...(await translations(payload, 'news', newsPath)),
    ...(await translations(payload, 'services', servicePath)),
    ...(await trackerUrlSets(payload, tags)),
  ]
  const urls: string[] = []
  for (const set of sets) {
    const present = LOCALES.filter((l) => set.paths[l])
    for (const l of present) {
      const alternates = present
        .map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(origin + set.paths[other])}"/>`)
        .join('')
      const lastmod = set.lastmod ? `<lastmod>${new Date(set.lastmod).toISOString()}</lastmod>` : ''
      urls.push(`<url><loc>${escapeXml(origin + set.paths[l])}</loc>${lastmod}${alternates}</url>`)
    }
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

export function renderRobots(origin: string): string {
  return `User-agent: *\nDisallow: /admin\nDisallow: /api\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`
}
