/**
 * A JSX runtime that renders straight to an HTML string: public pages are plain server-rendered HTML
 * with no hydration, so there is no virtual DOM to build. Text and attribute values are escaped;
 * only `Html` values (already-safe markup) pass through untouched.
 *
 * An element keeps its opening tag, its children and its closing tag, and the whole tree is joined
 * into one string when its text is first asked for. Concatenating at every element instead made
 * three rope nodes per element and a copy of the page when it was written out: on a news article
 * under load, about a quarter of the bytes a request allocated.
 */
export class Html {
  #text: string | undefined
  #open: string
  #children: Child
  #close: string

  constructor(text: string, children: Child = null, close = '') {
    this.#open = text
    this.#children = children
    this.#close = close
    if (children === null) this.#text = text
  }

  /** The markup, joined once. */
  get value(): string {
    if (this.#text === undefined) {
      const parts: string[] = []
      this.#collect(parts)
      this.#text = parts.join('')
      this.#children = null
    }
    return this.#text
  }

  toString(): string {
    return this.value
  }

  /** Appends this markup's pieces in document order. */
  #collect(parts: string[]): void {
    if (this.#text !== undefined) {
      parts.push(this.#text)
      return
    }
    if (this.#open) parts.push(this.#open)
    collectChild(this.#children, parts)
    if (this.#close) parts.push(this.#close)
  }

  static collect(html: Html, parts: string[]): void {
    html.#collect(parts)
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

function collectChild(child: Child, parts: string[]): void {
  if (child === null || child === undefined || typeof child === 'boolean') return
  if (typeof child === 'string') parts.push(escapeHtml(child))
  else if (child instanceof Html) Html.collect(child, parts)
  else if (Array.isArray(child)) for (const c of child as readonly Child[]) collectChild(c, parts)
  else parts.push(escapeHtml(String(child)))
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
  if (type === Fragment) return new Html('', props.children ?? '')
  const open = `<${type}${renderAttributes(props)}>`
  if (VOID.has(type)) return new Html(open)
  return new Html(open, props.children ?? '', `</${type}>`)
}

export const jsxs = jsx
export const jsxDEV = jsx

export function renderDocument(root: Html): string {
  return new Html('<!doctype html>', root).value
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
