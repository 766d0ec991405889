/**
 * The database-backed figures of `/metrics` on a fresh database (SQLite and PostgreSQL): the
 * outbox's backlog and its oldest email, and the jobs that failed.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Payload } from 'payload'
import { outboxBacklog } from '@/contact/mail/backlog'
import { failedJobCount } from '@/operations/metrics/failed-jobs'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
})
after(() => instance.close())

async function email(key: string, status: 'queued' | 'sending' | 'sent' | 'failed') {
  return payload.create({
    collection: 'email-outbox',
    overrideAccess: true,
    data: {
      key,
      kind: 'notification',
      to: 'inbox@gob.example',
      subject: key,
      text: 'x',
      status,
      attempts: 0,
      nextAttemptAt: new Date().toISOString(),
    },
  })
}

describe('outboxBacklog', () => {
  it('counts the emails waiting or being sent, and says since when the oldest waits', async () => {
    assert.deepEqual(await outboxBacklog(payload), { pending: 0, oldestQueuedAt: undefined })
    await email('metrics-sent', 'sent')
    const oldest = await email('metrics-queued-1', 'queued')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await email('metrics-sending', 'sending')
    await email('metrics-failed', 'failed')
    const backlog = await outboxBacklog(payload)
    assert.equal(backlog.pending, 2)
    assert.equal(backlog.oldestQueuedAt?.toISOString(), new Date(oldest.createdAt).toISOString())
  })
})

describe('failedJobCount', () => {
  it('counts the jobs that ended with an error', async () => {
    assert.equal(await failedJobCount(payload), 0)
    const job = await payload.jobs.queue({ task: 'contact-retention', input: {} })
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { hasError: true }, overrideAccess: true })
    await payload.jobs.queue({ task: 'contact-retention', input: {} })
    assert.equal(await failedJobCount(payload), 1)
  })
})
