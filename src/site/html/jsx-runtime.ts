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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

/** Marks markup that is already safe (for example rich text serialised by our own serializer). */
export function raw(html: string): Html {
  return new Html(html)
}

function renderChild(child: Child, out: string[]): void {
  if (child === null || child === undefined || child === false || child === true) return
  if (child instanceof Html) out.push(child.value)
  else if (Array.isArray(child)) for (const c of child as readonly Child[]) renderChild(c, out)
  else out.push(escapeHtml(String(child)))
}

function renderAttributes(props: Props): string {
  let s = ''
  for (const [key, value] of Object.entries(props)) {
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
  const out: string[] = []
  if (type === Fragment) {
    renderChild(props.children, out)
    return new Html(out.join(''))
  }
  out.push(`<${type}${renderAttributes(props)}>`)
  if (VOID.has(type)) return new Html(out[0] ?? '')
  renderChild(props.children, out)
  out.push(`</${type}>`)
  return new Html(out.join(''))
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
