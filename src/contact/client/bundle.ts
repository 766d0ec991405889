import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import { fingerprint, registerAsset } from '@/site/assets'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The contact form's optional script, bundled once at start-up from TypeScript with the same rules
 * module the server uses, so both sides check the same things.
 */
function build(): Buffer {
  const result = buildSync({
    entryPoints: [path.join(dirname, 'contact.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    platform: 'browser',
  })
  return Buffer.from(result.outputFiles[0]!.contents)
}

export const contactScript = registerAsset(fingerprint('contact.js', 'text/javascript; charset=utf-8', build()))
