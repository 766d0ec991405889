import { convertLexicalToHTML, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type Html, raw } from '@/site/html/jsx-runtime'
import { administrationPath, type Locale, pagePath } from '@/site/routes'

interface LinkedDoc {
  relationTo?: string
  value?: { slug?: string | null } | number | string | null
}

/** Where an internal link in rich text points, in the language being rendered. */
function internalHref(doc: LinkedDoc | undefined, locale: Locale): string {
  const slug = doc && typeof doc.value === 'object' && doc.value ? doc.value.slug : undefined
  if (!slug) return '#'
  if (doc?.relationTo === 'administrations') return administrationPath(slug, locale)
  return pagePath(slug, locale)
}

/**
 * Rich text to HTML with Payload's own converters. Indentation and alignment are dropped because
 * they become inline `style` attributes, which the public pages' Content-Security-Policy forbids.
 */
export function richText(data: unknown, locale: Locale): Html | null {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const html = convertLexicalToHTML({
    data: data as SerializedEditorState,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...LinkHTMLConverter({ internalDocToHref: ({ linkNode }) => internalHref(linkNode.fields.doc as LinkedDoc | undefined, locale) }),
      // Payload's list item writes empty class and style attributes; a plain <li> says the same.
      listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
    }),
  })
  return raw(html)
}
