import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'
import { esmFileOf } from './esm-format-shortcut.mjs'

const shortcut = esmFileOf as (specifier: string, context: object) => string | undefined
const root = mkdtempSync(path.join(os.tmpdir(), 'belfort-esm-shortcut-'))
after(() => rmSync(root, { recursive: true, force: true }))

function write(file: string, text: string): string {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
  return path.join(root, file)
}

const esm = path.join(root, 'node_modules/esm-package')
write('node_modules/esm-package/package.json', JSON.stringify({ type: 'module', exports: { '.': './dist/index.js' } }))
const parent = pathToFileURL(write('node_modules/esm-package/dist/index.js', "export { b } from './deep/b.js'\n")).href
write('node_modules/esm-package/dist/deep/b.js', "export const b = 'b'\n")
write('node_modules/esm-package/dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }))
write('node_modules/esm-package/dist/cjs/c.js', 'exports.c = 1\n')
write('node_modules/plain-package/package.json', JSON.stringify({ name: 'plain-package' }))
const plainParent = pathToFileURL(write('node_modules/plain-package/index.js', "require('./d.js')\n")).href
write('node_modules/plain-package/d.js', 'exports.d = 1\n')
symlinkSync(path.join(esm, 'dist/deep/b.js'), path.join(esm, 'dist/linked.js'))

const importing = { parentURL: parent, conditions: ['node', 'import'] }

describe('the ESM format shortcut', () => {
  it('answers a relative .js import inside a "type": "module" package with the file itself', () => {
    assert.equal(shortcut('./deep/b.js', importing), pathToFileURL(path.join(esm, 'dist/deep/b.js')).href)
  })

  it('leaves everything else to Node', () => {
    const cases: [string, object][] = [
      ['esm-package', importing], // a package by name: its exports map is Node's
      ['./deep/b.js', { ...importing, conditions: ['node', 'require'] }], // require()
      ['./deep/b.js?x=1', importing],
      ['./deep/missing.js', importing],
      ['./linked.js', importing], // a link: Node resolves it to its real path
      ['./cjs/c.js', importing], // a nearer package.json says CommonJS
      ['./d.js', { parentURL: plainParent, conditions: ['node', 'import'] }], // no "type": Node detects the syntax
      ['./deep/b.js', { ...importing, importAttributes: { type: 'json' } }],
      ['./deep', importing],
    ]
    for (const [specifier, context] of cases) assert.equal(shortcut(specifier, context), undefined, specifier)
  })

  it('loads a package through the hook as Node would without it', () => {
    const run = (withShortcut: boolean) =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `${withShortcut ? `(await import(${JSON.stringify(pathToFileURL(path.resolve('scripts/esm-format-shortcut.mjs')).href)})).registerEsmFormatShortcut();` : ''}
           const m = await import(${JSON.stringify(parent)}); console.log(m.b)`,
        ],
        { encoding: 'utf8' },
      )
    assert.equal(run(true), run(false))
    assert.equal(run(true).trim(), 'b')
  })
})
