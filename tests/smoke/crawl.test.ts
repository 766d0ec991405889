/**
 * One start and a walk through every public page reachable from the three home pages: nothing
 * answers with an error, no link inside the site is broken, and every page says its language.
 * Cheap enough to run on every Node.js version the project supports.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type CrawledPage, crawl } from '../support/crawl'
import { htmlLang } from '../support/http'
import { DEMONSTRATION_WORD, PLACEHOLDER_CONTACT, visibleText, withoutDemonstrationBanner } from '../support/page-text'
import { type Belfort, startTestServer } from '../support/server'

let server: Belfort
let pages: Map<string, CrawledPage>

before(
  async () => {
    server = await startTestServer()
    pages = await crawl(server.url)
  },
  { timeout: 600_000 },
)
after(() => server?.stop())

describe('a walk through the public site', () => {
  it('reaches the pages of every part of the site in the three languages', () => {
    assert.ok(pages.size > 300, `only ${pages.size} pages reached`)
    for (const prefix of ['/nl/', '/fr/', '/en/']) {
      assert.ok([...pages.keys()].filter((path) => path.startsWith(prefix)).length > 80, `few pages under ${prefix}`)
    }
  })

  it('meets no error and no broken link', () => {
    const broken = [...pages].filter(([, page]) => page.status >= 400).map(([path, page]) => `${page.status} ${path}`)
    assert.deepEqual(broken, [])
  })

  it('finds every HTML page in the language of its address', () => {
    const wrong = [...pages]
      .filter(([, page]) => page.contentType.startsWith('text/html') && page.status === 200)
      .filter(([path, page]) => htmlLang(page.body) !== path.split('/')[1])
      .map(([path, page]) => `${path}: lang=${htmlLang(page.body)}`)
    assert.deepEqual(wrong, [])
  })

  it('shows no placeholder phone number or email address on any page', () => {
    const found = htmlPages(pages).flatMap(([path, page]) =>
      [...page.body.matchAll(PLACEHOLDER_CONTACT)].map((match) => `${path}: ${match[0]}`),
    )
    assert.deepEqual(found, [])
  })

  it('labels the demonstration once per page, in the banner, and nowhere else', () => {
    const withoutBanner = htmlPages(pages)
      .filter(([, page]) => !page.body.includes('data-demonstration-banner'))
      .map(([path]) => path)
    assert.deepEqual(withoutBanner, [], 'the demo content switches the banner on: every page shows it')
    const elsewhere = htmlPages(pages).flatMap(([path, page]) =>
      [...visibleText(withoutDemonstrationBanner(page.body)).matchAll(DEMONSTRATION_WORD)].map((match) => `${path}: ${match[0]}`),
    )
    assert.deepEqual(elsewhere, [])
  })
})

function htmlPages(crawled: Map<string, CrawledPage>): [string, CrawledPage][] {
  return [...crawled].filter(([, page]) => page.contentType.startsWith('text/html') && page.status === 200)
}
