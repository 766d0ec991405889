import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { createMetrics } from '@/operations/metrics/instruments'
import type { Exchange } from '../mount'
import { metricsEndpoint } from './metrics'

const TOKEN = 'unit-test-metrics-token'
let server: Server
let base: string

before(async () => {
  const mount = metricsEndpoint(createMetrics(), TOKEN)
  server = createServer(async (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!
    if (!(await mount({ req, res, pathname } as Exchange))) {
      res.statusCode = 418
      res.end('not mine')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

const bearer = { Authorization: `Bearer ${TOKEN}` }

describe('metricsEndpoint', () => {
  it('answers /metrics only', async () => {
    assert.equal((await fetch(`${base}/metrics/x`, { headers: bearer })).status, 418)
    assert.equal((await fetch(`${base}/metricsx`, { headers: bearer })).status, 418)
  })
  it('asks for the bearer token', async () => {
    const refused = await fetch(`${base}/metrics`)
    assert.equal(refused.status, 401)
    assert.equal(refused.headers.get('www-authenticate'), 'Bearer realm="metrics"')
    assert.equal((await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${TOKEN.toUpperCase()}` } })).status, 401)
  })
  it('serves the text format to GET and its head to HEAD, never to be stored', async () => {
    const got = await fetch(`${base}/metrics`, { headers: bearer })
    assert.equal(got.status, 200)
    assert.equal(got.headers.get('cache-control'), 'no-store')
    assert.match(await got.text(), /^# HELP /m)
    const head = await fetch(`${base}/metrics`, { method: 'HEAD', headers: bearer })
    assert.equal(head.status, 200)
    assert.equal(await head.text(), '')
  })
  it('takes no other method', async () => {
    const posted = await fetch(`${base}/metrics`, { method: 'POST', headers: bearer })
    assert.equal(posted.status, 405)
    assert.equal(posted.headers.get('allow'), 'GET, HEAD')
  })
})
