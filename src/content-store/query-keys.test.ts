import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { SchemaField } from './field-paths'
import { queryKeys, selectsOnlyKeys } from './query-keys'

const fields: SchemaField[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'publishedAt', type: 'date' },
  { name: 'content', type: 'richText' },
  { name: 'sections', type: 'array' },
  { name: 'layout', type: 'blocks' },
  { name: 'theme', type: 'relationship', relationTo: 'themes' },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
  { name: 'owner', type: 'relationship', relationTo: ['pages', 'news'] },
  { name: 'image', type: 'upload', relationTo: 'media' },
  { name: 'tags', type: 'select', hasMany: true },
  {
    name: 'withdrawal',
    type: 'group',
    flattenedFields: [
      { name: 'withdrawn', type: 'checkbox' },
      { name: 'note', type: 'richText' },
    ],
  },
]

describe('the query keys of a stored document', () => {
  it('keep scalars and relation ids at their paths, and drop what no condition reads', () => {
    const keys = JSON.parse(
      queryKeys(fields, {
        id: 7,
        title: 'Renovatiepremie',
        publishedAt: '2026-11-20T09:00:00.000Z',
        content: { root: { children: [{ text: 'x'.repeat(5000) }] } },
        sections: [{ heading: 'a' }],
        layout: [{ blockType: 'text' }],
        theme: { id: 3, name: 'Wonen', description: 'y'.repeat(2000) },
        themes: [{ id: 3, name: 'Wonen' }, 4],
        owner: { relationTo: 'pages', value: 2 },
        image: { id: 9, url: '/media/belfort.png', alt: 'Het Belfort' },
        tags: ['a', 'b'],
        withdrawal: { withdrawn: false, note: { root: {} } },
        createdAt: '2026-11-19T08:00:00.000Z',
        updatedAt: '2026-11-20T09:00:00.000Z',
      }),
    )
    assert.deepEqual(keys, {
      id: 7,
      title: 'Renovatiepremie',
      publishedAt: '2026-11-20T09:00:00.000Z',
      theme: 3,
      themes: [3, 4],
      image: 9,
      tags: ['a', 'b'],
      withdrawal: { withdrawn: false },
      createdAt: '2026-11-19T08:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
    })
  })

  it('keep a value per language when every language is read at once', () => {
    const keys = JSON.parse(queryKeys(fields, { id: 1, title: { nl: 'Premie', fr: 'Prime' }, theme: null, themes: [] }))
    assert.deepEqual(keys, { id: 1, title: { nl: 'Premie', fr: 'Prime' }, theme: null, themes: [] })
  })

  it('keep a localized group per language', () => {
    const localized: SchemaField[] = [
      {
        name: 'seo',
        type: 'group',
        localized: true,
        flattenedFields: [
          { name: 'title', type: 'text' },
          { name: 'body', type: 'richText' },
        ],
      },
    ]
    const keys = JSON.parse(queryKeys(localized, { id: 1, seo: { nl: { title: 'a', body: {} }, fr: { title: 'b', body: {} } } }))
    assert.deepEqual(keys, { id: 1, seo: { nl: { title: 'a' }, fr: { title: 'b' } } })
  })

  it('answer a select of top-level scalars and columns, and nothing else', () => {
    assert.equal(selectsOnlyKeys(fields, { title: true }), true)
    assert.equal(selectsOnlyKeys(fields, { id: true, title: true, publishedAt: true, updatedAt: true }), true)
    assert.equal(selectsOnlyKeys(fields, undefined), false, 'no select: the whole answer')
    assert.equal(selectsOnlyKeys(fields, {}), false)
    assert.equal(selectsOnlyKeys(fields, { title: true, content: true }), false, 'rich text is not in the keys')
    assert.equal(selectsOnlyKeys(fields, { theme: true }), false, 'a relation holds its id in the keys, perhaps a document in the answer')
    assert.equal(selectsOnlyKeys(fields, { withdrawal: { withdrawn: true } }), false, 'inside a group')
    assert.equal(selectsOnlyKeys(fields, { content: false }), false, 'a select that drops fields')
    assert.equal(selectsOnlyKeys(fields, { missing: true }), false, 'a field the collection does not have')
  })
})
