/**
 * `npm start`: runs the server (src/server/main.ts) from an esbuild bundle of Belfort's own code in
 * dist/server/, made again whenever a source it holds changed. Plain JavaScript, because it runs
 * before any TypeScript loader: under a loader (tsx), each of the thousands of modules Payload and
 * Next.js load passes through its hooks, and a start cost about twice the CPU it costs from the
 * bundle (the browser tests start some fifty servers; a rolling restart waits for each one).
 * Packages stay outside the bundle and load as they are; `npm run build` makes the bundle ahead.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIST = path.join(ROOT, 'dist/server')
/** Names the bundle in use: `{ folder, root, files }`, where files maps each source to its stamp. */
const CURRENT = path.join(DIST, 'current.json')

/** Size and modification time of a source file the bundle was made from, to tell a stale bundle. */
function stamp(file) {
  const stat = statSync(path.join(ROOT, file), { throwIfNoEntry: false })
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'
}

/** The current bundle's entry, or undefined when there is none or a source changed since it was made. */
function currentEntry() {
  if (!existsSync(CURRENT)) return undefined
  const current = JSON.parse(readFileSync(CURRENT, 'utf8'))
  const entry = path.join(DIST, current.folder, 'main.mjs')
  const fresh = current.root === ROOT && existsSync(entry) && Object.entries(current.files).every(([file, was]) => stamp(file) === was)
  return fresh ? entry : undefined
}

/**
 * Bundles into a folder of its own and then points current.json at it. A folder is never changed
 * once written: a server that started from it still finds its chunks there when it imports them
 * later, even if another process bundled newer sources meanwhile. Folders no longer current are
 * removed after an hour. Answers the new bundle's entry.
 */
export async function bundleServer() {
  const { build } = await import('esbuild')
  const folder = `${Date.now()}-${process.pid}`
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/server/main.ts'],
    outdir: path.join(DIST, folder),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Chunks keep the source's dynamic imports dynamic: the Payload config (and Lexical with it)
    // must still load after src/load-config.ts has settled Lexical's wrappers one by one.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceFileUrls()],
  })
  const files = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, stamp(file)]))
  for (const file of ['package.json', 'tsconfig.json']) files[file] = stamp(file)
  const staged = `${CURRENT}.${process.pid}.tmp`
  writeFileSync(staged, JSON.stringify({ folder, root: ROOT, files }))
  renameSync(staged, CURRENT)
  for (const other of readdirSync(DIST, { withFileTypes: true })) {
    if (!other.isDirectory() || other.name === folder) continue
    const made = Number(other.name.split('-')[0])
    if (!(Date.now() - made < 60 * 60_000)) rmSync(path.join(DIST, other.name), { recursive: true, force: true })
  }
  return path.join(DIST, folder, 'main.mjs')
}

/**
 * `import.meta.url` in a source file keeps naming that file, not the bundle: the modules that find
 * files beside themselves (the stylesheet, the page scripts, the Dutch word list, the seed's files)
 * still find them in src/.
 */
function sourceFileUrls() {
  return {
    name: 'source-file-urls',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8')
        if (!text.includes('import.meta.url')) return undefined
        return {
          contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
          loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
        }
      })
    },
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  // Next.js and React read NODE_ENV when they load, and the bundle loads them first.
  process.env.NODE_ENV ??= 'production'
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  const bundleOnly = process.argv.includes('--bundle-only')
  const entry = currentEntry() ?? (await bundleServer())
  if (!bundleOnly) {
    const { registerEsmFormatShortcut } = await import('./esm-format-shortcut.mjs')
    registerEsmFormatShortcut()
    await import(pathToFileURL(entry).href)
  }
}
