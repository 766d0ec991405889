import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createLocalReq } from 'payload'
import { type ContentChange, onContentChange } from '@/site/invalidation'
import { payloadForThisFile } from './payload-instance'

const payload = payloadForThisFile()

/** Records the announcements made while `run` goes on, and which of them came after `mark` was called. */
async function announcementsDuring(run: (mark: () => void) => Promise<void>): Promise<{ before: ContentChange[]; after: ContentChange[] }> {
  const seen = { before: [] as ContentChange[], after: [] as ContentChange[] }
  let marked = false
  const stop = onContentChange((change) => (marked ? seen.after : seen.before).push(change))
  try {
    await run(() => {
      marked = true
    })
  } finally {
    stop()
  }
  return seen
}

/** SQLite is used without transactions (each write lands at once); PostgreSQL's adapter opens them. */
const transactional = process.env.BELFORT_TEST_DB === 'postgres'

describe('content changes inside a transaction', { skip: transactional ? false : 'SQLite writes without transactions' }, () => {
  it('are announced when made, and again once the transaction commits', async () => {
    const req = await createLocalReq({}, payload)
    const transaction = await payload.db.beginTransaction()
    assert.ok(transaction, 'the adapter opens transactions')
    req.transactionID = transaction
    let id = 0
    const seen = await announcementsDuring(async (mark) => {
      const page = await payload.create({
        collection: 'pages',
        locale: 'nl',
        data: { title: 'Binnen een transactie', slug: 'binnen-een-transactie', _status: 'published' },
        req,
      })
      id = page.id
      mark()
      await payload.db.commitTransaction(transaction)
    })
    assert.deepEqual(
      seen.before.map((c) => [c.source, c.id, c.uncommitted]),
      [['pages', id, true]],
      'announced by the hook, before the commit, as not committed yet',
    )
    assert.deepEqual(
      seen.after.map((c) => [c.source, c.id, c.uncommitted]),
      [['pages', id, undefined]],
      'announced again after the commit, when readers see the new rows',
    )
  })

  it('are not announced again when the transaction is rolled back', async () => {
    const req = await createLocalReq({}, payload)
    const transaction = await payload.db.beginTransaction()
    assert.ok(transaction)
    req.transactionID = transaction
    const seen = await announcementsDuring(async (mark) => {
      await payload.create({
        collection: 'pages',
        locale: 'nl',
        data: { title: 'Teruggedraaid', slug: 'teruggedraaid', _status: 'published' },
        req,
      })
      mark()
      await payload.db.rollbackTransaction(transaction)
    })
    assert.equal(seen.before.length, 1)
    assert.deepEqual(seen.after, [])
    const found = await payload.find({ collection: 'pages', where: { slug: { equals: 'teruggedraaid' } }, locale: 'nl' })
    assert.equal(found.docs.length, 0, 'nothing was written')
  })
})

describe('the last announcement of a change', () => {
  it('comes when readers outside the writer can see the change', async () => {
    const reads: Promise<boolean>[] = []
    const stop = onContentChange((change) => {
      if (change.source !== 'pages') return
      // What a page rendered on hearing this announcement would read.
      reads.push(
        payload
          .find({ collection: 'pages', where: { slug: { equals: 'gewoon' } }, locale: 'nl', depth: 0 })
          .then((found) => found.docs.length === 1),
      )
    })
    try {
      await payload.create({ collection: 'pages', locale: 'nl', data: { title: 'Gewoon', slug: 'gewoon', _status: 'published' } })
    } finally {
      stop()
    }
    assert.ok(reads.length >= 1)
    // Reads made on an earlier announcement may race the writer; only the last one must see it.
    const results = await Promise.allSettled(reads)
    assert.deepEqual(results.at(-1), { status: 'fulfilled', value: true })
  })
})
