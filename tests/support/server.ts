import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './ports'
import { createTestDatabase } from './postgres'
import { copySeededDataDir, givenSeededStart } from './seeded-start'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface Belfort {
  /** `http://127.0.0.1:<port>` (or the `hostname` asked for), no trailing slash. */
  url: string
  dataDir: string
  /** The server's process id (to read its memory from /proc). */
  pid: number | undefined
  /** The last lines the server printed (stdout and stderr interleaved; all of them with `keepAllOutput`). */
  output(): string
  /** The lines `keepMatching` kept. */
  kept(): string[]
  stop(): Promise<void>
  /** Resolves when the process has exited, however it came to (a SIGTERM sent by the test, say). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** SIGKILL, as a crash would: nothing is cleaned up, DATA_DIR stays. */
  kill(): Promise<void>
}

export interface StartOptions {
  /** A postgres:// URL; SQLite in the temp DATA_DIR when absent. */
  databaseUrl?: string
  /** Extra environment for the server process. */
  env?: Record<string, string | undefined>
  /** Reuse this DATA_DIR (a restart after a crash); it is then left in place on stop. */
  dataDir?: string
  /** How long to wait for GET /healthz to answer 200 (default 120 s, or BELFORT_START_TIMEOUT_MS). */
  timeoutMs?: number
  /** The host of `url` and SERVER_URL (default 127.0.0.1); `localhost` for what browsers allow only in a secure context (passkeys). */
  hostname?: '127.0.0.1' | 'localhost'
  /** Listen on this port (an instance started again behind a load balancer); a free one when absent. */
  port?: number
  /** Keep every line the server prints for `output()`, not only the last 300 (for tests that search the whole log). */
  keepAllOutput?: boolean
  /** Lines to keep for `kept()` whatever follows them (a message once, then a load's access lines). */
  keepMatching?: RegExp
  /** Node's flags for the server (default: the heap bounds of `npm start`; PUBLIC_ROLE_NODE_ARGS for a public-only instance). */
  nodeArgs?: string[]
}

/**
 * The flags of `npm run start:public` (a public-only instance's smaller heap and young generation,
 * and its JIT settings), read from package.json so that tests and the benchmark run what is deployed.
 */
export const PUBLIC_ROLE_NODE_ARGS: string[] = String(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start:public'],
)
  .split(/\s+/)
  .filter((word) => word.startsWith('--'))

/** The line a public-only instance logs when it loads Payload (server/main.ts), with what first needed it. */
export const PAYLOAD_LOADED = /Payload loaded in \d+ ms \(first needed for (.*?)\)"/

/** What a public-only instance loaded Payload for, from its log; undefined when it has not. */
export const payloadLoadedFor = (log: string): string | undefined => log.match(PAYLOAD_LOADED)?.[1]

export const ADMIN_EMAIL = 'admin@belfort.test'
export const ADMIN_PASSWORD = 'correct-horse-battery-staple-test'

/** Server processes still running, killed when this process goes away. */
const running = new Set<ChildProcess>()

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal) // the whole process group: the server and anything it spawned
  } catch {
    try {
      child.kill(signal)
    } catch {
      // already gone
    }
  }
}

let hooked = false
function killChildrenOnExit(): void {
  if (hooked) return
  hooked = true
  process.on('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL')
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      for (const child of running) killGroup(child, 'SIGKILL')
      running.clear()
      // If nobody else handles the signal, behave as if we had not listened: die of it.
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal)
        process.kill(process.pid, signal)
      }
    }
    process.on(signal, onSignal)
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** A time limit raced against a process's exit: it must not keep the test process alive once the exit has won. */
const limit = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref())

/**
 * Starts the server (`scripts/start.mjs`, as `npm start` does) on a free loopback port with a fresh temp DATA_DIR and waits until
 * GET /healthz answers 200. Needs a Next build (`.next/BUILD_ID`); without one the server builds
 * first, which takes a minute or more.
 */
export async function startBelfort(options: StartOptions = {}): Promise<Belfort> {
  killChildrenOnExit()
  const port = options.port ?? (await freePort())
  const url = `http://${options.hostname ?? '127.0.0.1'}:${port}`
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'belfort-e2e-'))
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    DATA_DIR: dataDir,
    SERVER_URL: url,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    DATABASE_URL: options.databaseUrl,
    BELFORT_EXIT_WITH_PARENT: '1',
    // Tests sign in with a password alone unless they test the second factor (and set `required`).
    STAFF_2FA: 'optional',
    ...options.env,
  }
  // The test runner's own variables must not leak into the server.
  delete env.NODE_TEST_CONTEXT
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]

  const child = spawn(
    process.execPath,
    // The same heap bound as `npm start` (package.json), so tests see production's memory behaviour.
    [
      ...(options.nodeArgs ?? ['--max-old-space-size=320', '--max-semi-space-size=8']),
      // For a look inside the servers of a test (`--cpu-prof --cpu-prof-dir=…`): Node refuses those in NODE_OPTIONS.
      ...(process.env.BELFORT_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      path.join(ROOT, 'tests/support/exit-with-parent.mjs'),
      'scripts/start.mjs',
    ],
    { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  )
  running.add(child)
  child.once('exit', () => running.delete(child))

  const lines: string[] = []
  const kept: string[] = []
  let partial = ''
  const echo = process.env.BELFORT_SERVER_LOG === '1'
  const collect = (chunk: Buffer) => {
    if (echo) process.stderr.write(chunk)
    const parts = (partial + chunk.toString('utf8')).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts)
    if (options.keepMatching) kept.push(...parts.filter((line) => options.keepMatching!.test(line)))
    if (!options.keepAllOutput && lines.length > 300) lines.splice(0, lines.length - 300)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  child.stdin!.on('error', () => undefined)
  const output = () => [...lines, partial].join('\n').trim()

  let stopped: Promise<void> | undefined
  const stop = () => {
    stopped ??= (async () => {
      killGroup(child, 'SIGTERM')
      const gone = await Promise.race([exited(child).then(() => true), limit(5000).then(() => false)])
      if (!gone) {
        killGroup(child, 'SIGKILL')
        await Promise.race([exited(child), limit(5000)])
      }
      // The process group may still hold children of the server (a build, say).
      killGroup(child, 'SIGKILL')
      running.delete(child)
      child.stdin?.destroy()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 })
    })()
    return stopped
  }
  const kill = async () => {
    killGroup(child, 'SIGKILL')
    await Promise.race([exited(child), limit(5000)])
    running.delete(child)
  }

  const timeoutMs = options.timeoutMs ?? (Number(process.env.BELFORT_START_TIMEOUT_MS) || 120_000)
  const deadline = Date.now() + timeoutMs
  let lastStatus = 'no answer'
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop()
      throw new Error(
        `The Belfort server exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}).\n--- server output (last lines) ---\n${tail(output())}`,
      )
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(
        `The Belfort server was not ready after ${Math.round(timeoutMs / 1000)} s (GET /healthz: ${lastStatus}).\n--- server output (last lines) ---\n${tail(output())}`,
      )
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })
      await response.arrayBuffer()
      lastStatus = String(response.status)
      if (response.status === 200) break
    } catch (error) {
      lastStatus = (error as Error).cause
        ? String(((error as Error).cause as Error).message ?? (error as Error).cause)
        : (error as Error).message
    }
    await sleep(250)
  }
  const hasExited = () => exited(child).then(() => ({ code: child.exitCode, signal: child.signalCode }))
  return { url, dataDir, pid: child.pid, output, kept: () => [...kept], stop, kill, exited: hasExited }
}

function tail(text: string, count = 60): string {
  return text.split('\n').slice(-count).join('\n')
}

/**
 * The server for one e2e test file, on the database BELFORT_TEST_DB names: `postgres` gives it a
 * fresh database (dropped on stop) on the server from DATABASE_URL_TEST or a throwaway one;
 * anything else, SQLite. Under `npm test` it starts from a copy of the run's seeded demo content
 * (seeded-start.ts) instead of seeding its own.
 */
export async function startTestServer(
  options: Omit<StartOptions, 'databaseUrl'> = {},
): Promise<Belfort & { database: 'sqlite' | 'postgres'; databaseUrl: string | undefined }> {
  // A server with its own bucket or folder starts as given, and so does one with its own job schedule
  // (the seeded copy holds the jobs its first start queued by the default schedules); the others from
  // the run's seeded copy, if any.
  const ownSchedule = Object.keys(options.env ?? {}).some((name) => /_(CRON|SCHEDULE)$/.test(name))
  const seeded = options.dataDir || options.env?.S3_BUCKET || ownSchedule ? undefined : givenSeededStart()
  const dataDir = seeded ? copySeededDataDir(seeded) : options.dataDir
  const removeCopy = () => {
    if (seeded && dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 })
  }
  if (process.env.BELFORT_TEST_DB !== 'postgres') {
    try {
      const server = await startBelfort({ ...options, dataDir })
      return {
        ...server,
        database: 'sqlite',
        databaseUrl: undefined,
        async stop() {
          await server.stop()
          removeCopy()
        },
      }
    } catch (error) {
      removeCopy()
      throw error
    }
  }
  const database = await createTestDatabase(seeded?.database)
  try {
    const server = await startBelfort({ ...options, dataDir, databaseUrl: database.url })
    return {
      ...server,
      database: 'postgres',
      databaseUrl: database.url,
      async stop() {
        await server.stop()
        removeCopy()
        await database.drop().catch((error: unknown) => console.error(`could not drop ${database.name}:`, error))
      },
    }
  } catch (error) {
    removeCopy()
    await database.drop().catch(() => undefined)
    throw error
  }
}
