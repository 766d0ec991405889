import type { Block } from './content/types'

/** Builds Lexical editor JSON from the seed's simple blocks, so demo text stays readable in code. */
type Node = Record<string, unknown>

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

function text(value: string): Node {
  return { type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

/** Splits `see [our missions](/nl/opdrachten)` into text and link nodes. */
export function inline(value: string): Node[] {
  const nodes: Node[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of value.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(text(value.slice(last, index)))
    nodes.push({
      ...base,
      type: 'link',
      version: 3,
      fields: { linkType: 'custom', url: match[2], newTab: false },
      children: [text(match[1] ?? '')],
    })
    last = index + match[0].length
  }
  if (last < value.length) nodes.push(text(value.slice(last)))
  return nodes
}

function block(b: Block): Node {
  if ('h2' in b) return { ...base, type: 'heading', tag: 'h2', children: inline(b.h2) }
  if ('h3' in b) return { ...base, type: 'heading', tag: 'h3', children: inline(b.h3) }
  if ('p' in b) return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(b.p) }
  const ordered = 'ol' in b
  const items = ordered ? b.ol : b.ul
  return {
    ...base,
    type: 'list',
    listType: ordered ? 'number' : 'bullet',
    tag: ordered ? 'ol' : 'ul',
    start: 1,
    children: items.map((item, i) => ({ ...base, type: 'listitem', value: i + 1, children: inline(item) })),
  }
}

/** The shape Payload's generated types expect of a rich-text field. */
export interface RichTextValue {
  [k: string]: unknown
  root: {
    type: string
    children: { type: string; version: number; [k: string]: unknown }[]
    direction: 'ltr'
    format: ''
    indent: number
    version: number
  }
}

export function lexical(blocks: Block[]): RichTextValue {
  return { root: { ...base, type: 'root', children: blocks.map(block) as RichTextValue['root']['children'] } }
}
