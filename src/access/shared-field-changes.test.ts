import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Field } from 'payload'
import { sharedFieldChanges } from './shared-field-changes'

/** A content type with shared fields at every depth Payload allows, and localized text beside them. */
const FIELDS: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'year', type: 'number' },
  {
    type: 'row',
    fields: [
      { name: 'periodStart', type: 'number' },
      { name: 'caption', type: 'text', localized: true },
    ],
  },
  { type: 'collapsible', label: 'More', fields: [{ name: 'publishedAt', type: 'date' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Unnamed', fields: [{ name: 'kind', type: 'select', options: ['a', 'b'] }] },
      {
        name: 'seo',
        label: 'Named',
        fields: [
          { name: 'image', type: 'upload', relationTo: 'media' },
          { name: 'description', type: 'text', localized: true },
        ],
      },
      { name: 'perLanguage', localized: true, fields: [{ name: 'anything', type: 'text' }] },
    ],
  },
  {
    name: 'contact',
    type: 'group',
    fields: [
      { name: 'phone', type: 'text' },
      { name: 'hours', type: 'text', localized: true },
    ],
  },
  { name: 'translated', type: 'group', localized: true, fields: [{ name: 'url', type: 'text' }] },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
  { name: 'withdrawn', type: 'checkbox' },
  {
    name: 'links',
    type: 'array',
    fields: [
      { name: 'url', type: 'text' },
      { name: 'label', type: 'text', localized: true },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      {
        slug: 'quote',
        fields: [
          { name: 'source', type: 'text' },
          { name: 'text', type: 'textarea', localized: true },
        ],
      },
    ],
  },
  { name: 'preview', type: 'ui', admin: { components: { Field: '/x' } } },
]

const STORED = {
  id: 1,
  title: 'Titel',
  year: 2021,
  periodStart: 2021,
  caption: 'Onderschrift',
  publishedAt: '2026-01-05T10:00:00.000Z',
  kind: 'a',
  seo: { image: 7, description: 'Beschrijving' },
  perLanguage: { anything: 'x' },
  contact: { phone: '02 123', hours: '9–17' },
  translated: { url: 'https://nl.example' },
  themes: [3, 4],
  withdrawn: null,
  links: [{ id: 'r1', url: 'https://a.example', label: 'A' }],
  layout: [{ id: 'b1', blockType: 'quote', source: 'Bron', text: 'Tekst' }],
  _status: 'published',
  updatedAt: '2026-01-05T10:00:00.000Z',
}

const changed = (sent: Record<string, unknown>) => sharedFieldChanges(FIELDS, sent, STORED).map((change) => change.path)

describe('shared field changes', () => {
  it('lets localized text change at any depth', () => {
    assert.deepEqual(
      changed({
        title: 'Titre',
        caption: 'Légende',
        seo: { image: 7, description: 'Description' },
        perLanguage: { anything: 'y' },
        contact: { phone: '02 123', hours: '9–17 h' },
        translated: { url: 'https://fr.example' },
        links: [{ id: 'r1', url: 'https://a.example', label: 'A (fr)' }],
        layout: [{ id: 'b1', blockType: 'quote', source: 'Bron', text: 'Texte' }],
      }),
      [],
    )
  })

  it('names every shared field a write changes, wherever it sits', () => {
    assert.deepEqual(
      changed({
        year: 1999,
        periodStart: 1999,
        publishedAt: '2020-01-01T00:00:00.000Z',
        kind: 'b',
        seo: { image: 8 },
        contact: { phone: '02 999' },
        themes: [3],
        withdrawn: true,
        links: [{ id: 'r1', url: 'https://evil.example', label: 'A' }],
        layout: [{ id: 'b1', blockType: 'quote', source: 'Andere bron', text: 'Tekst' }],
      }),
      ['year', 'periodStart', 'publishedAt', 'kind', 'seo.image', 'contact.phone', 'themes', 'withdrawn', 'links.0.url', 'layout.0.source'],
    )
  })

  it('counts adding, removing or reordering rows of a shared array as a change of the array', () => {
    assert.deepEqual(changed({ links: [] }), ['links'])
    assert.deepEqual(changed({ links: [...STORED.links, { url: 'https://b.example', label: 'B' }] }), ['links'])
    assert.deepEqual(changed({ links: [{ id: 'other', url: 'https://a.example', label: 'A' }] }), ['links'])
    assert.deepEqual(changed({ layout: [{ id: 'b1', blockType: 'other' }] }), ['layout'])
  })

  it('reads the same value sent in another form as no change: populated relations, other date spellings, empty for empty', () => {
    assert.deepEqual(
      changed({
        seo: { image: { id: 7, filename: 'x.png' } },
        themes: [{ id: 3 }, { id: 4 }],
        publishedAt: '2026-01-05T11:00:00+01:00',
        year: '2021',
        withdrawn: false,
        contact: { phone: '02 123' },
        id: 1,
        _status: 'draft',
        updatedAt: 'now',
      }),
      [],
    )
    assert.deepEqual(sharedFieldChanges([{ name: 'note', type: 'text' }], { note: '' }, { note: null }), [])
  })

  it('leaves alone what the write does not send', () => {
    assert.deepEqual(changed({}), [])
  })
})
