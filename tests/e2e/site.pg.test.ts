/**
 * The whole public site on the database BELFORT_TEST_DB names. `npm test` runs this file on SQLite
 * with the other browser tests and again on PostgreSQL (the `.pg.test.ts` suffix): every template
 * in every language and every administration answers, seeded and localized, on both databases.
 * Plain HTTP, no browser: the browser checks of the other files apply to the same HTML.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { htmlLang, leaks, rawGet } from '../support/http'
import { ROOT } from '../support/server'
import { ADMINISTRATION_COUNT, LANGUAGES, TEMPLATE_NAMES, TEMPLATES, expectedStatus } from '../support/site'
import { serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile()

function h1s(body: string): string[] {
  return [...body.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim())
}

function hrefs(body: string, prefix: string): string[] {
  return [
    ...new Set(
      [...body.matchAll(/href="([^"]+)"/g)]
        .map((match) => new URL(match[1]!.replace(/&amp;/g, '&'), 'http://x').pathname)
        .filter((p) => p.startsWith(prefix) && p.length > prefix.length),
    ),
  ]
}

for (const language of LANGUAGES) {
  describe(`${language} pages answer on ${process.env.BELFORT_TEST_DB === 'postgres' ? 'PostgreSQL' : 'SQLite'}`, () => {
    for (const template of TEMPLATE_NAMES) {
      const path = TEMPLATES[template][language]
      it(`${template} ${path}`, async () => {
        const response = await rawGet(server.url, path)
        assert.equal(response.status, expectedStatus(template), `${path}: status`)
        assert.equal(htmlLang(response.body), language, `${path}: <html lang>`)
        assert.equal(h1s(response.body).length, 1, `${path}: one <h1>`)
        assert.equal(response.headers['set-cookie'], undefined, `${path}: no cookie`)
        assert.deepEqual(leaks(response.body, ROOT), [], `${path}: leaks internals`)
      })
    }

    it(`the ${ADMINISTRATION_COUNT} administrations of ${TEMPLATES.administrations[language]} answer`, async () => {
      const list = await rawGet(server.url, TEMPLATES.administrations[language])
      assert.equal(list.status, 200)
      const links = hrefs(list.body, `${TEMPLATES.administrations[language]}/`)
      assert.equal(links.length, ADMINISTRATION_COUNT, `administration links: ${JSON.stringify(links)}`)
      for (const link of links) {
        const page = await rawGet(server.url, link)
        assert.equal(page.status, 200, `${link}: status`)
        assert.equal(htmlLang(page.body), language, `${link}: <html lang>`)
        assert.equal(h1s(page.body).length, 1, `${link}: one <h1>`)
      }
    })
  })
}

describe('health', () => {
  it('GET /healthz answers 200', async () => {
    const response = await rawGet(server.url, '/healthz')
    assert.equal(response.status, 200)
  })
})
