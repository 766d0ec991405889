/**
 * A JSX runtime that renders straight to an HTML string: public pages are plain server-rendered HTML
 * with no hydration, so there is no virtual DOM to build. Text and attribute values are escaped;
 * only `Html` values (already-safe markup) pass through untouched.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type Child = Html | string | number | bigint | boolean | null | undefined | readonly Child[]

type Props = { children?: Child } & Record<string, unknown>
type Component<P> = (props: P) => Html

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

const NEEDS_ESCAPE = /[&<>"']/

export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares building a new string for it.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text
}

/** Marks markup that is already safe (for example rich text serialised by our own serializer). */
export function raw(html: string): Html {
  return new Html(html)
}

// Strings are built by concatenation, which V8 keeps as cheap ropes until the page is written.
function renderChild(child: Child): string {
  if (child === null || child === undefined || typeof child === 'boolean') return ''
  if (typeof child === 'string') return escapeHtml(child)
  if (child instanceof Html) return child.value
  if (Array.isArray(child)) {
    let s = ''
    for (const c of child as readonly Child[]) s += renderChild(c)
    return s
  }
  return escapeHtml(String(child))
}

function renderAttributes(props: Props): string {
  let s = ''
  for (const key in props) {
    const value = props[key]
    if (key === 'children' || value === undefined || value === null || value === false) continue
    const name = key === 'className' ? 'class' : key === 'htmlFor' ? 'for' : key
    if (value === true) s += ` ${name}`
    else s += ` ${name}="${escapeHtml(String(value))}"`
  }
  return s
}

export const Fragment = Symbol('Fragment')

export function jsx(type: string | typeof Fragment | Component<Props>, props: Props): Html {
  if (typeof type === 'function') return type(props)
  if (type === Fragment) return new Html(renderChild(props.children))
  const open = `<${type}${renderAttributes(props)}>`
  if (VOID.has(type)) return new Html(open)
  return new Html(`${open}${renderChild(props.children)}</${type}>`)
}

export const jsxs = jsx
export const jsxDEV = jsx

export function renderDocument(root: Html): string {
  return `<!doctype html>${root.value}`
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = Html
  export interface ElementChildrenAttribute {
    children: unknown
  }
  export interface IntrinsicElements {
    [element: string]: { children?: Child } & Record<string, string | number | boolean | undefined | null | Child>
  }
}
