import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export interface Asset {
  /** Fingerprinted public path: the content hash is in the name, so it can be cached forever. */
  href: string
  contentType: string
  body: Buffer
}

/** An asset named for its content: `/assets/<name>.<hash><ext>`. */
export function fingerprint(fileName: string, contentType: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10)
  const { name, ext } = path.parse(fileName)
  return { href: `/assets/${name}.${hash}${ext}`, contentType, body }
}

function fingerprinted(file: string, contentType: string): Asset {
  return fingerprint(file, contentType, readFileSync(file))
}

/** The stylesheet as visitors get it: the readable source without its comments and spaces. */
function minifiedStylesheet(file: string): Asset {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'css', minify: true, legalComments: 'none' })
  return fingerprint(path.basename(file), 'text/css; charset=utf-8', Buffer.from(code))
}

/** A script every page may load (none needs it), from TypeScript, minified. */
function minifiedScript(file: string): Asset {
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    loader: 'ts',
    format: 'iife',
    minify: true,
    legalComments: 'none',
    target: 'es2020',
  })
  return fingerprint(`${path.parse(file).name}.js`, 'text/javascript; charset=utf-8', Buffer.from(code))
}

/** The public site's only stylesheet and its icon, read once at start-up. */
export const stylesheet = minifiedStylesheet(path.join(dirname, 'styles/site.css'))
export const favicon = fingerprinted(path.join(dirname, 'styles/favicon.svg'), 'image/svg+xml')
/** Writes the day of printing in the printed source line (the layout's last line). */
export const printDateScript = minifiedScript(path.join(dirname, 'scripts/print-date.ts'))

const byHref = new Map([stylesheet, favicon, printDateScript].map((asset) => [asset.href, asset]))

/** Assets a capability builds itself (the contact form's optional script) join the stylesheet here. */
export function registerAsset(asset: Asset): Asset {
  byHref.set(asset.href, asset)
  return asset
}

export function findAsset(pathname: string): Asset | undefined {
  return byHref.get(pathname)
}
