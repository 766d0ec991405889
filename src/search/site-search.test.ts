import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Payload } from 'payload'
import { STORE_DATABASE } from '@/content-store/content-store'
import { storeDatabase } from '@/content-store/store-database'
import { siteSearch } from './site-search'

/** A PostgreSQL pool that answers every query with no rows, and keeps what it was asked. */
function recordingPool() {
  const asked: { name?: string; text: string }[] = []
  const pool = {
    async query(config: { name?: string; text: string }) {
      asked.push(config)
      return { rows: [] }
    },
  }
  return { pool, asked }
}

describe('the site search on the content store’s PostgreSQL connections', () => {
  it('keeps no statement prepared for a search, whose SQL holds its key ranges, while the store’s own reads stay prepared', async () => {
    const { pool, asked } = recordingPool()
    const store = storeDatabase({ db: { pool } } as unknown as Payload)
    const wrapped = { [STORE_DATABASE]: store } as unknown as Payload
    for (const locale of ['nl', 'fr'] as const)
      await siteSearch(wrapped).index.search({ text: 'premie renovatie', locale, limit: 10, offset: 0 })
    await siteSearch(wrapped).bestBets('premie renovatie', 'nl')
    assert.ok(asked.length >= 4, `${asked.length} statements`)
    assert.deepEqual(
      asked.filter((config) => config.name !== undefined).map((config) => config.text.slice(0, 60)),
      [],
    )
    await store.read('SELECT data FROM content_store WHERE collection = ?', ['news'])
    assert.match(asked.at(-1)?.name ?? '', /^store_/, 'a read of the store is prepared once and kept')
  })
})
