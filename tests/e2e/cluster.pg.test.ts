import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase } from '../support/postgres'
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Belfort, startBelfort } from '../support/server'

/**
 * Two instances on one PostgreSQL database: a publish through instance A must be visible on
 * instance B within a second, although B had the page in its own cache.
 */
const onPostgres = process.env.BELFORT_TEST_DB === 'postgres'

describe('two instances on one PostgreSQL database', { skip: onPostgres ? false : 'runs in the PostgreSQL pass' }, () => {
  let a: Belfort
  let b: Belfort
  let drop: () => Promise<void>

  before(async () => {
    const database = await createTestDatabase()
    drop = database.drop
    // Started together on purpose: the start-up lock must keep them from seeding twice.
    ;[a, b] = await Promise.all([startBelfort({ databaseUrl: database.url }), startBelfort({ databaseUrl: database.url })])
  })
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await drop?.()
  })

  it('seeds the shared database once', async () => {
    const response = await fetch(`${a.url}/api/administrations?limit=100&locale=nl`)
    const body = (await response.json()) as { totalDocs: number }
    assert.equal(body.totalDocs, 8)
  })

  it('purges the page on the other instance within a second of a publish', async () => {
    const path = '/nl/over-ons'
    await fetch(b.url + path)
    const warm = await fetch(b.url + path)
    assert.equal(warm.headers.get('x-cache'), 'hit')
    await warm.text()

    const login = await fetch(`${a.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const found = (await (await fetch(`${a.url}/api/pages?where[slug][equals]=over-ons&locale=nl`, { headers: auth })).json()) as {
      docs: { id: number }[]
    }
    const id = found.docs[0]?.id
    assert.ok(id)

    const title = `Over ons ${Date.now()}`
    const sent = Date.now()
    const publish = await fetch(`${a.url}/api/pages/${id}?locale=nl`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title, _status: 'published' }),
    })
    assert.equal(publish.status, 200)
    // The second counts from the publish's answer (it is committed then): under CI's load the
    // request itself took most of a second, which says nothing about B.
    const started = Date.now()
    let seen = false
    while (Date.now() - started < 1000) {
      const html = await (await fetch(b.url + path)).text()
      if (html.includes(`<h1>${title}</h1>`)) {
        seen = true
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    assert.ok(
      seen,
      `instance B did not show the new title within 1 s of the publish (${Date.now() - started} ms; the publish took ${started - sent} ms)`,
    )
  })
})
