/**
 * The tracker's back-office rules over Payload's REST API, as a partner, an evaluator and the
 * follow-up cell would meet them, on SQLite and PostgreSQL: bad input named by field in the
 * sender's language with nothing stored, a partner confined to their own organisation's measures,
 * and the tracker's pages listed in the sitemap.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { adminSession } from '../support/contact'
import { startTestServer, type Belfort } from '../support/server'

type Api = Awaited<ReturnType<typeof adminSession>>
interface Doc {
  id: number
  code?: string
  partners?: { partner: number | { id: number } }[]
}
interface ProblemBody {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

let server: Belfort
let admin: Api
let partner: Api
let evaluator: Api
/** A measure the partner's organisation carries out, one it does not, and that organisation. */
let ownMeasure: Doc
let foreignMeasure: Doc
let organisation: number
let indicatorId: number

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

async function count(api: Api, collection: string): Promise<number> {
  return (await json<{ totalDocs: number }>(await api(`/api/${collection}?limit=0&depth=0`))).totalDocs
}

/** The field-level problems of a 400, as `path: message`. */
async function problems(response: Response): Promise<{ path: string; message: string }[]> {
  const body = await json<ProblemBody>(response)
  return (body.errors ?? []).flatMap((e) => e.data?.errors ?? [])
}

async function createUser(email: string, data: Record<string, unknown>): Promise<Api> {
  const password = 'a-long-test-password-for-roles'
  const created = await admin('/api/users', { method: 'POST', body: JSON.stringify({ email, password, ...data }) })
  assert.equal(created.status, 201, await created.clone().text())
  return adminSession(server.url, email, password)
}

before(
  async () => {
    // Server-Timing goes to every visitor only with SERVER_TIMING=true (otherwise to signed-in staff).
    server = await startTestServer({ env: { SERVER_TIMING: 'true' } })
    admin = await adminSession(server.url)
    const measures = await json<{ docs: Doc[] }>(await admin('/api/plan-items?where[level][equals]=measure&limit=200&depth=0&sort=code'))
    const first = measures.docs[0]
    assert.ok(first?.partners?.length, 'the demo has measures with partners')
    organisation = idOf(first.partners[0]!.partner)
    ownMeasure = first
    const foreign = measures.docs.find((m) => !(m.partners ?? []).some((row) => idOf(row.partner) === organisation))
    assert.ok(foreign, 'the demo has a measure the organisation does not carry out')
    foreignMeasure = foreign
    partner = await createUser('partner@belfort.test', { roles: ['partner'], partners: [organisation] })
    evaluator = await createUser('evaluator@belfort.test', { roles: ['evaluator'] })
    const indicators = await json<{ docs: { id: number; unit: string }[] }>(
      await admin('/api/indicators?where[unit][equals]=percent&limit=1&depth=0'),
    )
    indicatorId = indicators.docs[0]!.id
  },
  { timeout: 180_000 },
)
after(() => server?.stop())

const report = (changes: Record<string, unknown> = {}) =>
  JSON.stringify({
    measure: ownMeasure.id,
    partner: organisation,
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    status: 'on-track',
    percent: 50,
    account: 'Test.',
    workflow: 'draft',
    ...changes,
  })

describe('bad input through the API is named by field, in the sender’s language, and stores nothing', () => {
  const cases = [
    { language: 'nl', body: () => report({ percent: 150 }), path: 'percent', says: /tussen 0 en 100/ },
    { language: 'fr', body: () => report({ percent: -1 }), path: 'percent', says: /compris entre 0 et 100/ },
    {
      language: 'en',
      body: () => report({ periodStart: '2026-09-30', periodEnd: '2026-07-01' }),
      path: 'periodEnd',
      says: /cannot come before 2026-09-30/,
    },
    { language: 'fr', body: () => report({ measure: 999999 }), path: 'measure', says: /./ },
  ] as const
  for (const c of cases) {
    it(`a progress report with a bad ${c.path} (${c.language})`, async () => {
      const before = await count(admin, 'progress-reports')
      const response = await partner('/api/progress-reports', {
        method: 'POST',
        body: c.body(),
        headers: { 'Accept-Language': c.language },
      })
      assert.equal(response.status, 400)
      const found = await problems(response)
      assert.ok(
        found.some((p) => p.path === c.path && c.says.test(p.message)),
        JSON.stringify(found),
      )
      assert.equal(await count(admin, 'progress-reports'), before)
    })
  }

  it('a report on a measure of someone else, in each language', async () => {
    const expected = { nl: /voert deze maatregel niet uit/, fr: /ne porte pas cette mesure/, en: /does not carry out this measure/ }
    for (const language of ['nl', 'fr', 'en'] as const) {
      const response = await partner('/api/progress-reports', {
        method: 'POST',
        body: report({ measure: foreignMeasure.id }),
        headers: { 'Accept-Language': language },
      })
      assert.equal(response.status, 400)
      const found = await problems(response)
      assert.ok(
        found.some((p) => p.path === 'measure' && expected[language].test(p.message)),
        `${language}: ${JSON.stringify(found)}`,
      )
    }
  })

  it('an observation in another unit than its indicator’s, in each language', async () => {
    const expected = {
      nl: /gemeten in “Procent”, niet in “Personen”/,
      fr: /se mesure en « Pour cent », pas en « Personnes »/,
      en: /measured in “Percent”, not “People”/,
    }
    const before = await count(admin, 'indicator-observations')
    for (const language of ['nl', 'fr', 'en'] as const) {
      const response = await evaluator('/api/indicator-observations', {
        method: 'POST',
        body: JSON.stringify({ indicator: indicatorId, date: '2027-06-30', value: 12000, unit: 'people' }),
        headers: { 'Accept-Language': language },
      })
      assert.equal(response.status, 400)
      const found = await problems(response)
      assert.ok(
        found.some((p) => p.path === 'unit' && expected[language].test(p.message)),
        `${language}: ${JSON.stringify(found)}`,
      )
    }
    assert.equal(await count(admin, 'indicator-observations'), before)
  })

  it('a plan item due before it starts', async () => {
    const response = await admin('/api/plan-items', {
      method: 'POST',
      body: JSON.stringify({
        level: 'measure',
        code: `${ownMeasure.code!.split('.').slice(0, 3).join('.')}.99`,
        parent: (await json<{ parent: number }>(await admin(`/api/plan-items/${ownMeasure.id}?depth=0`))).parent,
        title: 'x',
        startDate: '2027-01-01',
        dueDate: '2026-01-01',
      }),
      headers: { 'Accept-Language': 'en' },
    })
    assert.equal(response.status, 400)
    assert.ok((await problems(response)).some((p) => p.path === 'dueDate' && /cannot come before 2027-01-01/.test(p.message)))
  })
})

describe('a partner over the API', () => {
  it('writes and submits on their own measure, then can no longer change it', async () => {
    const created = await partner('/api/progress-reports', { method: 'POST', body: report({ workflow: 'submitted' }) })
    assert.equal(created.status, 201, await created.clone().text())
    const { doc } = await json<{ doc: { id: number } }>(created)
    const change = await partner(`/api/progress-reports/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ percent: 90 }) })
    assert.equal(change.status, 403)
    // Not public until validated.
    const anonymous = await json<{ totalDocs: number }>(await fetch(`${server.url}/api/progress-reports?where[id][equals]=${doc.id}`))
    assert.equal(anonymous.totalDocs, 0)
    await admin(`/api/progress-reports/${doc.id}`, { method: 'DELETE' })
  })

  it('an administrator changing or deleting a validated report is told, in their language, to record a correction', async () => {
    const created = await admin('/api/progress-reports', {
      method: 'POST',
      body: report({ workflow: 'submitted', periodStart: '2026-01-01', periodEnd: '2026-03-31' }),
    })
    assert.equal(created.status, 201, await created.clone().text())
    const { doc } = await json<{ doc: { id: number } }>(created)
    const validated = await admin(`/api/progress-reports/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ workflow: 'validated' }) })
    assert.equal(validated.status, 200, await validated.clone().text())
    const says = { nl: /registreer een correctie/, fr: /enregistrez une correction/ } as const
    for (const [language, text] of Object.entries(says)) {
      for (const init of [{ method: 'PATCH', body: JSON.stringify({ percent: 90 }) }, { method: 'DELETE' }]) {
        const refused = await admin(`/api/progress-reports/${doc.id}`, { ...init, headers: { 'Accept-Language': language } })
        assert.equal(refused.status, 403, `${init.method} ${language}`)
        const body = await json<ProblemBody>(refused)
        assert.match(body.errors?.[0]?.message ?? '', text, `${init.method} ${language}`)
      }
    }
    // Over GraphQL too, with the id written in the query or sent as a variable, and under an alias.
    const mutations = [
      { query: `mutation { updateProgressReport(id: ${doc.id}, data: { percent: 90 }) { id } }`, variables: {} },
      { query: 'mutation($id: Int!) { gone: deleteProgressReport(id: $id) { id } }', variables: { id: doc.id } },
    ]
    for (const [language, text] of Object.entries(says)) {
      for (const body of mutations) {
        const answer = await admin('/api/graphql', { method: 'POST', body: JSON.stringify(body), headers: { 'Accept-Language': language } })
        const { errors } = await json<{ errors?: { message: string; extensions?: { statusCode?: number } }[] }>(answer)
        assert.equal(errors?.[0]?.extensions?.statusCode, 403, `${body.query} ${language}`)
        assert.match(errors?.[0]?.message ?? '', text, `${body.query} ${language}`)
      }
    }
    const stored = await json<{ percent: number; workflow: string }>(await admin(`/api/progress-reports/${doc.id}?depth=0`))
    assert.deepEqual([stored.percent, stored.workflow], [50, 'validated'])
    // A report not yet validated keeps Payload's own refusal: nothing to correct there.
    const draft = await json<{ doc: { id: number } }>(
      await admin('/api/progress-reports', { method: 'POST', body: report({ periodStart: '2026-04-01', periodEnd: '2026-06-30' }) }),
    )
    const evaluatorRefused = await evaluator(`/api/progress-reports/${draft.doc.id}`, {
      method: 'DELETE',
      headers: { 'Accept-Language': 'nl' },
    })
    assert.ok([403, 404].includes(evaluatorRefused.status))
    assert.doesNotMatch(await evaluatorRefused.text(), /correctie/)
    await admin(`/api/progress-reports/${draft.doc.id}`, { method: 'DELETE' })
  })

  it('sees only their organisation’s reports, and none of another’s by id', async () => {
    const mine = await json<{ docs: { partner: number | { id: number } }[]; totalDocs: number }>(
      await partner('/api/progress-reports?limit=500&depth=0'),
    )
    assert.ok(mine.totalDocs > 0)
    assert.ok(mine.docs.every((r) => idOf(r.partner) === organisation))
    const others = await json<{ docs: { id: number }[] }>(
      await admin(`/api/progress-reports?where[partner][not_equals]=${organisation}&limit=1&depth=0`),
    )
    const other = others.docs[0]
    assert.ok(other)
    for (const init of [{}, { method: 'PATCH', body: JSON.stringify({ percent: 1 }) }, { method: 'DELETE' }]) {
      const response = await partner(`/api/progress-reports/${other.id}`, init)
      assert.ok([403, 404].includes(response.status), `${init.method ?? 'GET'}: ${response.status}`)
    }
    const still = await json<{ percent: number }>(await admin(`/api/progress-reports/${other.id}?depth=0`))
    assert.notEqual(still.percent, 1)
  })

  it('cannot change the plan, indicators, summits or accounts', async () => {
    assert.equal((await partner(`/api/plan-items/${ownMeasure.id}`, { method: 'PATCH', body: JSON.stringify({ title: 'x' }) })).status, 403)
    assert.equal((await partner(`/api/indicators/${indicatorId}`, { method: 'PATCH', body: JSON.stringify({ title: 'x' }) })).status, 403)
    const summits = await json<{ docs: { id: number }[] }>(await admin('/api/social-summits?limit=1&depth=0'))
    assert.equal(
      (await partner(`/api/social-summits/${summits.docs[0]!.id}`, { method: 'PATCH', body: JSON.stringify({ summary: 'x' }) })).status,
      403,
    )
    const accounts = await json<{ docs: { email: string }[] }>(await partner('/api/users?depth=0'))
    assert.deepEqual(
      accounts.docs.map((u) => u.email),
      ['partner@belfort.test'],
    )
  })
})

describe('where a render’s time goes', () => {
  it('a rendered page says its queries and times in Server-Timing; a cached one has none', async () => {
    const path = '/nl/opvolging/indicatoren'
    const first = await fetch(server.url + path)
    await first.text()
    assert.equal(first.headers.get('x-cache'), 'miss')
    assert.match(first.headers.get('server-timing') ?? '', /^db;dur=[\d.]+;desc="([1-9]\d*) queries", render;dur=[\d.]+, total;dur=[\d.]+$/)
    const second = await fetch(server.url + path)
    await second.text()
    assert.equal(second.headers.get('x-cache'), 'hit')
    assert.equal(second.headers.get('server-timing'), null)
  })
})

describe('the sitemap', () => {
  it('lists the tracker’s pages with their translations', async () => {
    const xml = await (await fetch(`${server.url}/sitemap.xml`)).text()
    for (const path of [
      '/en/follow-up/2021/1.1.1.1',
      '/nl/opvolging/2021/1',
      '/fr/suivi/sommet-social/2026',
      '/en/follow-up/indicators/employment-rate-20-64',
      '/fr/suivi/partenaires',
      '/nl/opvolging/maatregelen',
      '/en/follow-up/administrations/economy-and-employment',
    ]) {
      assert.ok(xml.includes(`${path}</loc>`), `${path} in the sitemap`)
    }
    assert.match(
      xml,
      /<loc>[^<]*\/en\/follow-up\/2021\/1\.1\.1\.1<\/loc>(?:<lastmod>[^<]+<\/lastmod>)?<xhtml:link rel="alternate" hreflang="nl" href="[^"]*\/nl\/opvolging\/2021\/1\.1\.1\.1"\/>/,
    )
  })
})
