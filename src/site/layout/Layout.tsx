/** @jsxImportSource @/site/html */
import { FeedbackForm } from '@/feedback/components/FeedbackForm'
import { FollowLink } from '@/follow/components/FollowLink'
import { favicon, printDateScript, stylesheet } from '@/site/assets'
import { type Html, raw, renderDocument } from '@/site/html/jsx-runtime'
import { brusselsDay, formatDate, languageName } from '@/site/i18n'
import { DEFAULT_LOCALE, homePath, type Locale, LOCALES, sectionPath } from '@/site/routes'
import type { Link, PageFrame, SiteChrome } from './types'

/** JSON inside a <script> element: `<` is escaped so the text can never close the element. */
function jsonForHtml(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/** The organisation's logo, or its name as a wordmark when none is set; either leads home. */
function Brand({ frame }: { frame: PageFrame }) {
  const { chrome, locale } = frame
  return (
    <div class="brand">
      <a class="brand__home" href={homePath(locale)}>
        {chrome.logo ? (
          <img class="brand__logo" src={chrome.logo.src} alt={chrome.logo.name} width={chrome.logo.width} height={chrome.logo.height} />
        ) : (
          <span class="brand__name">{chrome.organisationName}</span>
        )}
      </a>
      {chrome.tagline ? <span class="brand__tagline">{chrome.tagline}</span> : null}
    </div>
  )
}

function LanguageSwitcher({ frame }: { frame: PageFrame }) {
  return (
    <nav class="languages" aria-label={frame.t('languageSwitcher')}>
      <ul>
        {LOCALES.map((locale) => {
          const name = languageName(locale, locale)
          const label = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
          if (locale === frame.locale) {
            return (
              <li>
                <span aria-current="true" lang={locale}>
                  {label}
                </span>
              </li>
            )
          }
          return (
            <li>
              <a href={frame.alternates[locale] ?? homePath(locale)} hreflang={locale} lang={locale}>
                {label}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

function Breadcrumbs({ frame }: { frame: PageFrame }) {
  if (frame.breadcrumbs.length === 0) return null
  return (
    <nav class="breadcrumbs" aria-label={frame.t('breadcrumbs')}>
      <ol>
        {frame.breadcrumbs.map((crumb) => (
          <li>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page">{frame.title}</li>
      </ol>
    </nav>
  )
}

function MainNavigation({ items, frame }: { items: Link[]; frame: PageFrame }) {
  return (
    <nav class="main-nav" aria-label={frame.t('mainNavigation')}>
      <ul>
        {items.map((item) => {
          // "page" on the item's own page, "true" anywhere below it (as GOV.UK's service navigation does).
          const current = frame.path === item.href ? 'page' : frame.path.startsWith(`${item.href}/`) ? 'true' : undefined
          return (
            <li>
              <a href={item.href} aria-current={current}>
                {item.label}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** The printout's source line, its date in a <time> that print-date.ts can bring up to the day of printing. */
function PrintSource({ frame }: { frame: PageFrame }) {
  // To the minute: the day shown is the same, and formatDate keeps one text a minute, not one a request.
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  const [before, after] = frame
    .t('printSource', { organisation: frame.chrome.organisationName, url: frame.canonical, date: '\u0000' })
    .split('\u0000')
  return (
    <p class="print-only print-source">
      {before}
      <time class="print-date" datetime={brusselsDay(now)}>
        {formatDate(now, frame.locale)}
      </time>
      {after}
    </p>
  )
}

/** The parts of every page of one language that only its chrome decides: the search form and the footer. */
interface FixedParts {
  search: Html
  footer: Html
}

/**
 * Made once for each chrome and language and kept with the chrome, which is read again after a
 * change to what it shows (site/chrome.ts): each page then joins them instead of rendering them.
 */
const fixedParts = new WeakMap<SiteChrome, Map<Locale, FixedParts>>()

function fixedPartsOf(frame: PageFrame): FixedParts {
  const { t, chrome, locale } = frame
  let byLocale = fixedParts.get(chrome)
  if (!byLocale) {
    byLocale = new Map()
    fixedParts.set(chrome, byLocale)
  }
  let parts = byLocale.get(locale)
  if (!parts) {
    parts = {
      search: raw(
        (
          <form class="site-search" role="search" method="get" action={sectionPath('search', locale)} aria-label={t('searchLabel')}>
            <label for="site-search" class="visually-hidden">
              {t('searchLabel')}
            </label>
            <input type="search" id="site-search" name="q" maxlength="200" />
            <button type="submit" class="button button--inverse">
              {t('search')}
            </button>
          </form>
        ).value,
      ),
      footer: raw(
        (
          <footer class="site-footer">
            <div class="wrap site-footer__grid">
              <section aria-labelledby="footer-contact">
                <h2 id="footer-contact">{t('footerContact')}</h2>
                <p class="address">
                  {chrome.organisationName}
                  <br />
                  {chrome.address.split('\n').map((line, i) => (i === 0 ? line : [<br />, line]))}
                </p>
                <p>
                  {t('phone')}: <a href={`tel:${chrome.phone.replace(/\s+/g, '')}`}>{chrome.phone}</a>
                  <br />
                  {t('email')}: <a href={`mailto:${chrome.email}`}>{chrome.email}</a>
                </p>
              </section>
              <section aria-labelledby="footer-links">
                <h2 id="footer-links">{t('footerLinks')}</h2>
                <ul>
                  {chrome.footerLinks.map((link) => (
                    <li>
                      <a href={link.href}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
            <p class="wrap site-footer__meta">{t('footerPublisher', { organisation: chrome.organisationName })}</p>
          </footer>
        ).value,
      ),
    }
    byLocale.set(locale, parts)
  }
  return parts
}

export function renderPage(frame: PageFrame): string {
  const { t, chrome, locale } = frame
  const fixed = fixedPartsOf(frame)
  const hreflangs = (frame.translated ?? LOCALES).filter((l) => frame.alternates[l])
  const fallbackNotice = frame.fallbackFrom ? (
    <p class="notice" role="note">
      {t('translationMissing', { language: languageName(frame.fallbackFrom, locale) })}
    </p>
  ) : null
  const page: Html = (
    <html lang={locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          {frame.breadcrumbs.length === 0 && frame.title === chrome.organisationName && !frame.documentTitle
            ? chrome.organisationName
            : `${frame.documentTitle ?? frame.title} | ${chrome.shortName}`}
        </title>
        {frame.description ? <meta name="description" content={frame.description} /> : null}
        <link rel="canonical" href={frame.canonical} />
        <meta property="og:type" content={frame.ogType ?? 'website'} />
        <meta property="og:title" content={frame.title} />
        {frame.description ? <meta property="og:description" content={frame.description} /> : null}
        <meta property="og:url" content={frame.canonical} />
        <meta property="og:site_name" content={chrome.organisationName} />
        <meta property="og:locale" content={`${locale}_BE`} />
        {frame.feeds.map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.label} href={feed.href} />
        ))}
        {frame.structuredData.map((data) => (
          <script type="application/ld+json">{raw(jsonForHtml(data))}</script>
        ))}
        {frame.preview ? <meta name="robots" content="noindex" /> : null}
        <link rel="stylesheet" href={stylesheet.href} />
        <script src={printDateScript.href} defer></script>
        <link rel="icon" href={favicon.href} type="image/svg+xml" />
        {hreflangs.map((l) => (
          <link rel="alternate" hreflang={l} href={frame.alternates[l]} />
        ))}
        {hreflangs.includes(DEFAULT_LOCALE) ? <link rel="alternate" hreflang="x-default" href={frame.alternates[DEFAULT_LOCALE]} /> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('skipLink')}
        </a>
        <header class="site-header">
          <div class="wrap site-header__top">
            <Brand frame={frame} />
            <LanguageSwitcher frame={frame} />
            {fixed.search}
            {/* Where space is short the menu folds behind "Menu"; a <details> opens without a script. On wide screens the stylesheet keeps it open and hides "Menu". */}
            <details class="menu">
              <summary class="menu__toggle">{t('menu')}</summary>
              <MainNavigation items={chrome.navigation} frame={frame} />
            </details>
          </div>
        </header>
        {frame.preview ? <p class="preview-banner">{t('previewBanner')}</p> : null}
        {chrome.demonstration ? (
          <p class="demonstration-banner" data-demonstration-banner>
            <strong class="tag">{t('demonstrationTag')}</strong> {t('demonstrationBanner')}
          </p>
        ) : null}
        <div class="wrap">
          <Breadcrumbs frame={frame} />
          <main id="main" tabindex="-1">
            {fallbackNotice}
            {frame.main}
            {frame.follow ? <FollowLink t={t} locale={locale} subject={frame.follow} /> : null}
          </main>
          {frame.askFeedback ? <FeedbackForm t={t} locale={locale} path={frame.path} /> : null}
        </div>
        {fixed.footer}
        {/* On paper the footer is left out: this line says whose page it is, where it lives and of when (print-date.ts writes the day of printing). */}
        <PrintSource frame={frame} />
      </body>
    </html>
  )
  return renderDocument(page)
}
