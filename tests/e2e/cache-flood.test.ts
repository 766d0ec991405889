/**
 * Cache-busting floods — random query strings, random paths, oversized headers — must neither
 * evict the pages people read nor make the server's memory grow without bound.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { it } from 'node:test'
import { serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile({ env: { PAGE_CACHE_MB: '4' } })

function residentKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
}

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; cache: string | null }> {
  const response = await fetch(server.url + path, { headers })
  await response.arrayBuffer()
  return { status: response.status, cache: response.headers.get('x-cache') }
}

/**
 * A raw request, because fetch refuses to send headers this large. The server answers 431 and
 * closes the connection, which the client may see as a reset before it reads the answer: both
 * mean the request was refused.
 */
function hugeHeader(bytes: number): Promise<number | 'reset'> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url)
    const req = request({ host: url.hostname, port: url.port, path: '/nl/', headers: { 'x-filler': 'a'.repeat(bytes) } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve('reset') : reject(error),
    )
    req.end()
  })
}

const random = () => Math.random().toString(36).slice(2)

/** 100 concurrent junk requests per round: random queries, random paths, bad page numbers. */
async function flood(rounds: number, pid: number): Promise<number> {
  let peak = 0
  for (let round = 0; round < rounds; round++) {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const kind = i % 3
        if (kind === 0) return get(`/nl/?${random()}=${random()}`)
        if (kind === 1) return get(`/nl/${random()}-${random()}`)
        return get(`/fr/actualites?page=${random()}`)
      }),
    )
    for (const r of results) assert.ok(r.status < 500, `status ${r.status} during the flood`)
    peak = Math.max(peak, residentKb(pid))
  }
  return peak
}

it('keeps the pages people read cached, and memory bounded, through a flood', { timeout: 240_000 }, async () => {
  assert.ok(server.pid)
  const useful = ['/nl/', '/fr/', '/en/', '/nl/over-ons', '/nl/nieuws']
  for (const path of useful) await get(path)
  for (const path of useful) assert.equal((await get(path)).cache, 'hit', `${path} is cached before the flood`)

  // The first thousands of requests grow the JavaScript heap to its working size; after that,
  // junk must not make it grow further: the peak of a second, longer flood stays near the first.
  const firstPeak = await flood(15, server.pid)
  const secondPeak = await flood(30, server.pid)
  for (let i = 0; i < 20; i++) {
    const refused = await hugeHeader(64 * 1024)
    assert.ok(refused === 431 || refused === 'reset', `an oversized header gets ${refused}`)
  }
  const grown = Math.max(secondPeak, residentKb(server.pid)) - firstPeak
  assert.ok(grown < 64 * 1024, `peak resident memory grew by ${Math.round(grown / 1024)} MB during 3,000 more junk requests`)

  for (const path of useful) assert.equal((await get(path)).cache, 'hit', `${path} is still cached after the flood`)
})
