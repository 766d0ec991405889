/** @jsxImportSource @/site/html */
import type { Child } from '@/site/html/jsx-runtime'

/**
 * A translated sentence with links in it: each `{name}` place is filled with its link, or with its
 * label alone when there is nowhere to link to.
 */
export function withLinks(text: string, links: Record<string, { href?: string; label: string }>): Child[] {
  return text.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1]
    const link = name ? links[name] : undefined
    if (!link) return part
    return link.href ? <a href={link.href}>{link.label}</a> : link.label
  })
}
