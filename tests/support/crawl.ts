/**
 * Walks a running Belfort's public pages from the three home pages, following same-origin links,
 * and keeps each page's status and body. Used to show that two servers (before and after a
 * refactoring, a restore, another read path) give visitors the same pages.
 */

export interface CrawledPage {
  status: number
  contentType: string
  body: string
}

export interface CrawlOptions {
  /** Where to start; the three home pages by default. */
  start?: string[]
  /** At most this many addresses (default 3000). */
  limit?: number
  /** Extra addresses never to follow, besides the back office, assets and document files. */
  skip?: (path: string) => boolean
}

// Downloads are not pages: a PDF is compared by its stored file, a ZIP (compressed, so the addresses in it cannot be
// set aside) by the open-data tests.
const NOT_PAGES = /^\/(?:admin|api|_next|assets)(?:\/|$)|\.(?:pdf|zip)$|^\/favicon\.ico$/

/** Same-origin paths (with their query) that a page links to, in document order. */
export function linksOf(html: string, base: string): string[] {
  const origin = new URL(base).origin
  const found: string[] = []
  for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
    let url: URL
    try {
      url = new URL(match[1]!.replaceAll('&amp;', '&'), base)
    } catch {
      continue
    }
    if (url.origin === origin) found.push(url.pathname + url.search)
  }
  return found
}

export async function crawl(serverUrl: string, options: CrawlOptions = {}): Promise<Map<string, CrawledPage>> {
  const limit = options.limit ?? 3000
  const queue = [...(options.start ?? ['/nl/', '/fr/', '/en/'])]
  const seen = new Set(queue)
  const pages = new Map<string, CrawledPage>()
  while (queue.length > 0 && pages.size < limit) {
    const path = queue.shift()!
    const response = await fetch(serverUrl + path, { redirect: 'manual', headers: { 'accept-language': 'nl' } })
    const contentType = response.headers.get('content-type') ?? ''
    const body = await response.text()
    pages.set(path, { status: response.status, contentType, body })
    const location = response.headers.get('location')
    const next = location
      ? linksOf(` href="${location}"`, serverUrl + path)
      : /html/.test(contentType)
        ? linksOf(body, serverUrl + path)
        : []
    for (const target of next) {
      if (seen.has(target) || NOT_PAGES.test(target.split('?')[0]!) || options.skip?.(target)) continue
      seen.add(target)
      queue.push(target)
    }
  }
  return pages
}

/** The paths whose pages differ between two crawls (missing on one side counts), with where they first differ. */
export function differences(
  left: Map<string, CrawledPage>,
  right: Map<string, CrawledPage>,
  normalise: (body: string) => string = (body) => body,
): { path: string; detail: string }[] {
  const found: { path: string; detail: string }[] = []
  for (const path of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(path)
    const b = right.get(path)
    if (!a || !b) {
      found.push({ path, detail: a ? 'only in the first crawl' : 'only in the second crawl' })
      continue
    }
    if (a.status !== b.status) {
      found.push({ path, detail: `status ${a.status} ≠ ${b.status}` })
      continue
    }
    const textA = normalise(a.body)
    const textB = normalise(b.body)
    if (textA === textB) continue
    let at = 0
    while (at < textA.length && textA[at] === textB[at]) at++
    const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 100))
    found.push({ path, detail: `from character ${at}: ${around(textA)} ≠ ${around(textB)}` })
  }
  return found
}
