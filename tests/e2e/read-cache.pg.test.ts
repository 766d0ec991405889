/**
 * With the page cache off, pages are rendered from the read cache: the second render of a page
 * makes no database read, a publish is on the very next render, and what a publish does not touch
 * stays in memory.
 */
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/server'
import { serverForThisFile } from '../support/for-this-file'

// SERVER_TIMING: the query counts this file reads are in Server-Timing, which visitors get only with it.
const server = serverForThisFile({ env: { PAGE_CACHE_MB: '0', SERVER_TIMING: 'true' } })

async function render(path: string): Promise<{ html: string; queries: number }> {
  const response = await fetch(server.url + path)
  assert.equal(response.status, 200)
  const queries = Number(/desc="(\d+) queries"/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN)
  return { html: await response.text(), queries }
}

it('renders a page again without reading the database, and shows a publish on the next render', async () => {
  const path = '/nl/over-ons'
  const first = await render(path)
  const second = await render(path)
  assert.ok(first.queries > 0, 'the first render reads')
  assert.equal(second.queries, 0, 'the second render is answered from memory')
  assert.equal(second.html, first.html)

  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const found = (await (await fetch(`${server.url}/api/pages?where[slug][equals]=over-ons&locale=nl`, { headers: auth })).json()) as {
    docs: { id: number }[]
  }
  const title = `Over ons ${Date.now()}`
  const publish = await fetch(`${server.url}/api/pages/${found.docs[0]?.id}?locale=nl`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ title, _status: 'published' }),
  })
  assert.equal(publish.status, 200)

  const after = await render(path)
  assert.ok(after.html.includes(`<h1>${title}</h1>`), 'the next render shows the publish')
  assert.ok(after.queries > 0, 'the change dropped what the page read')
  const home = await render('/nl/')
  assert.ok(home.queries > 0, 'the home page, which lists pages, reads again')

  // The contact form's subjects are read through the same cache.
  await render('/nl/contact')
  assert.equal((await render('/nl/contact')).queries, 0)
  const administrations = (await (await fetch(`${server.url}/api/administrations?limit=1&locale=nl`, { headers: auth })).json()) as {
    docs: { id: number }[]
  }
  const subject = `Nieuw onderwerp ${Date.now()}`
  const created = await fetch(`${server.url}/api/contact-topics?locale=nl`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ label: subject, administration: administrations.docs[0]?.id, order: 99 }),
  })
  assert.equal(created.status, 201)
  assert.ok((await render('/nl/contact')).html.includes(subject), 'a new subject is on the form at once')
})

it('keeps what a news publish does not touch, and reads the news again', async () => {
  const auth = await signIn()
  const unrelated = ['/nl/over-ons', '/nl/opdrachten', '/nl/opvolging/partners']
  for (const path of [...unrelated, '/nl/nieuws']) await render(path)
  const news = (await (await fetch(`${server.url}/api/news?limit=1&depth=0&locale=nl`, { headers: auth })).json()) as {
    docs: { id: number }[]
  }
  const title = `Bericht ${Date.now()}`
  const publish = await fetch(`${server.url}/api/news/${news.docs[0]?.id}?locale=nl`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ title, _status: 'published' }),
  })
  assert.equal(publish.status, 200)
  for (const path of unrelated) assert.equal((await render(path)).queries, 0, `${path} is still rendered from memory`)
  const list = await render('/nl/nieuws')
  assert.ok(list.queries > 0, 'the news list reads again')
  assert.ok(list.html.includes(title), 'and shows the publish')
})

async function signIn(): Promise<Record<string, string>> {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  return { authorization: `JWT ${token}`, 'content-type': 'application/json' }
}
