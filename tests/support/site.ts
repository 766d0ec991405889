import type { BrowserContext, Page, Request, Response } from 'playwright-core'

/** The public templates every language must serve (see the application contract in DESIGN.md). */
export const LANGUAGES = ['nl', 'fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export type Template =
  | 'home'
  | 'about'
  | 'strategicPlan'
  | 'accessibility'
  | 'privacy'
  | 'missions'
  | 'administrations'
  | 'news'
  | 'newsFiltered'
  | 'services'
  | 'servicesFiltered'
  | 'service'
  | 'contact'
  | 'documents'
  | 'documentsFiltered'
  | 'document'
  | 'lookBack'
  | 'strategy'
  | 'search'
  | 'searchNone'
  | 'tracker'
  | 'trackerFiltered'
  | 'trackerVersion'
  | 'trackerPillar'
  | 'trackerObjective'
  | 'trackerMeasure'
  | 'indicators'
  | 'indicator'
  | 'summits'
  | 'summit'
  | 'partners'
  | 'partner'
  | 'trackerAdministrations'
  | 'trackerAdministration'
  | 'trackerMeasures'
  | 'trackerCorrections'
  | 'trackerVersionCorrections'
  | 'trackerChanges'
  | 'trackerPairChanges'
  | 'trackerSummaryItem'
  | 'openData'
  | 'notFound'
  | 'gone'

export const TEMPLATES: Record<Template, Record<Language, string>> = {
  home: { nl: '/nl/', fr: '/fr/', en: '/en/' },
  about: { nl: '/nl/over-ons', fr: '/fr/a-propos', en: '/en/about' },
  strategicPlan: { nl: '/nl/strategisch-plan', fr: '/fr/plan-strategique', en: '/en/strategic-plan' },
  accessibility: { nl: '/nl/toegankelijkheid', fr: '/fr/accessibilite', en: '/en/accessibility' },
  privacy: { nl: '/nl/privacy', fr: '/fr/vie-privee', en: '/en/privacy' },
  missions: { nl: '/nl/opdrachten', fr: '/fr/missions', en: '/en/missions' },
  administrations: { nl: '/nl/administraties', fr: '/fr/administrations', en: '/en/administrations' },
  news: { nl: '/nl/nieuws', fr: '/fr/actualites', en: '/en/news' },
  newsFiltered: { nl: '/nl/nieuws?audience=ondernemers', fr: '/fr/actualites?audience=entreprises', en: '/en/news?audience=entrepreneurs' },
  services: { nl: '/nl/diensten', fr: '/fr/services', en: '/en/services' },
  servicesFiltered: {
    nl: '/nl/diensten?audience=burgers',
    fr: '/fr/services?audience=citoyens',
    en: '/en/services?audience=citizens',
  },
  service: {
    nl: '/nl/diensten/renovatiepremie-renolution',
    fr: '/fr/services/prime-renovation-renolution',
    en: '/en/services/renolution-renovation-grant',
  },
  contact: { nl: '/nl/contact', fr: '/fr/contact', en: '/en/contact' },
  documents: { nl: '/nl/documenten', fr: '/fr/documents', en: '/en/documents' },
  documentsFiltered: {
    nl: '/nl/documenten?kind=strategy&language=fr',
    fr: '/fr/documents?kind=strategy&language=fr',
    en: '/en/documents?kind=strategy&language=fr',
  },
  document: { nl: '/nl/documenten/go4brussels-2030', fr: '/fr/documents/go4brussels-2030', en: '/en/documents/go4brussels-2030' },
  lookBack: { nl: '/nl/terugblik', fr: '/fr/retrospective', en: '/en/look-back' },
  strategy: { nl: '/nl/go4brussels-2030', fr: '/fr/go4brussels-2030', en: '/en/go4brussels-2030' },
  search: { nl: '/nl/zoeken?q=brupartners', fr: '/fr/recherche?q=brupartners', en: '/en/search?q=brupartners' },
  searchNone: { nl: '/nl/zoeken?q=xyzzy', fr: '/fr/recherche?q=xyzzy', en: '/en/search?q=xyzzy' },
  tracker: { nl: '/nl/opvolging', fr: '/fr/suivi', en: '/en/follow-up' },
  trackerFiltered: {
    nl: '/nl/opvolging?pillar=1&status=on-track',
    fr: '/fr/suivi?pillar=1&status=on-track',
    en: '/en/follow-up?pillar=1&status=on-track',
  },
  trackerVersion: { nl: '/nl/opvolging/2021', fr: '/fr/suivi/2021', en: '/en/follow-up/2021' },
  trackerPillar: { nl: '/nl/opvolging/2021/1', fr: '/fr/suivi/2021/1', en: '/en/follow-up/2021/1' },
  trackerObjective: { nl: '/nl/opvolging/2021/2.1', fr: '/fr/suivi/2021/2.1', en: '/en/follow-up/2021/2.1' },
  trackerMeasure: { nl: '/nl/opvolging/2021/1.1.1.1', fr: '/fr/suivi/2021/1.1.1.1', en: '/en/follow-up/2021/1.1.1.1' },
  indicators: { nl: '/nl/opvolging/indicatoren', fr: '/fr/suivi/indicateurs', en: '/en/follow-up/indicators' },
  indicator: {
    nl: '/nl/opvolging/indicatoren/werkzaamheidsgraad-20-64',
    fr: '/fr/suivi/indicateurs/taux-emploi-20-64',
    en: '/en/follow-up/indicators/employment-rate-20-64',
  },
  summits: { nl: '/nl/opvolging/sociale-top', fr: '/fr/suivi/sommet-social', en: '/en/follow-up/social-summit' },
  summit: { nl: '/nl/opvolging/sociale-top/2026', fr: '/fr/suivi/sommet-social/2026', en: '/en/follow-up/social-summit/2026' },
  partners: { nl: '/nl/opvolging/partners', fr: '/fr/suivi/partenaires', en: '/en/follow-up/partners' },
  partner: {
    nl: '/nl/opvolging/partners/leefmilieu-brussel',
    fr: '/fr/suivi/partenaires/bruxelles-environnement',
    en: '/en/follow-up/partners/brussels-environment',
  },
  trackerAdministrations: { nl: '/nl/opvolging/administraties', fr: '/fr/suivi/administrations', en: '/en/follow-up/administrations' },
  trackerAdministration: {
    nl: '/nl/opvolging/administraties/economie-en-werkgelegenheid',
    fr: '/fr/suivi/administrations/economie-et-emploi',
    en: '/en/follow-up/administrations/economy-and-employment',
  },
  trackerMeasures: { nl: '/nl/opvolging/maatregelen', fr: '/fr/suivi/mesures', en: '/en/follow-up/measures' },
  trackerCorrections: { nl: '/nl/opvolging/correcties', fr: '/fr/suivi/corrections', en: '/en/follow-up/corrections' },
  trackerVersionCorrections: {
    nl: '/nl/opvolging/correcties/2021',
    fr: '/fr/suivi/corrections/2021',
    en: '/en/follow-up/corrections/2021',
  },
  trackerChanges: { nl: '/nl/opvolging/wijzigingen', fr: '/fr/suivi/changements', en: '/en/follow-up/changes' },
  trackerPairChanges: {
    nl: '/nl/opvolging/wijzigingen/2015-2020',
    fr: '/fr/suivi/changements/2015-2020',
    en: '/en/follow-up/changes/2015-2020',
  },
  // A pillar of an earlier strategy, retold as a summary and dropped in 2020 (src/tracker/seed/lineage.ts).
  trackerSummaryItem: { nl: '/nl/opvolging/2015/3', fr: '/fr/suivi/2015/3', en: '/en/follow-up/2015/3' },
  openData: { nl: '/nl/open-data', fr: '/fr/donnees-ouvertes', en: '/en/open-data' },
  notFound: { nl: '/nl/bestaat-niet', fr: '/fr/nexiste-pas', en: '/en/does-not-exist' },
  // A demo page taken down as no longer current (src/changes/seed.ts): 410 with the reason.
  gone: { nl: '/nl/projectoproep-buurtgroen-2025', fr: '/fr/appel-projets-verdurisation-2025', en: '/en/call-greener-neighbourhoods-2025' },
}

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as Template[]

/** The demo content has this many administrations. */
export const ADMINISTRATION_COUNT = 8

export function expectedStatus(template: Template): number {
  if (template === 'gone') return 410
  return template === 'notFound' ? 404 : 200
}

export interface PageFacts {
  lang: string | null
  h1: string[]
  alternates: { hreflang: string; href: string }[]
  /** Links in a <nav> that carry both hreflang and lang: the language switcher. */
  switcher: { hreflang: string; lang: string; href: string; text: string }[]
  /** The <nav> outside <main> that links to both the missions and administrations lists. */
  mainNavigation: { found: boolean; links: string[]; hidden: string[]; visible: boolean }
  mainExists: boolean
  bodyText: string
  /** "Is this page useful?": where it posts, the page it names, its answers, whether it is shown; null when the page has none. */
  feedback: { action: string; page: string; answers: string[]; visible: boolean } | null
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`; a
 * function sent to page.evaluate then needs that helper in the page. Call before such an evaluate.
 */
export async function definePageHelpers(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn); undefined')
}

/** Reads what the checks need from the rendered document (works with JavaScript disabled). */
export async function pageFacts(page: Page, language: Language): Promise<PageFacts> {
  await definePageHelpers(page)
  return page.evaluate(
    ({ sectionPaths }) => {
      const abs = (href: string) => new URL(href, document.baseURI).href
      const pathOf = (href: string) => new URL(href, document.baseURI).pathname
      /** Rendered, with a size, not hidden by CSS (and so reachable by sight). */
      const shown = (element: Element) => {
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
      }
      const navs = [...document.querySelectorAll('nav')]
      const main = navs.find((nav) => {
        if (nav.closest('main')) return false
        const paths = [...nav.querySelectorAll('a[href]')].map((a) => pathOf(a.getAttribute('href')!))
        return sectionPaths.every((p) => paths.includes(p))
      })
      return {
        lang: document.documentElement.getAttribute('lang'),
        h1: [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim()),
        alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => ({
          hreflang: link.getAttribute('hreflang') ?? '',
          href: abs(link.getAttribute('href') ?? ''),
        })),
        switcher: navs.flatMap((nav) =>
          [...nav.querySelectorAll('a[hreflang][lang][href]')].map((a) => ({
            hreflang: a.getAttribute('hreflang') ?? '',
            lang: a.getAttribute('lang') ?? '',
            href: abs(a.getAttribute('href')!),
            text: (a.textContent ?? '').trim(),
          })),
        ),
        mainNavigation: {
          found: Boolean(main),
          links: main ? [...main.querySelectorAll('a[href]')].map((a) => pathOf(a.getAttribute('href')!)) : [],
          hidden: main ? [...main.querySelectorAll('a[href]')].filter((a) => !shown(a)).map((a) => pathOf(a.getAttribute('href')!)) : [],
          visible: main ? shown(main) : false,
        },
        mainExists: document.getElementById('main') !== null,
        feedback: (() => {
          const form = document.querySelector('form[data-page-feedback]')
          if (!form) return null
          return {
            action: pathOf(form.getAttribute('action') ?? ''),
            page: form.querySelector<HTMLInputElement>('input[name="page"]')?.value ?? '',
            answers: [...form.querySelectorAll<HTMLButtonElement>('button[name="answer"]')].map((button) => button.value),
            visible: shown(form),
          }
        })(),
        // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, without what CSS hides, is what a reader gets
        bodyText: document.body?.innerText ?? '',
      }
    },
    { sectionPaths: [TEMPLATES.missions[language], TEMPLATES.administrations[language]] },
  )
}

/**
 * Watches a page for what public pages must never do: a request to a host other than the
 * server's, or a response that sets a cookie. Call `problems()` after the page settled, and
 * `stop()` before the page (a reused tab) goes on to another check.
 */
export function watchPrivacy(page: Page, serverUrl: string): { problems(): Promise<string[]>; stop(): void } {
  const origin = new URL(serverUrl)
  const foreign: string[] = []
  const responses: Response[] = []
  const onRequest = (request: Request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return
    if (url.host !== origin.host) foreign.push(`request to another host: ${request.method()} ${request.url()}`)
  }
  const onResponse = (response: Response) => {
    responses.push(response)
  }
  page.on('request', onRequest)
  page.on('response', onResponse)
  return {
    async problems() {
      const cookies: string[] = []
      for (const response of responses) {
        const header = await response.headerValue('set-cookie').catch(() => null)
        if (header) cookies.push(`Set-Cookie on ${response.url()}: ${header.split('\n')[0]}`)
      }
      return [...foreign, ...cookies]
    },
    stop() {
      page.off('request', onRequest)
      page.off('response', onResponse)
    },
  }
}

/** The main-frame document response of the last navigation, following redirects; `stop()` before the tab goes on to another check. */
export function trackNavigation(page: Page): { last(): Response | undefined; stop(): void } {
  let last: Response | undefined
  const onResponse = (response: Response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) last = response
  }
  page.on('response', onResponse)
  return { last: () => last, stop: () => page.off('response', onResponse) }
}

const tabs = new WeakMap<BrowserContext, Promise<Page>>()

/**
 * One tab per browser context, navigated from check to check: opening a tab costs Chromium a
 * renderer of its own (about half a second here, four times a navigation in an open tab), and the
 * walks through every template open hundreds. A check that closed it gets a new one.
 */
export async function tabOf(context: BrowserContext): Promise<Page> {
  let tab = tabs.get(context)
  if (!tab) {
    tab = context.newPage()
    tabs.set(context, tab)
  }
  const page = await tab
  if (!page.isClosed()) return page
  tabs.delete(context)
  return tabOf(context)
}
