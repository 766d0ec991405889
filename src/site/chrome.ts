import type { Payload } from 'payload'
import type { Media, Page } from '@/payload-types'
import { docTag } from '@/site/cache-tags'
import type { Translate } from '@/site/i18n'
import { onContentChange } from '@/site/invalidation'
import type { Link, Logo, SiteChrome } from '@/site/layout/types'
import { type Locale, openDataPath, pagePath, sectionPath } from '@/site/routes'

function pageLink(page: number | Page | null | undefined, label: string | undefined, locale: Locale): Link | undefined {
  if (!page || typeof page !== 'object' || !page.slug) return undefined
  return { label: label ?? page.title, href: pagePath(page.slug, locale) }
}

/** The logo's file as Payload serves it (with `script-src 'none'`), on this site's own origin; only an SVG is taken. */
function logoOf(media: number | Media | null | undefined, name: string): Logo | undefined {
  if (!media || typeof media !== 'object' || media.mimeType !== 'image/svg+xml' || !media.filename) return undefined
  return {
    src: `/api/media/file/${encodeURIComponent(media.filename)}`,
    name,
    width: media.width ?? undefined,
    height: media.height ?? undefined,
  }
}

interface Remembered {
  chrome: SiteChrome
  tags: string[]
}

/**
 * The chrome is the same for every page of a language, so it is read once and kept until the
 * invalidation point announces a change to what it shows: settings, navigation, linked pages.
 */
const remembered = new Map<Locale, Promise<Remembered>>()
const CHROME_SOURCES = new Set(['site-settings', 'navigation', 'pages', 'media'])
onContentChange((change) => {
  if (change.kind === 'everything' || CHROME_SOURCES.has(change.source)) remembered.clear()
})

/** The header and footer content of every page, in one language; adds what it shows to `tags`. */
export async function loadChrome(payload: Payload, locale: Locale, t: Translate, tags?: Set<string>): Promise<SiteChrome> {
  let entry = remembered.get(locale)
  if (!entry) {
    const ownTags = new Set<string>()
    entry = readChrome(payload, locale, t, ownTags).then((chrome) => ({ chrome, tags: [...ownTags] }))
    remembered.set(locale, entry)
    // A failed read is not kept: the next request tries again.
    entry.catch(() => remembered.get(locale) === entry && remembered.delete(locale))
  }
  const { chrome, tags: shown } = await entry
  for (const tag of shown) tags?.add(tag)
  return chrome
}

async function readChrome(payload: Payload, locale: Locale, t: Translate, tags: Set<string>): Promise<SiteChrome> {
  // Read as a visitor: a linked page that was never published comes back as its id, not as its
  // title and slug, and is left out (read with the server's authority, a draft's title showed on
  // every page, linking to a 404). The content store answers visitors' reads.
  const [settings, navigation] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale, depth: 1, overrideAccess: false }),
    payload.findGlobal({ slug: 'navigation', locale, depth: 1, overrideAccess: false }),
  ])
  // Titles and slugs of linked pages appear on every page.
  for (const page of [...(navigation.items ?? []).map((item) => item.page), ...(settings.footerPages ?? []), settings.privacyPage]) {
    if (page && typeof page === 'object') tags.add(docTag('pages', page.id))
  }
  // No "Home" item: the logo (or wordmark) leads home, as the breadcrumbs' first step does, and nine items fit one line.
  const items: Link[] = []
  for (const item of navigation.items ?? []) {
    const link =
      item.kind === 'section' && item.section
        ? { label: item.label, href: sectionPath(item.section, locale) }
        : pageLink(item.page, item.label, locale)
    if (link) items.push(link)
  }
  return {
    organisationName: settings.organisationName,
    shortName: settings.shortName,
    logo: logoOf(settings.identity?.logo, settings.identity?.logoName || t('logoHome', { organisation: settings.organisationName })),
    tagline: settings.tagline ?? '',
    address: settings.address ?? '',
    phone: settings.phone ?? '',
    email: settings.email ?? '',
    hours: settings.hours ?? '',
    privacyLink: pageLink(settings.privacyPage, undefined, locale),
    demonstration: settings.demonstrationBanner === true,
    navigation: items,
    aboutPageId: typeof settings.aboutPage === 'object' && settings.aboutPage ? settings.aboutPage.id : (settings.aboutPage ?? undefined),
    footerLinks: [
      ...(settings.footerPages ?? []).map((page) => pageLink(page, undefined, locale)).filter((link): link is Link => Boolean(link)),
      // Not an editorial page: the open data page is built from the tracker's datasets.
      { label: t('openDataHeading'), href: openDataPath(locale) },
    ],
  }
}
