/** @jsxImportSource @/site/html */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { raw } from './jsx-runtime'

const Item = ({ label }: { label: string }) => <li>{label}</li>

describe('string JSX', () => {
  it('escapes text and attribute values', () => {
    const html = (
      <a href={'/x?a=1&b="2"'} title="<b>">
        {'<script>alert(1)</script>'}
      </a>
    )
    assert.equal(html.value, '<a href="/x?a=1&amp;b=&quot;2&quot;" title="&lt;b&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</a>')
  })
  it('renders void elements, booleans, fragments, arrays and components', () => {
    const html = (
      <>
        <input type="checkbox" checked disabled={false} />
        <ul>
          {['a', 'b'].map((label) => (
            <Item label={label} />
          ))}
        </ul>
        {null}
        {false}
        {0}
      </>
    )
    assert.equal(html.value, '<input type="checkbox" checked><ul><li>a</li><li>b</li></ul>0')
  })
  it('passes trusted markup through', () => {
    assert.equal((<div>{raw('<p>ok</p>')}</div>).value, '<div><p>ok</p></div>')
  })
  it('maps className and htmlFor', () => {
    assert.equal(
      (
        <label className="x" htmlFor="y">
          z
        </label>
      ).value,
      '<label class="x" for="y">z</label>',
    )
  })
  it('renders a piece of markup the same wherever it is placed, and after it was read', () => {
    const item = <li>{'a & b'}</li>
    const first = <ul>{item}</ul>
    assert.equal(item.value, '<li>a &amp; b</li>')
    const second = (
      <ol>
        {item}
        {[item, [raw('<li>c</li>')]]}
      </ol>
    )
    assert.equal(first.value, '<ul><li>a &amp; b</li></ul>')
    assert.equal(second.value, '<ol><li>a &amp; b</li><li>a &amp; b</li><li>c</li></ol>')
    assert.equal(`${second}`, second.value)
  })
})
