/**
 * What people look for, on a real database (SQLite, or PostgreSQL with BELFORT_TEST_DB=postgres):
 * searches counted per day, language and normalised query, with those that found nothing; queries
 * holding personal data never stored; several instances' counts adding up; the report's totals over
 * 7 and 30 days; and counts deleted after 13 months.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { countWriter, dayOf, flushSearchCounts, SearchCounter, searchCounter } from '@/search/queries/counts'
import { queryReport } from '@/search/queries/report'
import { applyQueryCountRetention } from '@/search/queries/retention'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload

interface Row {
  day: string
  language: string
  queryKey: string
  sample: string
  searches: number
  zeroResults: number
}

async function rows(): Promise<Row[]> {
  const found = await payload.find({ collection: 'search-query-counts', limit: 1000, depth: 0, overrideAccess: true, sort: 'queryKey' })
  return found.docs as unknown as Row[]
}

before(
  async () => {
    instance = await startTestPayload()
    payload = instance.payload
  },
  { timeout: 300_000 },
)
after(() => instance.close())

const NOW = new Date('2026-11-30T10:00:00Z')

describe('search counts', () => {
  it('counts a normalised query per day and language, with the searches that found nothing', async () => {
    const counter = searchCounter(payload)
    assert.equal(counter.note('Premies voor renovatie', 'nl', 4, NOW), true)
    counter.note('renovatie premie', 'nl', 0, NOW)
    counter.note('RENOVATIE  premies!', 'nl', 2, NOW)
    counter.note('renovatie premie', 'fr', 0, NOW)
    counter.note('renovatie premie', 'nl', 1, new Date('2026-11-29T10:00:00Z'))
    await flushSearchCounts()
    const today = (await rows()).filter((row) => row.day === '2026-11-30' && row.language === 'nl')
    assert.equal(today.length, 1, 'word forms, order, case and stop words meet in one row')
    assert.equal(today[0]?.searches, 3)
    assert.equal(today[0]?.zeroResults, 1)
    assert.equal(today[0]?.sample, 'premies voor renovatie', 'as first typed that day, in lower case')
    const french = (await rows()).filter((row) => row.day === '2026-11-30' && row.language === 'fr')
    assert.deepEqual(
      french.map((row) => [row.searches, row.zeroResults]),
      [[1, 1]],
    )
    // A later write adds to the row rather than replacing it.
    counter.note('renovatie premie', 'nl', 0, NOW)
    await flushSearchCounts()
    const again = (await rows()).find((row) => row.day === '2026-11-30' && row.language === 'nl' && row.queryKey === today[0]?.queryKey)
    assert.deepEqual([again?.searches, again?.zeroResults], [4, 2])
  })

  it('never stores a query holding an email address, a phone number or a national number, not even partly', async () => {
    const counter = searchCounter(payload)
    for (const query of ['premie jan.peeters@example.be', 'bel mij 0470 12 34 56', 'dossier 85.07.30-033.28', 'dossier 85073003328'])
      assert.equal(counter.note(query, 'nl', 0, NOW), false, query)
    await flushSearchCounts()
    const stored = JSON.stringify((await rows()).map((row) => [row.sample, row.queryKey]))
    for (const part of ['jan', 'peeters', 'example', '0470', '85', 'dossier', 'bel']) assert.doesNotMatch(stored, new RegExp(part), part)
  })

  it('adds up what several instances count at the same moment (an atomic increment)', async () => {
    const instances = Array.from({ length: 6 }, () => new SearchCounter(countWriter(payload)))
    for (const counter of instances)
      for (let i = 0; i < 25; i += 1) {
        counter.note('gelijktijdig zoeken', 'nl', i % 5 === 0 ? 0 : 3, NOW)
        counter.note(`andere zoekterm ${i % 3 === 0 ? 'alfa' : 'beta'}`, 'nl', 1, NOW)
      }
    await Promise.all(instances.map((counter) => counter.flush()))
    const found = (await rows()).filter((row) => row.day === '2026-11-30' && row.sample.startsWith('gelijktijdig'))
    assert.deepEqual(
      found.map((row) => [row.searches, row.zeroResults]),
      [[150, 30]],
    )
  })

  it('reports the top queries and the top queries without results over 7 and 30 days', async () => {
    const counter = searchCounter(payload)
    counter.note('werkloosheid', 'nl', 0, new Date('2026-11-25T10:00:00Z'))
    counter.note('werkloosheid', 'nl', 0, new Date('2026-11-10T10:00:00Z'))
    counter.note('werkloosheid', 'nl', 0, new Date('2026-11-10T11:00:00Z'))
    await flushSearchCounts()
    const week = await queryReport(payload, 'nl', 7, NOW)
    const month = await queryReport(payload, 'nl', 30, NOW)
    assert.equal(week.top[0]?.sample, 'gelijktijdig zoeken')
    const zeroInWeek = week.zero.map((row) => [row.sample, row.zeroResults])
    assert.deepEqual(zeroInWeek.slice(0, 2), [
      ['gelijktijdig zoeken', 30],
      ['premies voor renovatie', 2],
    ])
    assert.deepEqual(
      week.zero.find((row) => row.sample === 'werkloosheid'),
      { queryKey: week.zero.find((row) => row.sample === 'werkloosheid')?.queryKey, sample: 'werkloosheid', searches: 1, zeroResults: 1 },
    )
    assert.equal(month.zero.find((row) => row.sample === 'werkloosheid')?.zeroResults, 3)
    // Another language's searches are not in this one's report.
    assert.equal((await queryReport(payload, 'fr', 7, NOW)).top.length, 1)
  })

  it('deletes counts after 13 months and keeps the rest', async () => {
    const counter = searchCounter(payload)
    counter.note('oud', 'nl', 0, new Date('2025-10-15T10:00:00Z'))
    counter.note('recent', 'nl', 0, new Date('2025-11-15T10:00:00Z'))
    await flushSearchCounts()
    assert.equal(dayOf(new Date('2025-10-15T10:00:00Z')), '2025-10-15')
    const deleted = await applyQueryCountRetention(payload, NOW)
    assert.equal(deleted, 1)
    const left = (await rows()).map((row) => row.sample)
    assert.ok(!left.includes('oud'))
    assert.ok(left.includes('recent'))
  })
})
