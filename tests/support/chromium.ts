import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { after } from 'node:test'
import { chromium, type Browser, type LaunchOptions } from 'playwright-core'

/**
 * Where Chromium is looked for, in order. `CHROMIUM_PATH` wins when set. Debian's headless shell
 * first: the same Blink and V8 without the browser's window layers (what Playwright itself runs
 * headless), it took 15 % less CPU and 10 % less time over the admin walk and the search curation
 * tests than the full `chromium` (one run of each, one after the other, on the CI machine's kind).
 */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser']
/** The Debian package installed when none is found. */
const PACKAGE = 'chromium-headless-shell'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]

function isDebian(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'))
  } catch {
    return false
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

function hasAptGet(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
}

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`)
    return fromEnv
  }
  return CANDIDATES.find((candidate) => existsSync(candidate))
}

const HOW_TO_INSTALL =
  'The browser tests need Chromium. Install it (Debian: `sudo apt-get install -y chromium-headless-shell` or `chromium`; ' +
  'Fedora: `sudo dnf install chromium`; macOS: install Chromium or Chrome) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.'

/**
 * The path of a Chromium executable. When none is found and we run as root on Debian, Debian's
 * `chromium-headless-shell` package is installed (this is what CI does on a fresh machine); otherwise this throws
 * with instructions.
 */
export function findChromium(): string {
  const existing = found()
  if (existing) return existing
  if (isRoot() && isDebian() && hasAptGet()) {
    console.log(`Chromium not found: running \`apt-get update && apt-get install -y ${PACKAGE}\` (root on Debian)`)
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
      execFileSync('apt-get', ['install', '-y', PACKAGE], { stdio: 'inherit', env })
    } catch (error) {
      throw new Error(`Installing Chromium with apt-get failed (${(error as Error).message}). ${HOW_TO_INSTALL}`)
    }
    const installed = found()
    if (installed) return installed
  }
  throw new Error(`No Chromium found (looked at ${CANDIDATES.join(', ')} and CHROMIUM_PATH). ${HOW_TO_INSTALL}`)
}

/** A headless Chromium driven by playwright-core. Reuse one per test file and close it in `after`. */
/** Browsers this test file launched and has not closed. */
const open = new Set<Browser>()

// A file that launches a browser beside a server (`Promise.all([startTestServer(), launchBrowser()])`)
// never learns of the browser when the server fails to start, so its own `after` cannot close it and
// the browser's connection would keep the process alive for good. Once the file's hooks are done, a
// timer that does not itself hold the process closes what is left; a file that closed its browsers
// has exited by then. (Closing at once could come before a file's own `after` that still needs them.)
after(() => {
  setTimeout(() => {
    for (const browser of open) browser.close().catch(() => undefined)
  }, 5000).unref()
})

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  })
  open.add(browser)
  browser.on('disconnected', () => open.delete(browser))
  return browser
}
