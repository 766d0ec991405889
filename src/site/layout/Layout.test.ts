import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { raw } from '@/site/html/jsx-runtime'
import { translator } from '@/site/i18n'
import { renderPage } from './Layout'
import type { PageFrame, SiteChrome } from './types'

const chrome: SiteChrome = {
  organisationName: 'Gewestelijke Overheidsdienst Brussel',
  shortName: 'GOB',
  logo: undefined,
  tagline: '',
  address: '',
  phone: '',
  email: '',
  hours: '',
  privacyLink: undefined,
  navigation: [{ label: 'Opdrachten', href: '/nl/opdrachten' }],
  footerLinks: [],
  demonstration: false,
  aboutPageId: undefined,
}

const frame = (site: SiteChrome): PageFrame => ({
  locale: 'nl',
  t: translator('nl'),
  chrome: site,
  title: 'Opdrachten',
  alternates: {},
  breadcrumbs: [],
  path: '/nl/opdrachten',
  canonical: 'https://example.test/nl/opdrachten',
  structuredData: [],
  feeds: [],
  main: raw('<h1>Opdrachten</h1>'),
})

describe('the header', () => {
  it('shows the organisation’s name as a wordmark leading home while no logo is set', () => {
    const html = renderPage(frame(chrome))
    assert.match(html, /<a class="brand__home" href="\/nl\/"><span class="brand__name">Gewestelijke Overheidsdienst Brussel<\/span><\/a>/)
    assert.doesNotMatch(html, /<img/)
  })

  it('shows the logo as an image named for where it leads', () => {
    const logo = { src: '/api/media/file/merk.svg', name: 'Gewestelijke Overheidsdienst Brussel — startpagina', width: 300, height: 56 }
    const html = renderPage(frame({ ...chrome, logo }))
    assert.match(
      html,
      /<a class="brand__home" href="\/nl\/"><img class="brand__logo" src="\/api\/media\/file\/merk.svg" alt="Gewestelijke Overheidsdienst Brussel — startpagina" width="300" height="56"><\/a>/,
    )
  })

  it('folds the main menu into a <details> “Menu”, which opens without a script', () => {
    const html = renderPage(frame(chrome))
    assert.match(html, /<details class="menu"><summary class="menu__toggle">Menu<\/summary><nav class="main-nav" aria-label="Hoofdmenu">/)
  })
})

describe('the footer', () => {
  it('follows the language and the chrome it was made from', () => {
    const site = { ...chrome, footerLinks: [{ label: 'Privacy', href: '/nl/privacy' }] }
    assert.match(renderPage(frame(site)), /<h2 id="footer-contact">Contact<\/h2>[\s\S]*href="\/nl\/privacy"/)
    const inFrench = renderPage({ ...frame(site), locale: 'fr', t: translator('fr') })
    assert.match(inFrench, /<form class="site-search" role="search" method="get" action="\/fr\/recherche"/)
    assert.match(inFrench, /<h2 id="footer-links">En savoir plus<\/h2>/)
    // The chrome is read again after a change to what it shows: a new object, made again.
    const changed = { ...site, footerLinks: [{ label: 'Toegankelijkheid', href: '/nl/toegankelijkheid' }] }
    const html = renderPage(frame(changed))
    assert.match(html, /href="\/nl\/toegankelijkheid"/)
    assert.doesNotMatch(html, /href="\/nl\/privacy"/)
  })
})
