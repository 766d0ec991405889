import type { BrowserContext, Page } from 'playwright-core'
import { formatViolations, runAxe } from './axe'
import {
  LANGUAGES,
  TEMPLATES,
  definePageHelpers,
  expectedStatus,
  pageFacts,
  tabOf,
  watchPrivacy,
  type Language,
  type PageFacts,
  type Template,
} from './site'

/** The widths every public page is laid out at without sideways scrolling: a phone's and WCAG's 320 px. */
const REFLOW_WIDTHS = [390, 320] as const

/** The part of a URL that names a page here: path and query (a filtered list is its own page). */
function pathAndQuery(href: string): string {
  const url = new URL(href)
  return url.pathname + url.search
}

export type Checked = Template | 'administration' | 'newsArticle'

/** Status and Set-Cookie of a URL fetched without a browser, remembered per URL. */
export function urlProbe(): (url: string) => Promise<{ status: number; setCookie: string | null; location: string | null }> {
  const seen = new Map<string, Promise<{ status: number; setCookie: string | null; location: string | null }>>()
  return (url) => {
    let result = seen.get(url)
    if (!result) {
      result = fetch(url, { redirect: 'manual' }).then(async (response) => {
        await response.arrayBuffer()
        return { status: response.status, setCookie: response.headers.get('set-cookie'), location: response.headers.get('location') }
      })
      seen.set(url, result)
    }
    return result
  }
}

function expectedPathIn(template: Checked, language: Language): string | undefined {
  return template === 'administration' || template === 'newsArticle' || template === 'notFound' || template === 'gone'
    ? undefined
    : TEMPLATES[template][language]
}

/**
 * Opens `path` in the tab of `context` (`tabOf`; JavaScript enabled) and returns every broken promise of
 * the public-page contract as a readable line: status, axe (WCAG 2.2 AA), <html lang>, one <h1>,
 * the skip link, hreflang alternates that answer 200, the language switcher, no cookie, no other host.
 */
export async function checkPublicPage(options: {
  context: BrowserContext
  serverUrl: string
  path: string
  template: Checked
  language: Language
  probe: ReturnType<typeof urlProbe>
}): Promise<string[]> {
  const { context, serverUrl, path, template, language, probe } = options
  const problems: string[] = []
  const page = await tabOf(context)
  const privacy = watchPrivacy(page, serverUrl)
  try {
    const response = await page.goto(serverUrl + path, { waitUntil: 'load' })
    const status = response?.status()
    const wanted = template === 'administration' || template === 'newsArticle' ? 200 : expectedStatus(template)
    if (status !== wanted) problems.push(`status ${status}, expected ${wanted}`)
    const facts = await pageFacts(page, language)

    if (facts.lang !== language)
      problems.push(
        facts.lang === null ? `<html> has no lang, expected "${language}"` : `<html lang="${facts.lang}">, expected "${language}"`,
      )
    if (facts.h1.length !== 1) problems.push(`${facts.h1.length} <h1> elements, expected exactly one: ${JSON.stringify(facts.h1)}`)

    // The skip link: the first thing a keyboard reaches, pointing at #main, which exists.
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement
      if (!element || element === document.body) return null
      const href = element.getAttribute('href')
      const target = href?.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null
      return { tag: element.tagName.toLowerCase(), href, text: (element.textContent ?? '').trim(), targetExists: Boolean(target) }
    })
    if (!focused) problems.push('skip link: pressing Tab focuses nothing')
    else if (focused.tag !== 'a' || focused.href !== '#main')
      problems.push(
        `skip link: the first focusable element is <${focused.tag} href="${focused.href}"> "${focused.text}", expected <a href="#main">`,
      )
    else if (!focused.targetExists) problems.push('skip link: its target #main does not exist')
    if (!facts.mainExists) problems.push('no element with id="main"')

    // hreflang alternates: nl, fr, en and x-default on real pages, and each answers 200.
    const hreflangs = facts.alternates.map((a) => a.hreflang)
    if (template !== 'notFound' && template !== 'gone') {
      for (const wantedLang of [...LANGUAGES, 'x-default']) {
        if (!hreflangs.includes(wantedLang)) problems.push(`no <link rel="alternate" hreflang="${wantedLang}">`)
      }
      const self = facts.alternates.find((a) => a.hreflang === language)
      if (self && pathAndQuery(self.href) !== path)
        problems.push(`the hreflang="${language}" alternate is ${self.href}, not this page (${path})`)
    }
    for (const alternate of facts.alternates) {
      const expected =
        alternate.hreflang === 'x-default'
          ? expectedPathIn(template, 'nl')
          : LANGUAGES.includes(alternate.hreflang as Language)
            ? expectedPathIn(template, alternate.hreflang as Language)
            : undefined
      if (expected && pathAndQuery(alternate.href) !== expected)
        problems.push(`hreflang="${alternate.hreflang}" alternate is ${pathAndQuery(alternate.href)}, expected ${expected}`)
      if (new URL(alternate.href).host !== new URL(serverUrl).host)
        problems.push(`hreflang="${alternate.hreflang}" alternate points at another host: ${alternate.href}`)
      const answer = await probe(alternate.href)
      if (answer.status !== 200)
        problems.push(
          `hreflang="${alternate.hreflang}" alternate ${alternate.href} answers ${answer.status}${answer.location ? ` → ${answer.location}` : ''}`,
        )
      if (answer.setCookie) problems.push(`hreflang="${alternate.hreflang}" alternate ${alternate.href} sets a cookie`)
    }

    // The language switcher: a link per other language, with hreflang and lang, to the same page.
    for (const other of LANGUAGES.filter((l) => l !== language)) {
      const link = facts.switcher.find((s) => s.hreflang === other)
      if (!link) {
        problems.push(`language switcher: no <nav> link with hreflang="${other}" and lang`)
        continue
      }
      if (link.lang !== other) problems.push(`language switcher: the hreflang="${other}" link has lang="${link.lang}"`)
      const expected = expectedPathIn(template, other)
      const actual = pathAndQuery(link.href)
      if (expected && actual !== expected) problems.push(`language switcher: the ${other} link goes to ${actual}, expected ${expected}`)
      if (template === 'administration' && !actual.startsWith(`${TEMPLATES.administrations[other]}/`))
        problems.push(`language switcher: the ${other} link goes to ${actual}, expected a page under ${TEMPLATES.administrations[other]}/`)
      // A news item not yet published in a language links to that language's news index instead.
      if (template === 'newsArticle' && !actual.startsWith(TEMPLATES.news[other]))
        problems.push(`language switcher: the ${other} link goes to ${actual}, expected ${TEMPLATES.news[other]} or a page under it`)
    }

    if (!facts.mainNavigation.found)
      problems.push(
        `no main navigation (a <nav> outside <main> linking to ${TEMPLATES.missions[language]} and ${TEMPLATES.administrations[language]})`,
      )

    // "Is this page useful?" under every page, about this page, posting to the language's feedback address.
    const feedback = feedbackProblem(facts.feedback, path, language)
    if (feedback) problems.push(feedback)

    const violations = await runAxe(page)
    if (violations.length > 0) problems.push(formatViolations(violations, path))

    problems.push(...(await privacy.problems()))
    problems.push(...(await reflowProblems(page)))
    return problems.map((problem) => `${path}: ${problem}`)
  } finally {
    privacy.stop()
  }
}

/** What is wrong with a page's "Is this page useful?" form, or undefined when it is there and right. */
export function feedbackProblem(feedback: PageFacts['feedback'], path: string, language: Language): string | undefined {
  if (!feedback) return 'no "Is this page useful?" form (form[data-page-feedback])'
  const pathname = new URL(path, 'http://x').pathname
  const wanted = { action: FEEDBACK_PATHS[language], page: pathname, answers: ['yes', 'no'], visible: true }
  return JSON.stringify(feedback) === JSON.stringify(wanted)
    ? undefined
    : `the "Is this page useful?" form is ${JSON.stringify(feedback)}, expected ${JSON.stringify(wanted)}`
}

/** Where each language's feedback form posts. */
const FEEDBACK_PATHS: Record<Language, string> = { nl: '/nl/feedback', fr: '/fr/avis', en: '/en/feedback' }

/**
 * WCAG 1.4.10 reflow: the same page at 390 and 320 CSS pixels wide, as a desktop browser at 400 %
 * zoom (a phone emulation would zoom out to fit what overflows, and hide it), must not scroll sideways.
 * Run on the page already checked at its first width, so that every template gets it without a second walk.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  const problems: string[] = []
  const before = page.viewportSize()
  try {
    for (const width of REFLOW_WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      const widths = await documentWidths(page)
      if (widths.scrollWidth > widths.innerWidth)
        problems.push(
          `scrolls sideways at ${width}px (scrollWidth ${widths.scrollWidth} > ${widths.innerWidth}); overflowing: ${widths.wide.join(', ')}`,
        )
      for (const caption of widths.cutCaptions)
        problems.push(`at ${width}px the caption "${caption}" runs past its table's scrolling region`)
    }
  } finally {
    if (before) await page.setViewportSize(before)
  }
  return problems
}

/** The widths reflow is about, with the first few elements that reach past the right edge (to say what overflows), and table captions cut by their scrolling region. */
export async function documentWidths(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; wide: string[]; cutCaptions: string[] }> {
  await definePageHelpers(page)
  return page.evaluate(() => {
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} (right edge ${Math.round(element.getBoundingClientRect().right)}px)`
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map(describe)
    // A wide table scrolls in its region; its caption must stay readable there without scrolling.
    const cutCaptions = [...document.querySelectorAll('[role="region"] caption')]
      .filter((caption) => caption.getBoundingClientRect().right > caption.closest('[role="region"]')!.getBoundingClientRect().right + 0.5)
      .map((caption) => (caption.textContent ?? '').trim())
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide, cutCaptions }
  })
}

/** Pages of the administrations linked from a list page's <main>, in order, without repeats. */
export async function administrationLinks(context: BrowserContext, serverUrl: string, language: Language): Promise<string[]> {
  const page = await context.newPage()
  try {
    await page.goto(serverUrl + TEMPLATES.administrations[language])
    const prefix = `${TEMPLATES.administrations[language]}/`
    const paths = await page.evaluate(
      (prefix) =>
        [...document.querySelectorAll('main a[href]')]
          .map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname)
          .filter((p) => p.startsWith(prefix) && p.length > prefix.length),
      prefix,
    )
    return [...new Set(paths)]
  } finally {
    await page.close()
  }
}
