import type { Html } from '@/site/html/jsx-runtime'
import type { Translate } from '@/site/i18n'
import type { Locale } from '@/site/routes'

export interface Link {
  label: string
  href: string
}

/** The organisation's mark, an SVG shown as an <img> (so no script in it runs), with its accessible name. */
export interface Logo {
  src: string
  name: string
  width: number | undefined
  height: number | undefined
}

/** What every page shares, read once per request from the site settings and navigation. */
export interface SiteChrome {
  organisationName: string
  shortName: string
  /** Without one, the header shows the organisation's name as a wordmark. */
  logo: Logo | undefined
  tagline: string
  address: string
  phone: string
  email: string
  hours: string
  /** The privacy statement, which forms that collect personal data link to. */
  privacyLink: Link | undefined
  navigation: Link[]
  footerLinks: Link[]
  /** Whether every page says the content is a demonstration (site settings). */
  demonstration: boolean
  /** The page that describes the organisation (structured data goes there too). */
  aboutPageId: number | undefined
}

/** Everything the layout needs to wrap one page. */
export interface PageFrame {
  locale: Locale
  t: Translate
  chrome: SiteChrome
  title: string
  /** `<title>` when it differs from the page's name (see frame.ts). */
  documentTitle?: string
  description?: string
  /** The same page's path in each language (the current one included), for the language switcher. */
  alternates: Partial<Record<Locale, string>>
  /** Languages that have their own text; only these get hreflang alternates. Default: all alternates. */
  translated?: Locale[]
  breadcrumbs: Link[]
  /** Set when the text shown is a fallback from another language. */
  fallbackFrom?: Locale
  preview?: boolean
  /** Whether "Is this page useful?" is asked under the page (not on previews, nor on the feedback pages themselves). */
  askFeedback?: boolean
  /** What "Follow by email" under the page follows (a subject key); no link without it. */
  follow?: string
  /** The path of the current page, to mark the active navigation item. */
  path: string
  /** Absolute URL of this page without query: the canonical link and og:url. */
  canonical: string
  /** Open Graph type: `website` unless the page is an article. */
  ogType?: 'website' | 'article'
  /** schema.org objects, written as JSON-LD. */
  structuredData: object[]
  /** Atom feeds offered with `<link rel="alternate">`. */
  feeds: Link[]
  main: Html
}
