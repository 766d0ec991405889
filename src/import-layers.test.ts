/**
 * Layers point one way: a capability (news, contact, tracker, …) may use the shared layers
 * (`site`, `http`, `access`, …) but not the HTTP entry (`src/server`), and not another capability's
 * views. What one capability offers other pages to embed (the news list on the home page) is in
 * its `components/` folder; only the site's router, the table of contents of the public pages,
 * imports every capability's views.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const SRC = path.dirname(fileURLToPath(import.meta.url))
const CAPABILITIES = ['accounts', 'contact', 'documents', 'feedback', 'media', 'news', 'organisation', 'search', 'services', 'tracker']

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourcesUnder(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Every module a file imports (static, dynamic and type imports), as a path relative to src when it is one of ours. */
export function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm)].map((m) => m[1]!)
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [specifier.slice(2)]
    if (specifier.startsWith('.'))
      return [
        path
          .relative(SRC, path.resolve(path.dirname(file), specifier))
          .split(path.sep)
          .join('/'),
      ]
    return []
  })
}

/** What is wrong with one import of a file in `capability`, or undefined. */
export function layerProblem(capability: string, target: string): string | undefined {
  const [top, second] = target.split('/')
  if (top === 'server') return 'imports the HTTP entry (src/server): move what it needs to src/http or src/site'
  if (top && top !== capability && CAPABILITIES.includes(top) && second === 'views')
    return `imports ${top}'s views: move the shared part to src/site/views`
  return undefined
}

describe('import layers', () => {
  it('judges imports by their folder', () => {
    assert.ok(layerProblem('tracker', 'server/send'))
    assert.ok(layerProblem('contact', 'organisation/views/AdministrationView'))
    assert.equal(layerProblem('contact', 'contact/views/ContactView'), undefined)
    assert.equal(layerProblem('contact', 'site/views/ContactList'), undefined)
    assert.equal(layerProblem('news', 'organisation/collections/Administrations'), undefined)
    assert.deepEqual(
      importsOf(path.join(SRC, 'news/views/x.tsx'), "import { a } from '../queries'\nimport type { B } from '@/server/app'"),
      ['news/queries', 'server/app'],
    )
  })

  it('no capability imports src/server or another capability’s views', () => {
    const problems: string[] = []
    for (const capability of CAPABILITIES) {
      for (const file of sourcesUnder(path.join(SRC, capability))) {
        for (const target of importsOf(file, readFileSync(file, 'utf8'))) {
          const problem = layerProblem(capability, target)
          if (problem) problems.push(`${path.relative(SRC, file)} → ${target}: ${problem}`)
        }
      }
    }
    assert.deepEqual(problems, [])
  })
})
