import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { richText } from '@/site/richtext'
import { inline, lexical } from './lexical'

describe('seed rich text', () => {
  it('turns [text](href) into link nodes', () => {
    const nodes = inline('See [our missions](/nl/opdrachten) today.')
    assert.equal(nodes.length, 3)
    assert.equal(nodes[1]?.type, 'link')
  })
  it('round-trips through the public renderer', () => {
    const doc = lexical([{ h2: 'Title' }, { p: 'A [link](/en/about) & <b>text</b>.' }, { ul: ['one', 'two'] }, { ol: ['first'] }])
    const html = richText(doc, 'en')?.value ?? ''
    assert.match(html, /<h2[^>]*>Title<\/h2>/)
    assert.match(html, /<a[^>]*href="\/en\/about"[^>]*>link<\/a>/)
    assert.match(html, /&amp; &lt;b&gt;text&lt;\/b&gt;/)
    assert.match(html, /<ul[^>]*><li[^>]*>one<\/li><li[^>]*>two<\/li><\/ul>/)
    assert.match(html, /<ol[^>]*><li[^>]*>first<\/li><\/ol>/)
    assert.doesNotMatch(html, /style=/)
  })
})
