/**
 * Issue 13, item 9: a public path has one spelling. Any other (`//nl/x`, `/nl//x`, `/nl/%6eieuws`)
 * gets a 301 to it before anything is rendered or cached, so spellings can neither fill the page
 * cache nor make a page build its links from `//nl/…`.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { describe, it } from 'node:test'
import { serverForThisFile } from '../support/for-this-file'

const server = serverForThisFile({ env: { PAGE_CACHE_MB: '4' } })

/** A request with the target exactly as written: fetch would normalise `//` and `%6e` itself. */
function raw(target: string): Promise<{ status: number; location: string | undefined; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url)
    const req = request({ host: url.hostname, port: url.port, path: target }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          cache: res.headers['x-cache'] as string | undefined,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

function residentKb(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
}

/** One of the many ways to write a path: any letter percent-encoded (either case), extra slashes anywhere. */
function oddSpelling(path: string): string {
  let spelled = ''
  for (const character of path) {
    if (character === '/') spelled += '/'.repeat(1 + Math.floor(Math.random() * 3))
    else if (Math.random() < 0.4) {
      const hex = character.charCodeAt(0).toString(16)
      spelled += `%${Math.random() < 0.5 ? hex : hex.toUpperCase()}`
    } else spelled += character
  }
  return spelled
}

describe('canonical paths', () => {
  it('public page cache filled by path spellings: //nl/x, /nl//x and /nl/%6eieuws each get a 301 to the one spelling, never a page', async () => {
    for (const [sent, canonical] of [
      ['//nl/nieuws', '/nl/nieuws'],
      ['/nl//nieuws', '/nl/nieuws'],
      ['/nl/%6eieuws', '/nl/nieuws'],
      ['/nl/nieuws/', '/nl/nieuws'],
      ['/nl', '/nl/'],
      ['//nl//', '/nl/'],
      ['/nl//nieuws?page=2', '/nl/nieuws?page=2'],
    ]) {
      const answer = await raw(sent!)
      assert.equal(answer.status, 301, sent)
      assert.equal(answer.location, canonical, sent)
      assert.equal(answer.cache, undefined, `${sent} is not a page`)
    }
    const page = await raw('/nl/nieuws')
    assert.equal(page.status, 200)
    assert.ok(!/href="\/\//.test(page.body), 'no link on the page starts with //')
  })

  it('a burst of 2,000 odd spellings leaves the hot pages cache hits and memory flat', { timeout: 240_000 }, async () => {
    assert.ok(server.pid)
    const hot = ['/nl/', '/fr/', '/en/', '/nl/over-ons', '/nl/nieuws', '/fr/actualites', '/en/news']
    for (const path of hot) await raw(path)
    for (const path of hot) assert.equal((await raw(path)).cache, 'hit', `${path} is cached before the burst`)
    const targets = ['/nl/nieuws', '/fr/actualites', '/en/news', '/nl/over-ons', '/nl/opdrachten', '/fr/missions', '/nl/administraties']
    const burst = async (count: number) => {
      for (let sent = 0; sent < count; sent += 50) {
        const answers = await Promise.all(
          Array.from({ length: 50 }, async (_, i) => {
            let spelled = oddSpelling(targets[(sent + i) % targets.length]!)
            while (spelled === targets[(sent + i) % targets.length]) spelled = `/${spelled}`
            return { spelled, answer: await raw(spelled) }
          }),
        )
        for (const { spelled, answer } of answers) assert.equal(answer.status, 301, `${spelled}: ${answer.status}`)
      }
    }
    await burst(500)
    const warmed = residentKb(server.pid)
    await burst(2000)
    const grown = residentKb(server.pid) - warmed
    assert.ok(grown < 32 * 1024, `resident memory grew by ${Math.round(grown / 1024)} MB during 2,000 odd spellings`)
    for (const path of hot) assert.equal((await raw(path)).cache, 'hit', `${path} is still a cache hit after the burst`)
  })
})
