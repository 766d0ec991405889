/**
 * Runs the test files' TypeScript on Node.js versions with synchronous module hooks
 * (`module.registerHooks`, Node 22.15 and later): `npm test` preloads it there instead of tsx. tsx
 * hooks every module off the main thread, Payload's and Next.js's thousands included, and loading
 * the Payload config through it cost a test process several seconds of CPU; these hooks run in the
 * loading thread and step aside at once for anything that is not Belfort's own source. They only
 * resolve what the sources use: the `@/` alias, imports without an extension, and TypeScript or JSX
 * compiled by esbuild with the project's settings. Node 20 keeps tsx.
 *
 * What esbuild made is kept in node_modules/.cache/belfort-typescript, one file per source: every
 * test process loads the same few hundred sources, and compiling them again (each a synchronous
 * call to esbuild's service) cost a process that loads the Payload config 1.3 s of its 7 s of CPU.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { transformSync, version as esbuildVersion } from 'esbuild'
import { registerEsmFormatShortcut } from '../../scripts/esm-format-shortcut.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SOURCE = /\.(ts|tsx|mts)$/
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx']

/** A file for `base` the way the bundler resolution of tsconfig.json finds one, if any. */
function findFile(base) {
  if (SOURCE.test(base) && existsSync(base)) return base
  // `./x.js` written for a `./x.ts` file
  if (base.endsWith('.js') && existsSync(`${base.slice(0, -3)}.ts`)) return `${base.slice(0, -3)}.ts`
  for (const extension of EXTENSIONS) {
    const candidate = base + extension
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

function fromOwnCode(parentURL) {
  return parentURL?.startsWith('file:') && !parentURL.includes('/node_modules/')
}

const CACHE = path.join(ROOT, 'node_modules/.cache/belfort-typescript')

/** esbuild's settings for a source; they are part of what a kept compilation must match. */
function transformOptions(file) {
  return {
    loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'node22',
    jsx: 'automatic',
    sourcefile: file,
    sourcemap: 'inline',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', useDefineForClassFields: true, verbatimModuleSyntax: false } },
  }
}

/**
 * The JavaScript for a source file: the kept compilation when its first line names this source
 * text, esbuild version and settings, else a new one, kept for the next process. A kept file is
 * named for the source's path, so an edited source replaces its entry instead of adding one; it is
 * written aside and renamed, so a process never reads another's half-written file.
 */
function compiled(file) {
  const source = readFileSync(file, 'utf8')
  const options = transformOptions(file)
  const stamp = `// ${createHash('sha256')
    .update(`${esbuildVersion}\0${JSON.stringify(options)}\0${source}`)
    .digest('hex')}\n`
  const kept = path.join(CACHE, `${createHash('sha256').update(file).digest('hex').slice(0, 32)}.mjs`)
  try {
    const text = readFileSync(kept, 'utf8')
    if (text.startsWith(stamp)) return text.slice(stamp.length)
  } catch {
    // not kept yet
  }
  const { code } = transformSync(source, options)
  try {
    mkdirSync(CACHE, { recursive: true })
    const aside = `${kept}.${process.pid}`
    writeFileSync(aside, stamp + code)
    renameSync(aside, kept)
  } catch {
    // a read-only tree: compile each time
  }
  return code
}

// Packages' own imports, as a server resolves them (scripts/esm-format-shortcut.mjs); the hooks below run first.
registerEsmFormatShortcut()

registerHooks({
  resolve(specifier, context, nextResolve) {
    let base
    if (specifier.startsWith('@/')) base = path.join(ROOT, 'src', specifier.slice(2))
    else if (specifier === '@payload-config') base = path.join(ROOT, 'src/payload.config.ts')
    else if ((specifier.startsWith('./') || specifier.startsWith('../')) && fromOwnCode(context.parentURL))
      base = path.resolve(path.dirname(fileURLToPath(context.parentURL)), specifier)
    const file = base && findFile(base)
    if (file) return { url: pathToFileURL(file).href, format: 'module', shortCircuit: true }
    return nextResolve(specifier, context)
  },
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !SOURCE.test(url) || url.includes('/node_modules/')) return nextLoad(url, context)
    return { format: 'module', source: compiled(fileURLToPath(url)), shortCircuit: true }
  },
})
