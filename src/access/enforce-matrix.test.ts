import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { CollectionConfig } from 'payload'
import { enforceMatrix } from './enforce-matrix'
import { isMatrixFieldRead } from './field-reads'
import { accessFromMatrix } from './from-matrix'
import { guardPublication } from './hooks/guard-publication'
import { markServerWrite, readAsVisitor } from './hooks/read-as-visitor'
import { refuseSharedFieldChanges } from './hooks/refuse-shared-field-changes'
import { isSharedFieldAccess } from './shared-field-access'

const pages = (changes: Partial<CollectionConfig> = {}): CollectionConfig => ({
  slug: 'pages',
  fields: [],
  versions: { drafts: true },
  access: accessFromMatrix('pages'),
  ...changes,
})

it('refuses to start with a collection that decides its access on its own, has no row, or publishes otherwise than its row says', () => {
  assert.throws(
    () => enforceMatrix([pages({ access: { ...accessFromMatrix('pages'), read: () => true } })]),
    /decides read access on its own/,
  )
  assert.throws(() => enforceMatrix([{ slug: 'unknown', fields: [] }]), /no row in the role matrix/)
  assert.throws(() => enforceMatrix([pages({ versions: false })]), /publishing/)
})

it('adds the publication guard and the translators’ field check where the matrix grants what they enforce', () => {
  const [config] = enforceMatrix([pages({ fields: [{ name: 'date', type: 'date' }] })])
  assert.equal(config?.hooks?.beforeOperation?.[0], guardPublication)
  assert.ok(!config?.hooks?.beforeOperation?.includes(readAsVisitor), 'pages are read as each view asks')
  // Before the operation: field access would otherwise drop a shared change before any later hook saw it.
  assert.equal(config?.hooks?.beforeOperation?.at(-1), refuseSharedFieldChanges)
  assert.ok(
    isSharedFieldAccess((config?.fields[0] as { access?: { update?: unknown } } | undefined)?.access?.update),
    'shared fields read-only from the matrix',
  )
  const [media] = enforceMatrix([{ slug: 'media', fields: [], access: accessFromMatrix('media') }])
  assert.deepEqual(media?.hooks?.beforeOperation ?? [], [markServerWrite])
  assert.deepEqual(media?.hooks?.beforeChange ?? [], [])
})

it('has server code without a user read plan items as a visitor, whatever access it overrides, except inside its own writes', () => {
  const [config] = enforceMatrix([{ slug: 'plan-items', fields: [], access: accessFromMatrix('plan-items') }])
  assert.equal(config?.hooks?.beforeOperation?.[0], readAsVisitor)
  const args = { overrideAccess: true }
  const call = (operation: string, user: unknown, context: Record<string, unknown> = {}) =>
    readAsVisitor({ args, operation, req: { user, context } } as unknown as Parameters<typeof readAsVisitor>[0])
  assert.deepEqual(call('read', null), { overrideAccess: false })
  assert.deepEqual(call('count', undefined), { overrideAccess: false })
  assert.equal(call('read', { id: 1 }), args)
  assert.equal(call('read', null, { serverWork: true }), args)
  assert.equal(call('update', null), args)
})

it('gives the fields a row names their readers from the matrix, and refuses a row naming a field the collection lacks', () => {
  const administrations = (fields: CollectionConfig['fields']): CollectionConfig => ({
    slug: 'administrations',
    fields,
    access: accessFromMatrix('administrations'),
  })
  const [config] = enforceMatrix([
    administrations([
      { name: 'name', type: 'text' },
      { type: 'row', fields: [{ name: 'notificationEmail', type: 'email' }] },
    ]),
  ])
  assert.ok(config)
  const email = (config.fields[1] as { fields: { access?: { read?: unknown } }[] }).fields[0]
  const read = email?.access?.read
  assert.ok(isMatrixFieldRead(read), 'read access from the matrix')
  const reads = (user: unknown) => (read as (args: unknown) => boolean)({ req: { user } })
  assert.equal(reads(null), false, 'a visitor')
  assert.equal(reads({ roles: ['partner'] }), false, 'a partner')
  assert.equal(reads({ roles: ['contact-handler'] }), false, 'a contact handler')
  assert.equal(reads({ roles: ['translator'] }), true, 'a translator')
  assert.equal(reads({ roles: ['partner', 'editor'] }), true, 'an editor who is also a partner')
  assert.equal((config.fields[0] as { access?: { read?: unknown } }).access?.read, undefined, 'other fields read by all the row lets read')
  assert.throws(
    () => enforceMatrix([administrations([{ name: 'name', type: 'text' }])]),
    /names fields it does not have: notificationEmail/,
  )
})
