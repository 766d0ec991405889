import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Field, FieldAccess, PayloadRequest } from 'payload'
import { accessFromMatrix } from './from-matrix'
import { SERVER_MAINTAINED, withSharedFieldAccess } from './shared-field-access'

const user = (roles: string[]) => ({ id: 5, roles })
const req = (roles: string[]) => ({ user: user(roles) }) as unknown as PayloadRequest
const updatable = (field: Field | undefined, roles: string[]) =>
  (field as { access?: { update?: FieldAccess } } | undefined)?.access?.update?.({ req: req(roles) } as never)

const FIELDS: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
  { type: 'row', fields: [{ name: 'publishedAt', type: 'date' }] },
  {
    name: 'withdrawal',
    type: 'group',
    fields: [
      { name: 'withdrawn', type: 'checkbox' },
      { name: 'reason', type: 'textarea', localized: true },
    ],
  },
  { name: 'translation', type: 'json', custom: { [SERVER_MAINTAINED]: true } },
]

describe('shared fields read-only from the role matrix', () => {
  const fields = withSharedFieldAccess('news', FIELDS)
  const byName = (list: readonly Field[], name: string) => list.find((field) => 'name' in field && field.name === name)

  it('closes every field shared by all languages to a translator, at any depth, and leaves them open to an editor', () => {
    assert.equal(updatable(byName(fields, 'themes'), ['translator']), false)
    assert.equal(updatable(byName(fields, 'themes'), ['editor']), true)
    const row = fields[2] as { fields: Field[] }
    assert.equal(updatable(byName(row.fields, 'publishedAt'), ['translator']), false)
    const group = byName(fields, 'withdrawal') as { fields: Field[] }
    assert.equal(updatable(byName(group.fields, 'withdrawn'), ['translator']), false)
    assert.equal(updatable(byName(group.fields, 'withdrawn'), ['translator', 'editor']), true)
  })

  it('leaves localized text open, and the group that holds it', () => {
    assert.equal(updatable(byName(fields, 'title'), ['translator']), undefined)
    assert.equal(updatable(byName(fields, 'withdrawal'), ['translator']), undefined)
    const group = byName(fields, 'withdrawal') as { fields: Field[] }
    assert.equal(updatable(byName(group.fields, 'reason'), ['translator']), undefined)
  })

  it('closes what the server maintains to everyone', () => {
    assert.equal(updatable(byName(fields, 'translation'), ['admin']), false)
  })
})

describe('the publish controls follow the matrix', () => {
  // The admin asks update access with `_status: 'published'` to decide whether to offer "Publish".
  const update = accessFromMatrix('news').update
  const ask = (roles: string[], status: string) => update({ req: req(roles), data: { _status: status } } as never)

  it('refuses an update that publishes to a translator, who may still save a draft', () => {
    assert.equal(ask(['translator'], 'published'), false)
    assert.equal(ask(['translator'], 'draft'), true)
  })

  it('lets an editor publish', () => {
    assert.equal(ask(['editor'], 'published'), true)
  })
})
