import { DEMO_WORD } from '@/site/i18n/demonstration-word'

/**
 * What a visitor reads on a page, and the patterns of text a real organisation's site must not
 * show: made-up contact details and "demo" inside the content (the demonstration banner says it once).
 */

/** Phone numbers of zeros and addresses under the top-level names reserved for examples and tests (RFC 2606, 6761); name@example.be is a real domain's. */
export const PLACEHOLDER_CONTACT =
  /\b0{3}[\s.]?0{2}[\s.]?0{2}\b|[\w.+-]+@(?:[\w-]+\.)*(?:example|test|invalid|localhost)(?!\.?[\w-])|@example\.(?:com|org|net)\b/giu

/** DEMO_WORD, for finding every occurrence on a page. */
export const DEMONSTRATION_WORD = new RegExp(DEMO_WORD.source, 'giu')

/** The page without its demonstration banner (a <p data-demonstration-banner> holding no other paragraph). */
export function withoutDemonstrationBanner(html: string): string {
  return html.replace(/<p\b[^>]*\bdata-demonstration-banner\b[^>]*>[\s\S]*?<\/p>/g, '')
}

/** The text of a page's body: no markup, scripts, styles or structured data; entities for quotes and ampersands decoded. */
export function visibleText(html: string): string {
  const body = html.slice(Math.max(0, html.indexOf('<body')))
  return body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&(?:quot|#34);/g, '"')
    .replace(/&(?:#39|apos);/g, "'")
    .replace(/\s+/g, ' ')
}
