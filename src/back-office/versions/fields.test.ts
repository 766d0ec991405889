import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Field } from 'payload'
import { sharedFieldChanges } from '@/access/shared-field-changes'
import { editedByField, versionNoteField } from './fields'
import { recordEditor } from './hooks/record-editor'

describe('who saved a version and why', () => {
  it('is not content: a translator’s save may carry its own note and author', () => {
    const fields: Field[] = [{ name: 'title', type: 'text', localized: true }, editedByField, versionNoteField]
    const changes = sharedFieldChanges(
      fields,
      { title: 'Titre', editedBy: 7, versionNote: 'traduction relue' },
      { title: 'Titel', editedBy: 3, versionNote: '' },
    )
    assert.deepEqual(changes, [])
  })
  it('is read by signed-in staff only, never by visitors', () => {
    for (const field of [editedByField, versionNoteField]) {
      const read = (field as { access?: { read?: (args: { req: { user: unknown } }) => boolean } }).access?.read
      assert.equal(read?.({ req: { user: null } }), false)
      assert.equal(read?.({ req: { user: { id: 1 } } }), true)
    }
  })
  it('names the signed-in staff member on every save, whatever the form sent', () => {
    const req = { user: { id: 5, collection: 'users' } }
    const data = (recordEditor as unknown as (args: object) => Record<string, unknown>)({ data: { title: 'x', editedBy: 9 }, req })
    assert.equal(data.editedBy, 5)
  })
})
