import assert from 'node:assert/strict'
import { it } from 'node:test'
import { reachOf } from './field-reach'

it('finds what fields point to through groups, arrays, inline blocks and blocks named by reference', () => {
  const reach = reachOf(
    [
      { type: 'text' },
      { type: 'group', flattenedFields: [{ type: 'relationship', relationTo: ['pages', 'news'] }] },
      { type: 'array', flattenedFields: [{ type: 'upload', relationTo: 'media' }] },
      { type: 'blocks', blocks: [{ flattenedFields: [{ type: 'join', collection: 'missions' }] }], blockReferences: ['quote'] },
    ],
    (slug) => (slug === 'quote' ? [{ type: 'relationship', relationTo: 'people' }] : undefined),
  )
  assert.deepEqual([...reach.populated].sort(), ['media', 'news', 'pages', 'people'])
  assert.deepEqual([...reach.joined], ['missions'])
  assert.equal(reach.richText, true, 'blocks may link to anything')
  assert.equal(reachOf([{ type: 'text' }]).richText, false)
})
