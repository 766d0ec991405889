/**
 * Finds what does not belong in a Dutch or French admin screen: English interface words, raw values
 * (role slugs, `[object Object]`, `undefined`), 12-hour times and English or ordinal dates. It reads
 * what a person sees (the page's visible text) and what a screen reader says (accessible-name
 * attributes), so an untranslated aria-label fails as surely as a visible word.
 */
import type { Page } from 'playwright-core'
import { ROLES } from '@/access/roles'

/**
 * Words Payload's English interface uses that are neither Dutch nor French (so `Status`, `Document`,
 * `Date` or `Versions`, which are, are left out). Matched as whole words, case-sensitively.
 */
export const ENGLISH_UI_WORDS = [
  'Save',
  'Saving',
  'Saved',
  'Publish',
  'Published',
  'Unpublish',
  'Unpublished',
  'Draft',
  'Changed',
  'Create New',
  'Create new',
  'Search',
  'Columns',
  'Loading',
  'Successfully',
  'successfully',
  'Created At',
  'Updated At',
  'Last Modified',
  'Per Page',
  'Showing',
  'Select',
  'Add',
  'Remove',
  'Delete',
  'Cancel',
  'Untitled',
  'Previous',
  'Welcome',
  'Log out',
  'Upload',
  'files',
  'Drag and drop',
  'No results',
  'Schedule',
  'Scheduled',
  'Collections',
  'None',
  'Choose',
  'Today',
  'Yes',
  'Edit',
  'Back',
  'Sort',
  'Apply',
  'Clear',
  'Close',
  'Duplicate',
  'Restore',
  'Settings',
  'Compare',
  'Author',
  'Editor',
  'Translator',
] as const

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'October', 'December']

/** Role slugs that read as English or as code; `admin` and `partner` are left out, being words in Dutch and French too. */
const RAW_ROLES = ROLES.filter((role) => role !== 'admin' && role !== 'partner')

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Each pattern with the reason a person would give for it. */
const PATTERNS: readonly { why: string; pattern: RegExp }[] = [
  {
    why: 'English word',
    pattern: new RegExp(`(?<![\\p{L}\\d_-])(${ENGLISH_UI_WORDS.map(escapeForPattern).join('|')})(?![\\p{L}\\d_-])`, 'gu'),
  },
  { why: 'raw role', pattern: new RegExp(`(?<![\\p{L}@.-])(${RAW_ROLES.map(escapeForPattern).join('|')})(?![\\p{L}@.-])`, 'gu') },
  { why: 'raw value', pattern: /\[object Object\]|(?<![\p{L}])(undefined|NaN)(?![\p{L}])/gu },
  { why: '12-hour time', pattern: /\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b|\b(AM|PM)\b/g },
  {
    why: 'English month',
    pattern: new RegExp(`\\b(${ENGLISH_MONTHS.join('|')})\\b|\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \\d`, 'g'),
  },
  { why: 'ordinal date', pattern: /\b\d{1,2}(st|nd|rd|th|e|er|ste|de)\s+\d{4}\b/g },
]

export interface Finding {
  why: string
  match: string
  /** Where on the screen: the visible text or the attribute that carried it, with some context. */
  where: string
}

/** Every finding in one text, `where` naming its source. */
export function findInText(text: string, source: string): Finding[] {
  const findings: Finding[] = []
  for (const { why, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = Math.max(0, match.index - 30)
      const context = text.slice(start, match.index + match[0].length + 30).replace(/\s+/g, ' ')
      findings.push({ why, match: match[0], where: `${source}: “…${context}…”` })
    }
  }
  return findings
}

/** What a person reads and a screen reader says on the page as it is now. */
export async function screenTexts(page: Page): Promise<{ source: string; text: string }[]> {
  return page.evaluate(() => {
    // innerText, not textContent: what a person sees, without hidden elements' text.
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
    const texts: { source: string; text: string }[] = [{ source: 'text', text: document.body.innerText }]
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        // The document's own <title> is checked as text below, an SVG's <title> is an element, not this attribute.
        const value = element.getAttribute(attribute)
        if (value) texts.push({ source: `${attribute} of <${element.tagName.toLowerCase()}>`, text: value })
      }
    }
    texts.push({ source: 'document title', text: document.title })
    return texts
  })
}

/** The findings on the page as it is now, each once. */
export async function findOnScreen(page: Page): Promise<Finding[]> {
  const seen = new Set<string>()
  const findings: Finding[] = []
  for (const { source, text } of await screenTexts(page)) {
    for (const finding of findInText(text, source)) {
      const key = `${finding.why}|${finding.match}|${finding.where}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push(finding)
    }
  }
  return findings
}

export function formatFindings(findings: readonly Finding[], screen: string): string {
  return `${findings.length} English word(s) or raw value(s) on ${screen}:\n${findings.map((f) => `  - ${f.why} “${f.match}” in ${f.where}`).join('\n')}`
}
