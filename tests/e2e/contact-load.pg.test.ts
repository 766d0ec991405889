/**
 * The contact form under load and through a crash, on loopback (npm test runs this file on SQLite
 * and again on PostgreSQL): 200 submissions from 20 clients at once must all be stored exactly once
 * under unique references with no 5xx; and after a SIGKILL in the middle of a burst, every
 * submission that was confirmed is still there after a restart.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { adminSession, referenceOf, storedReferences, submitContact } from '../support/contact'
import { startBelfort, startTestServer, type Belfort } from '../support/server'

const ENV = { CONTACT_RATE_LIMIT: '100000', CONTACT_CHALLENGE_MAX_NUMBER: '500' }
const servers: Belfort[] = []

after(async () => {
  // Restarted servers first: they share the first one's data, which its stop removes.
  for (const server of servers.reverse()) await server.stop()
})

interface Outcome {
  status: number | 'network-error'
  reference?: string
}

async function submitOnce(url: string, client: number, index: number): Promise<Outcome> {
  try {
    const result = await submitContact(url, { fields: { name: `Client ${client}`, message: `Message ${index} from client ${client}` } })
    return { status: result.status, reference: result.status === 303 ? referenceOf(result.location) : undefined }
  } catch {
    return { status: 'network-error' }
  }
}

describe('the contact form under load', () => {
  it('stores 200 submissions from 20 concurrent clients exactly once, with unique references and no 5xx', {
    timeout: 300_000,
  }, async () => {
    const server = await startTestServer({ env: ENV })
    servers.push(server)
    const outcomes: Outcome[] = []
    await Promise.all(
      Array.from({ length: 20 }, async (_, client) => {
        for (let i = 0; i < 10; i++) outcomes.push(await submitOnce(server.url, client, i))
      }),
    )
    const statuses: Record<string, number> = {}
    for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1
    assert.deepEqual(statuses, { 303: 200 }, `every submission confirmed: ${JSON.stringify(statuses)}`)
    const confirmed = outcomes.map((o) => o.reference!)
    assert.equal(new Set(confirmed).size, 200, 'references are unique')
    const stored = await storedReferences(await adminSession(server.url))
    assert.equal(stored.length, 200, 'exactly the confirmed messages are stored')
    assert.equal(new Set(stored).size, 200, 'each once')
    assert.deepEqual([...stored].sort(), [...confirmed].sort())
  })
})

describe('the contact form through a crash', () => {
  it('keeps every confirmed submission when the server is killed in the middle of a burst', { timeout: 300_000 }, async () => {
    const first = await startTestServer({ env: ENV })
    servers.push(first)
    const confirmed: string[] = []
    let killed = false
    let kill: Promise<void> | undefined
    await Promise.all(
      Array.from({ length: 10 }, async (_, client) => {
        for (let i = 0; !killed && i < 100; i++) {
          const outcome = await submitOnce(first.url, client, i)
          if (outcome.reference) confirmed.push(outcome.reference)
          if (outcome.status !== 303 && outcome.status !== 'network-error')
            assert.fail(`unexpected status ${outcome.status} before the crash`)
          if (confirmed.length >= 25 && !killed) {
            killed = true
            kill = first.kill()
          }
        }
      }),
    )
    await kill
    assert.ok(confirmed.length >= 25)

    const restarted = await startBelfort({
      dataDir: first.dataDir,
      databaseUrl: (first as Belfort & { databaseUrl?: string }).databaseUrl,
      env: ENV,
    })
    servers.push(restarted)
    const stored = new Set(await storedReferences(await adminSession(restarted.url)))
    const lost = confirmed.filter((reference) => !stored.has(reference))
    assert.deepEqual(
      lost,
      [],
      `confirmed before the crash but missing after the restart (${confirmed.length} confirmed, ${stored.size} stored)`,
    )
    // The form still works after the restart.
    const after = await submitContact(restarted.url)
    assert.equal(after.status, 303)
  })
})
