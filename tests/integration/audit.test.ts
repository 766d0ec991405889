import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createLocalReq, type Payload } from 'payload'
import type { User } from '@/payload-types'
import { applyAuditRetention } from '@/audit/retention'
import { recordAudit } from '@/audit/record'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
let payload: Payload
let admin: User
let editor: User

before(async () => {
  instance = await startTestPayload()
  payload = instance.payload
  const create = (email: string, roles: User['roles']) =>
    payload.create({ collection: 'users', data: { email, password: 'a-long-test-password', roles }, overrideAccess: true })
  admin = await create('audit-admin@example.test', ['admin'])
  editor = await create('audit-editor@example.test', ['editor'])
})
after(() => instance.close())

async function eventsOf(action: string) {
  return (await payload.find({ collection: 'audit-events', where: { action: { equals: action } }, overrideAccess: true })).docs
}

describe('audit trail', () => {
  it('records who did what, with their roles, the item and the address', async () => {
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    req.headers = new Headers({ 'x-belfort-client-address': '192.0.2.7' })
    await recordAudit(req, { action: 'publish', collection: 'news', documentId: 12, language: 'fr' })
    const [event] = await eventsOf('publish')
    assert.ok(event)
    assert.equal(event.actorEmail, 'audit-editor@example.test')
    assert.equal(event.roles, 'editor')
    assert.equal(event.outcome, 'success')
    assert.deepEqual([event.collection, event.documentId, event.language, event.address], ['news', '12', 'fr', '192.0.2.7'])
  })

  it('is read by admins only', async () => {
    const asAdmin = await payload.find({ collection: 'audit-events', user: admin, overrideAccess: false })
    assert.ok(asAdmin.totalDocs > 0)
    await assert.rejects(payload.find({ collection: 'audit-events', user: editor, overrideAccess: false }))
    await assert.rejects(payload.find({ collection: 'audit-events', overrideAccess: false }))
  })

  it('is changed and deleted by nobody, not even with access overridden, and created by nobody through the API', async () => {
    const [event] = await eventsOf('publish')
    assert.ok(event)
    await assert.rejects(payload.update({ collection: 'audit-events', id: event.id, data: { detail: 'x' }, overrideAccess: true }))
    await assert.rejects(payload.delete({ collection: 'audit-events', id: event.id, overrideAccess: true }))
    await assert.rejects(payload.delete({ collection: 'audit-events', where: { id: { exists: true } }, overrideAccess: true }))
    await assert.rejects(
      payload.create({ collection: 'audit-events', data: { action: 'sign-in', outcome: 'success' }, user: admin, overrideAccess: false }),
    )
    assert.equal((await eventsOf('publish')).length, 1)
  })

  it('forgets events past the retention period, and only those', async () => {
    const req = await createLocalReq({}, payload)
    await recordAudit(req, { action: 'sign-in', actor: { email: 'old@example.test' } })
    await recordAudit(req, { action: 'sign-in', actor: { email: 'recent@example.test' } })
    const inThreeYears = new Date(Date.now() + 3 * 365 * 24 * 3600_000)
    // From three years on, with 24 months kept, everything recorded now is past its time…
    assert.ok((await applyAuditRetention(payload, 24, inThreeYears)) >= 2)
    assert.equal((await payload.count({ collection: 'audit-events', overrideAccess: true })).totalDocs, 0)
    // …and today nothing is.
    await recordAudit(req, { action: 'sign-in', actor: { email: 'today@example.test' } })
    assert.equal(await applyAuditRetention(payload, 24), 0)
    assert.equal((await payload.count({ collection: 'audit-events', overrideAccess: true })).totalDocs, 1)
  })
})
