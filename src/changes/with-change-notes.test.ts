import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { CollectionConfig, Field } from 'payload'
import { changeField } from './fields'
import { withChangeNotes } from './with-change-notes'

const inSidebar = (field: Field) => (field.admin as { position?: string } | undefined)?.position === 'sidebar'

it('puts the When publishing box first in the sidebar, where the admin draws its fields without scrolling', () => {
  const collection: CollectionConfig = {
    slug: 'pages',
    fields: [
      { name: 'title', type: 'text' },
      { name: 'owner', type: 'text', admin: { position: 'sidebar' } },
    ],
  }
  const sidebar = withChangeNotes(collection).fields.filter(inSidebar)
  assert.equal(sidebar[0], changeField)
  assert.deepEqual(
    sidebar.map((field) => ('name' in field ? field.name : field.type)),
    ['collapsible', 'owner', 'collapsible'],
  )
})
