import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Payload } from 'payload'
import { shownDocuments } from './shown-documents'

/** Just enough of a Payload's schema: news with relations, a join, an array, blocks and rich text. */
const payload = {
  collections: {
    news: {
      config: {
        flattenedFields: [
          { name: 'theme', type: 'relationship', relationTo: 'themes' },
          { name: 'audiences', type: 'relationship', relationTo: 'audiences', hasMany: true },
          { name: 'seeAlso', type: 'relationship', relationTo: ['pages', 'documents'], hasMany: true },
          { name: 'sources', type: 'array', flattenedFields: [{ name: 'file', type: 'upload', relationTo: 'media' }] },
          {
            name: 'layout',
            type: 'blocks',
            blocks: [{ slug: 'quote', flattenedFields: [{ name: 'author', type: 'relationship', relationTo: 'administrations' }] }],
          },
          { name: 'body', type: 'richText' },
          { name: 'meta', type: 'group', flattenedFields: [{ name: 'owner', type: 'relationship', relationTo: 'administrations' }] },
        ],
      },
    },
    themes: { config: { flattenedFields: [{ name: 'articles', type: 'join', collection: 'news' }] } },
    audiences: { config: { flattenedFields: [] } },
    documents: { config: { flattenedFields: [] } },
  },
  config: { globals: [{ slug: 'home', flattenedFields: [{ name: 'featured', type: 'relationship', relationTo: 'news' }] }], blocks: [] },
} as unknown as Payload

describe('what a stored document shows', () => {
  const shows = shownDocuments(payload)

  it('names the documents its relations point to, by id, populated or not, and itself', () => {
    const tags = shows(
      { collection: 'news' },
      {
        id: 5,
        theme: { id: 3, articles: { docs: [5, 6] } },
        audiences: [1, { id: 2 }],
        seeAlso: [{ relationTo: 'pages', value: 12 }],
        sources: [{ file: 9 }],
        layout: [{ blockType: 'quote', author: 4 }],
        meta: { owner: 7 },
        body: { root: { children: [{ type: 'link', fields: { doc: { relationTo: 'documents', value: { id: 30 } } } }] } },
      },
    )
    assert.deepEqual(
      [...tags].sort(),
      [
        'administrations:4',
        'administrations:7',
        'audiences:1',
        'audiences:2',
        'documents:30',
        'media:9',
        'news:*',
        'news:5',
        'news:6',
        'pages:12',
        'themes:3',
      ].sort(),
      "a populated theme's join lists news: any news item may enter or leave it",
    )
  })

  it('shows anything when a populated document has no schema here', () => {
    assert.ok(shows({ collection: 'news' }, { id: 1, seeAlso: [{ relationTo: 'unknown', value: { id: 2 } }] }).has('*'))
  })

  it('reads a global by its own schema', () => {
    assert.deepEqual([...shows({ global: 'home' }, { featured: { id: 8 } })], ['news:8'])
  })
})
