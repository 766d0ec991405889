import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/** The WCAG 2.2 AA rule set Belfort promises (see DESIGN.md, "Non-negotiables"). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

export interface AxeNode {
  target: unknown[]
  html: string
  failureSummary?: string
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  description: string
  tags: string[]
  nodes: AxeNode[]
}

let axeSource: string | undefined
function source(): string {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url)
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  }
  return axeSource
}

/**
 * Injects axe-core into the page and runs it on the whole document with the WCAG 2.2 AA tags.
 * The page's context must have JavaScript enabled: axe waits on timers, which a context created
 * with `javaScriptEnabled: false` never fires (this throws instead of hanging).
 */
export async function runAxe(page: Page, options: { exclude?: string[]; include?: string[] } = {}): Promise<AxeViolation[]> {
  const timersRun = await Promise.race([
    page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000).unref()),
  ])
  if (!timersRun) throw new Error('runAxe: timers do not run in this page; run axe in a browser context with JavaScript enabled')
  // Evaluated through the DevTools protocol, not a <script> tag: neither the page's CSP nor a
  // context with JavaScript disabled stands in the way.
  // Colours are measured as drawn: an element fading in (the admin's toasts) would be read halfway
  // through its transition. Finite animations and transitions end first; endless ones are left alone.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]),
  )
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined')
  if (!injected) await page.evaluate(source())
  return page.evaluate(
    async ({ tags, exclude, include }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe
      const context =
        exclude.length > 0 || include.length > 0
          ? {
              include: include.length > 0 ? include.map((selector) => [selector]) : [['html']],
              exclude: exclude.map((selector) => [selector]),
            }
          : document
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      return result.violations
    },
    { tags: [...AXE_TAGS], exclude: options.exclude ?? [], include: options.include ?? [] },
  ) as Promise<AxeViolation[]>
}

function selectorOf(target: unknown[]): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ')
}

/** A readable list of violations for an assertion message: rule, impact, help, selectors. */
export function formatViolations(violations: AxeViolation[], where = ''): string {
  if (violations.length === 0) return 'no axe violations'
  const lines = [`${violations.length} axe violation(s)${where ? ` on ${where}` : ''}:`]
  for (const violation of violations) {
    lines.push(`- ${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} (${violation.helpUrl})`)
    for (const node of violation.nodes.slice(0, 10)) {
      lines.push(`    at ${selectorOf(node.target)}: ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`)
      const summary = node.failureSummary
        ?.split('\n')
        .slice(1, 3)
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' / ')
      if (summary) lines.push(`      ${summary.slice(0, 240)}`)
    }
    if (violation.nodes.length > 10) lines.push(`    … and ${violation.nodes.length - 10} more`)
  }
  return lines.join('\n')
}
