/**
 * A shortcut past Node 22+'s format lookup for the relative imports inside ESM packages.
 *
 * Node decides whether each resolved `.js` file is ESM by reading the nearest package.json, and
 * from Node 22 on it deserialises that file again on every resolution: for a package with a large
 * `exports` map (@payloadcms/richtext-lexical's is 25 KB, over thousands of files importing each
 * other) a public-only start spent 1.3 s of its 5 s there on Node 24, against none on Node 20.
 * For `./x.js` or `../y.js` imported from a file, in a folder whose nearest package.json says
 * `"type": "module"`, the answer is the file itself as ESM: this hook gives it, remembering each
 * folder's type once. Anything else (packages by name, other extensions, CommonJS `require`,
 * import attributes, a query, a symbolic link, a missing file) goes through Node's own
 * resolution unchanged, so errors and edge cases stay Node's. Without `registerHooks` (Node 20)
 * nothing is registered: Node 20 caches the lookup itself.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs'
import module from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Folder → whether its nearest package.json declares `"type": "module"`. */
const esmFolders = new Map()
/** File → whether it is a file at its real path (a module is imported from many others). */
const plainFiles = new Map()

function isEsmFolder(folder) {
  const known = esmFolders.get(folder)
  if (known !== undefined) return known
  // Like Node, never read node_modules/package.json: the search for a package's scope ends there.
  if (path.basename(folder) === 'node_modules') return false
  let esm
  let text
  try {
    text = readFileSync(path.join(folder, 'package.json'), 'utf8')
  } catch {
    text = undefined
  }
  if (text !== undefined) {
    try {
      esm = JSON.parse(text).type === 'module'
    } catch {
      esm = false // Node reports an unreadable package.json itself, on its own path
    }
  } else {
    const parent = path.dirname(folder)
    esm = parent !== folder && isEsmFolder(parent)
  }
  esmFolders.set(folder, esm)
  return esm
}

/** The URL Node would resolve a relative `.js` import to, when that needs no more than joining it. */
export function esmFileOf(specifier, context) {
  if (!(specifier.startsWith('./') || specifier.startsWith('../')) || !specifier.endsWith('.js')) return undefined
  if (!context.parentURL?.startsWith('file:') || context.conditions?.includes('require')) return undefined
  if (context.importAttributes && Object.keys(context.importAttributes).length > 0) return undefined
  const url = new URL(specifier, context.parentURL)
  if (url.search || url.hash) return undefined
  const file = fileURLToPath(url)
  return isPlainFile(file) && isEsmFolder(path.dirname(file)) ? url.href : undefined
}

function isPlainFile(file) {
  let plain = plainFiles.get(file)
  if (plain === undefined) {
    try {
      // Node resolves to the real path: a link anywhere on the way is left to it.
      plain = realpathSync.native(file) === file && lstatSync(file).isFile()
    } catch {
      plain = false
    }
    plainFiles.set(file, plain)
  }
  return plain
}

export function registerEsmFormatShortcut() {
  if (typeof module.registerHooks !== 'function') return false
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const url = esmFileOf(specifier, context)
      return url ? { url, format: 'module', shortCircuit: true } : nextResolve(specifier, context)
    },
  })
  return true
}
