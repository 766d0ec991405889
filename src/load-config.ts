import type { SanitizedConfig } from 'payload'

/**
 * Lexical's entry points for Node (its `node` export condition, for example
 * node_modules/lexical/dist/Lexical.node.mjs line 9) are wrappers with a top-level await:
 * `const mod = await import('./Lexical.dev.mjs')` (or `.prod.mjs`). Importing the Payload config pulls
 * in a dozen of them through @payloadcms/richtext-lexical, and they settle in whatever order the module
 * loader happens to finish them. On Node 20 (V8 11.3) some of those orders make V8 lose a module that
 * waits for them: @payloadcms/richtext-lexical/dist/features/link/nodes/LinkNode.js is never run although
 * both wrappers it awaits (lexical, @lexical/utils) have finished. The config's evaluation then never
 * settles and, as nothing else keeps the event loop alive during start-up, the process ends in the middle
 * of the import: node:test cancels the file with "Promise resolution is still pending but the event loop
 * has already resolved", a plain script exits with code 13. A loaded machine makes it likelier.
 *
 * Awaiting each wrapper on its own first, in dependency order, leaves no module of the config's graph
 * still evaluating when the config is imported, so it evaluates in one synchronous pass. The list must
 * hold every wrapper the config reaches (src/load-config.test.ts checks it).
 */
export const LEXICAL_ENTRY_POINTS = [
  'lexical',
  '@lexical/selection',
  '@lexical/utils',
  '@lexical/extension',
  '@lexical/html',
  '@lexical/a11y',
  '@lexical/dragon',
  '@lexical/clipboard',
  '@lexical/list',
  '@lexical/table',
  '@lexical/rich-text',
  '@lexical/headless',
  '@lexical/react/LexicalDecoratorBlockNode',
] as const

/** Imports Lexical's wrappers one at a time, each to the end of its evaluation. */
export async function settleLexical(): Promise<void> {
  for (const name of LEXICAL_ENTRY_POINTS) await import(name)
}

/** The Payload config, imported so that its evaluation cannot stall (see above). */
export async function importPayloadConfig(): Promise<SanitizedConfig> {
  await settleLexical()
  const { default: config } = await import('@/payload.config')
  return config
}
