/**
 * What operators see, through the real server: `/metrics` (refused without its token, absent when
 * no token is set, and with it every series in strict Prometheus text format), the request id on
 * answers and log lines, and the logs of contact form submissions, good, refused and replayed,
 * searched for every value the visitor typed: none may be there.
 */
import assert from 'node:assert/strict'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { adminSession, FILES, fetchForm, referenceOf, submitContact, validFields } from '../support/contact'
import { type Family, parsePrometheusText, sampleValue } from '../support/prometheus-text'
import { type Belfort, startTestServer } from '../support/server'

const TOKEN = 'observability-test-token-4c1f9a'
const BACKUP_FINISHED = '2026-11-29T03:00:00.000Z'

let server: Belfort

before(
  async () => {
    server = await startTestServer({
      keepAllOutput: true,
      env: { METRICS_TOKEN: TOKEN, LOG_LEVEL: 'debug', CONTACT_CHALLENGE_WAIT_SECONDS: '0', CONTACT_RATE_LIMIT: '50' },
    })
  },
  { timeout: 180_000 },
)
after(() => server?.stop())

const scrape = (headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) => fetch(`${server.url}/metrics`, { headers })

/** The server's output as JSON log lines (the lines that are not JSON are returned apart). */
function logLines(): { json: Record<string, unknown>[]; other: string[] } {
  const json: Record<string, unknown>[] = []
  const other: string[] = []
  for (const line of server.output().split('\n')) {
    try {
      json.push(JSON.parse(line) as Record<string, unknown>)
    } catch {
      if (line.trim()) other.push(line)
    }
  }
  return { json, other }
}

describe('/metrics', () => {
  it('is refused without the token, with another token and with another scheme', async () => {
    const refused: Record<string, string>[] = [
      {},
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: 'Bearer wrong-token-of-some-length' },
      { Authorization: `Basic ${TOKEN}` },
    ]
    for (const headers of refused) {
      const response = await scrape(headers)
      assert.equal(response.status, 401, JSON.stringify(headers))
      assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="metrics"')
      assert.equal(response.headers.get('cache-control'), 'no-store')
      assert.ok(!(await response.text()).includes('belfort_'))
    }
  })

  it('with the token, says every series in Prometheus text format, moved by the requests made', { timeout: 60_000 }, async () => {
    mkdirSync(path.join(server.dataDir, 'backups'), { recursive: true })
    writeFileSync(
      path.join(server.dataDir, 'backups', 'last-success.json'),
      JSON.stringify({ finishedAt: BACKUP_FINISHED, archive: 'b.tar', bytes: 1 }),
    )
    const before = parsePrometheusText(await (await scrape()).text())
    // A page rendered then served from the cache, another rendered, an unknown one.
    for (const url of ['/nl/', '/nl/', '/en/contact', '/en/does-not-exist']) await (await fetch(server.url + url)).arrayBuffer()
    const response = await scrape()
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/)
    assert.equal(response.headers.get('cache-control'), 'no-store')
    const families = parsePrometheusText(await response.text())
    const value = (name: string, labels?: Record<string, string>) => sampleValue(families, name, labels)
    const earlier = (name: string, labels?: Record<string, string>, of: Map<string, Family> = before) => {
      try {
        return sampleValue(of, name, labels)
      } catch {
        return 0
      }
    }

    for (const name of [
      'belfort_http_requests_total',
      'belfort_http_request_duration_seconds',
      'belfort_page_cache_hits_total',
      'belfort_page_cache_misses_total',
      'belfort_page_cache_evictions_total',
      'belfort_page_cache_bytes',
      'belfort_read_cache_hit_ratio',
      'belfort_renders_in_flight',
      'belfort_renders_waiting',
      'belfort_render_database_queries',
      'belfort_outbox_pending_emails',
      'belfort_outbox_oldest_pending_age_seconds',
      'belfort_jobs_failed',
      'belfort_backup_last_success_timestamp_seconds',
      'belfort_backup_age_seconds',
      'belfort_ready',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      assert.ok(families.has(name), `${name} is exported`)

    assert.ok(value('belfort_http_requests_total', { route: 'cached-page', status: '200' }) >= 1, 'the cache hit was counted')
    assert.ok(
      value('belfort_http_requests_total', { route: 'page', status: '200' }) >
        earlier('belfort_http_requests_total', { route: 'page', status: '200' }),
    )
    assert.ok(value('belfort_http_requests_total', { route: 'page', status: '404' }) >= 1)
    assert.ok(value('belfort_http_requests_total', { route: 'metrics', status: '401' }) >= 1, 'refused scrapes are counted too')
    assert.ok(value('belfort_http_request_duration_seconds_count', { route: 'page' }) >= 3)
    assert.ok(value('belfort_page_cache_hits_total') > earlier('belfort_page_cache_hits_total'), 'a cache hit was seen')
    assert.ok(value('belfort_page_cache_misses_total') >= 1)
    assert.ok(value('belfort_page_cache_bytes') > 0)
    const ratio = value('belfort_read_cache_hit_ratio')
    assert.ok(ratio >= 0 && ratio <= 1, `read cache hit ratio ${ratio}`)
    assert.equal(value('belfort_renders_in_flight'), 0)
    assert.equal(value('belfort_renders_waiting'), 0)
    assert.ok(value('belfort_render_database_queries_count') >= 3)
    assert.ok(value('belfort_outbox_pending_emails') >= 0)
    assert.ok(value('belfort_outbox_oldest_pending_age_seconds') >= 0)
    assert.equal(value('belfort_jobs_failed'), 0)
    assert.equal(value('belfort_backup_last_success_timestamp_seconds'), Date.parse(BACKUP_FINISHED) / 1000)
    assert.ok(value('belfort_backup_age_seconds') > 3600)
    assert.equal(value('belfort_ready'), 1)
    assert.ok(value('nodejs_heap_size_used_bytes') > 1e6)
  })

  it('is not served when METRICS_TOKEN is not set', { timeout: 180_000 }, async () => {
    const plain = await startTestServer()
    try {
      const response = await fetch(`${plain.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } })
      assert.equal(response.status, 404)
      assert.ok(!(await response.text()).includes('belfort_'))
    } finally {
      await plain.stop()
    }
  })
})

describe('request ids', () => {
  it('answers with a sane incoming X-Request-Id, replaces another, and logs the request under it', async () => {
    const kept = await fetch(`${server.url}/en/search?q=observability`, { headers: { 'X-Request-Id': 'proxy-4f1c9e77aa' } })
    await kept.arrayBuffer()
    assert.equal(kept.headers.get('x-request-id'), 'proxy-4f1c9e77aa')
    const replaced = await fetch(`${server.url}/en/contact`, { headers: { 'X-Request-Id': 'bad id "with" quotes' } })
    await replaced.arrayBuffer()
    assert.match(replaced.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const line = logLines().json.find((entry) => entry.reqId === 'proxy-4f1c9e77aa' && entry.msg === 'request')
    assert.ok(line, 'the access line carries the id')
    assert.equal(line.route, 'page')
    assert.equal(line.path, '/en/search', 'without the query')
    assert.equal(line.status, 200)
    assert.equal(typeof line.ms, 'number')
  })
})

describe('logs', () => {
  it('hold none of what a visitor typed in the contact form, sent, refused or replayed', { timeout: 90_000 }, async () => {
    const typed = {
      name: 'Quirinus Zwanepoel-Oyelaran',
      email: 'quirinus.zwanepoel7f3@example.be',
      phone: '+32 2 555 73 19',
      message: 'Mijn buurman Xylofonius herstelt fietsen in de Kwakkelstraat 93, kan dat zomaar?',
    }
    const fileName = 'zwanepoel-medisch-dossier.pdf'
    const form = await fetchForm(server.url, 'nl')
    const sent = await submitContact(server.url, {
      lang: 'nl',
      form,
      fields: validFields(form, typed),
      files: [{ name: fileName, bytes: FILES.pdf(), type: 'application/pdf' }],
    })
    assert.equal(sent.status, 303, sent.body.slice(0, 500))
    const reference = referenceOf(sent.location)
    assert.ok(reference)
    // The same spam check again (refused as replayed), twice at once on a new one (the second meets the
    // unique index: a failed insert), a bad address and a file that is not what its name says.
    await submitContact(server.url, { lang: 'nl', form, fields: validFields(form, typed) })
    const raced = await fetchForm(server.url, 'nl')
    await Promise.all([1, 2].map(() => submitContact(server.url, { lang: 'nl', form: raced, fields: validFields(raced, typed) })))
    await submitContact(server.url, { lang: 'nl', fields: { ...typed, email: 'quirinus.zwanepoel7f3@@example' } })
    await submitContact(server.url, {
      lang: 'nl',
      fields: typed,
      files: [{ name: 'zwanepoel-verklaring.pdf', bytes: new TextEncoder().encode('MZ nope') }],
    })
    // The confirmation page carries the reference in its query; staff read the message through the API.
    await (await fetch(server.url + sent.location!)).arrayBuffer()
    const api = await adminSession(server.url)
    const read = await api(`/api/contact-messages?where[reference][equals]=${reference}&depth=1`)
    assert.ok((await read.text()).includes(typed.name), 'the message was stored as typed')
    // The outbox sends (writes) the acknowledgement and the notification: wait for both.
    const mail = path.join(server.dataDir, 'mail')
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && (readdirSync(mail, { withFileTypes: true }).length ?? 0) < 2)
      await new Promise((r) => setTimeout(r, 250))
    await new Promise((resolve) => setTimeout(resolve, 500))

    const output = server.output()
    const { json } = logLines()
    // Once started, everything the server prints is a JSON line: its own, the jobs', Payload's and Next's answers.
    const started = output.split('\n').findIndex((line) => line.includes('Belfort is ready on'))
    assert.ok(started >= 0)
    const plain = output
      .split('\n')
      .slice(started)
      .filter((line) => line.trim() && !line.startsWith('{'))
    assert.deepEqual(plain, [], 'lines that are not JSON')
    assert.ok(
      json.some(
        (entry) => entry.msg === 'request' && entry.route === 'contact-form' && entry.status === 303 && typeof entry.reqId === 'string',
      ),
      'the submission itself was logged (this test reads a real log)',
    )
    const forms = (text: string) => [text, text.toLowerCase(), encodeURIComponent(text), JSON.stringify(text).slice(1, -1)]
    const values = [
      ...Object.values(typed),
      fileName,
      'zwanepoel-verklaring.pdf',
      'quirinus.zwanepoel7f3@@example',
      'Zwanepoel',
      'Xylofonius',
      'Kwakkelstraat',
      '555 73 19',
    ]
    for (const value of values)
      for (const form of forms(value))
        assert.ok(
          !output.includes(form),
          `"${form}" is in the server's output:\n${output
            .split('\n')
            .filter((line) => line.includes(form))
            .join('\n')}`,
        )
  })
})
