import type { Payload } from 'payload'
import type { Page } from '@/payload-types'
import { docTag } from '@/site/cache-tags'
import type { Translate } from '@/site/i18n'
import type { Link, SiteChrome } from '@/site/layout/types'
import { homePath, type Locale, pagePath, sectionPath } from '@/site/routes'

function pageLink(page: number | Page | null | undefined, label: string | undefined, locale: Locale): Link | undefined {
  if (!page || typeof page !== 'object' || !page.slug) return undefined
  return { label: label ?? page.title, href: pagePath(page.slug, locale) }
}

/** Reads the header and footer content of every page: settings and navigation, in one language. */
export async function loadChrome(payload: Payload, locale: Locale, t: Translate, tags?: Set<string>): Promise<SiteChrome> {
  const [settings, navigation] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale, depth: 1 }),
    payload.findGlobal({ slug: 'navigation', locale, depth: 1 }),
  ])
  // Titles and slugs of linked pages appear on every page.
  for (const page of [...(navigation.items ?? []).map((item) => item.page), ...(settings.footerPages ?? [])]) {
    if (page && typeof page === 'object') tags?.add(docTag('pages', page.id))
  }
  const items: Link[] = [{ label: t('home'), href: homePath(locale) }]
  for (const item of navigation.items ?? []) {
    const link = item.kind === 'section' && item.section ? { label: item.label, href: sectionPath(item.section, locale) } : pageLink(item.page, item.label, locale)
    if (link) items.push(link)
  }
  return {
    organisationName: settings.organisationName,
    shortName: settings.shortName,
    tagline: settings.tagline ?? '',
    address: settings.address ?? '',
    phone: settings.phone ?? '',
    email: settings.email ?? '',
    navigation: items,
    aboutPageId: typeof settings.aboutPage === 'object' && settings.aboutPage ? settings.aboutPage.id : (settings.aboutPage ?? undefined),
    footerLinks: (settings.footerPages ?? []).map((page) => pageLink(page, undefined, locale)).filter((link): link is Link => Boolean(link)),
  }
}
