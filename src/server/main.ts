/**
 * `npm start`: build the admin if needed, open the database and apply committed migrations, seed an
 * empty database with the demo content, make sure an admin can sign in, then serve.
 * With BELFORT_ROLE=public: no admin build, no Next.js, no jobs and no start-up writes; wait until
 * a back-office instance has migrated the database to this code's schema, then serve the public site.
 */
// Types only: erased, they load nothing before NODE_ENV is set.
import type { Payload } from 'payload'
import type { ContentStoreWriter } from '@/content-store/writer'

// Next.js and React read NODE_ENV when they load, so it is set before any of them is imported.
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// tsx turns source maps on, and Node then reads and keeps the map of every module loaded, Payload's
// and Next.js's included: about 70 MB of resident memory for readable stack traces. The server runs
// without them unless SOURCE_MAPS=true (for debugging).
if (process.env.SOURCE_MAPS !== 'true') process.setSourceMapsEnabled(false)

const { createServer } = await import('node:http')
const { performance } = await import('node:perf_hooks')
const path = await import('node:path')
const { fileURLToPath } = await import('node:url')
const { readEnvironment, resolveSecret } = await import('@/environment')
const { logger, logError } = await import('@/operations/logging/logger')
const { ensureNextBuild } = await import('./build')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const environment = readEnvironment()
// A weak PAYLOAD_SECRET stops the server here, before a build or a database is touched.
resolveSecret()
const publicOnly = environment.role === 'public'
// A visitors' instance gives back what a full collection frees, before anything is loaded, unless
// MEMORY_SAVER=off chooses CPU over memory (memory-saver.ts).
if (publicOnly) (await import('./memory-saver')).saveMemory(environment.memorySaver)
// SQLite cannot create its file in a folder that is not there (with PAYLOAD_SECRET given, nothing else makes it).
if (!publicOnly) (await import('node:fs')).mkdirSync(environment.dataDir, { recursive: true })
if (!publicOnly) ensureNextBuild(root)

const { Lifecycle } = await import('./lifecycle')
const lifecycle = new Lifecycle()

const { countDatabaseReads } = await import('./render-timing')
async function startPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { importPayloadConfig } = await import('@/load-config')
  // `cron` starts the jobs queue (scheduled publishing, mail) inside this process: back-office instances only.
  const started = await getPayload({ config: await importPayloadConfig(), cron: !publicOnly })
  countDatabaseReads(started.db)
  return started
}
// A public-only instance loads Payload when a request first needs it (lazy-payload.ts); pages do not.
const { lazyPayload } = await import('./lazy-payload')
const lazy = publicOnly
  ? lazyPayload(async (reason) => {
      const started = performance.now()
      const loaded = await startPayload()
      logger.info(`Payload loaded in ${Math.round(performance.now() - started)} ms (first needed for ${reason})`)
      return loaded
    })
  : undefined
const payload = lazy ? lazy.payload : await startPayload()
const { MIGRATION_NAMES } = await import('@/migrations/names.generated')
const shipped = environment.databaseUrl ? MIGRATION_NAMES.postgres : MIGRATION_NAMES.sqlite
const { keepSearchIndexCurrent, rebuildSearchIndex, searchIndexState } = await import('@/search/service')
const { countSearchesWith, flushSearchCounts, ownCountWriter } = await import('@/search/queries/counts')
const { RenderSlots } = await import('./render-slots')
const { waitForSchema } = await import('./schema-wait')
const { checkContentStore, keepContentStoreCurrent, openContentStore, openStoreReader, waitForContentStore } = await import(
  '@/content-store/open-store'
)
// Public pages read published content from the content store; back-office instances write it, on
// Payload's connections; a public-only instance reads it on connections of its own.
const storeOptions = { log: (message: string) => logger.warn(message) }
const written = publicOnly ? undefined : openContentStore(payload, storeOptions)
const content = written ?? (await openStoreReader(payload, environment, storeOptions))
const { appliedMigrations, readinessCheck } = await import('./readiness-check')
const readinessProblem = readinessCheck(appliedMigrations(content.database), lifecycle, shipped)
// A public instance never changes the schema: the back office migrates, and it waits for that.
// A public-only instance counts what visitors search for on a connection of its own: a search loads no Payload.
const ownCounts = publicOnly ? await ownCountWriter(environment) : undefined
if (ownCounts) countSearchesWith(ownCounts.write)
const searchIndex = publicOnly
  ? await waitForSchema(readinessProblem, (message) => logger.warn(message))
      .then(() => waitForContentStore(content.database, (message) => logger.warn(message)))
      .then(() => 'current' as const)
  : await prepareDatabase(written!.writer)

/**
 * A back-office instance's start-up writes, under the start-up lock: migrations, the demo content
 * in an empty database, the first admin, an empty search index filled. Its modules (the demo
 * content among them) are imported here, so a public-only instance never loads them.
 */
async function prepareDatabase(writer: ContentStoreWriter) {
  const { isEmpty, seedDemoContent } = await import('@/seed/seed')
  const { ensureFirstAdmin } = await import('./accounts')
  const { withStartupLock } = await import('./startup-lock')
  return withStartupLock(environment.databaseUrl, async () => {
    // Given as modules, not read from the migrations folder: the server runs from a bundle (scripts/start.mjs), which cannot import .ts files.
    // (`as never`: Payload types a migration's arguments as unknown, the generated ones take their adapter's.)
    // Imported here only: they load the database adapter's module, which a public-only instance need not.
    const { migrations } = environment.databaseUrl ? await import('@/migrations/postgres') : await import('@/migrations/sqlite')
    await payload.db.migrate({ migrations: migrations as never })
    // Before the demo content fills it: an empty store takes this version's shape, its rows written in it.
    await writer.markShapeIfEmpty()
    if (await isEmpty(payload)) {
      payload.logger.info('Empty database: adding the demo content in nl, fr and en')
      await seedDemoContent(payload)
    }
    await ensureFirstAdmin(payload)
    // An empty search index (first start, or an index added by an upgrade) is filled once, by the
    // instance that holds the lock; the others find it full.
    const state = await searchIndexState(payload)
    if (state === 'empty') {
      const items = await rebuildSearchIndex(payload)
      payload.logger.info(`Search index built: ${items} items`)
    }
    // The content store holds what is published (filled after the demo content, rebuilt if it differs).
    await checkContentStore(writer, (message) => payload.logger.info(message))
    return state
  })
}
// An index built with other terms (a new word family, dictionary or pipeline) still answers most
// searches: it is rebuilt item by item while the server serves, rather than holding up the start.
if (searchIndex === 'outdated') {
  payload.logger.info('Search index built with other terms: rebuilding it in the background')
  rebuildSearchIndex(payload).then(
    (items) => payload.logger.info(`Search index rebuilt: ${items} items`),
    (error: unknown) => logError('search index: the rebuild stopped', error),
  )
}
// From here on every change is written into the content store before anyone hears of it.
if (written) keepContentStoreCurrent(written.writer, logError)
const { closeJobs, openJobs } = await import('@/jobs-gate')
if (!publicOnly) openJobs()
// The search index follows every change made here from now on (a public-only instance changes no indexed content).
if (!publicOnly) keepSearchIndexCurrent(payload, logError)
const next = publicOnly ? undefined : await (await import('./next-handler')).createNextHandler(root)
const { createApp } = await import('./app')
// A public render's reads of the content store are database queries too.
countDatabaseReads(content.database, ['read', 'readFirst'])
const { PageCache } = await import('./page-cache')
const { purgeOnChange } = await import('./cache-invalidation')
const cache = environment.pageCacheBytes > 0 ? new PageCache(environment.pageCacheBytes) : undefined
if (cache) purgeOnChange(cache)
const { ReadCache } = await import('./read-cache')
const reads = environment.readCacheEntries > 0 ? new ReadCache(environment.readCacheEntries) : undefined
const { dropOnChange } = await import('./cache-invalidation')
// A change drops the answers that read what it touched, as it purges the pages that show it.
if (reads) dropOnChange(reads)
const { connectClusterInvalidation } = await import('./cluster-invalidation')
const cluster = environment.databaseUrl ? await connectClusterInvalidation(environment.databaseUrl, logError) : undefined
// On SQLite, another process's writes (the import command) reach the caches through a polled counter.
const { sqliteDataVersion, storeDataVersion, watchSqliteChanges } = await import('./sqlite-change-watch')
const sqliteWatch = environment.databaseUrl
  ? undefined
  : watchSqliteChanges(
      // Payload's own connection on a full instance (its own writes announce themselves); the store's on a public-only one, which writes nothing there.
      lazy
        ? storeDataVersion(content.database)
        : sqliteDataVersion((payload.db as unknown as { client: Parameters<typeof sqliteDataVersion>[0] }).client),
      1000,
      logError,
    )
const renderSlots = new RenderSlots(environment.renderConcurrency)
const { createMetrics } = await import('@/operations/metrics/instruments')
const { outboxBacklog } = await import('@/contact/mail/backlog')
const { failedJobCount } = await import('@/operations/metrics/failed-jobs')
const { lastBackupFinishedAt } = await import('@/operations/metrics/last-backup')
// What `/metrics` reads at each scrape: the caches and slots in memory, a few counts from the database.
const metrics = createMetrics({
  pageCache: cache ? () => cache.stats() : undefined,
  readCache: reads ? () => reads.stats() : undefined,
  renders: () => renderSlots.load,
  // The jobs run on back-office instances, which report them.
  outbox: publicOnly ? undefined : () => outboxBacklog(payload),
  failedJobs: publicOnly ? undefined : () => failedJobCount(payload),
  lastBackup: () => lastBackupFinishedAt(environment.backup.dir),
  ready: async () => (await readinessProblem()) === undefined,
  warn: (message, error) => logger.warn({ msg: message, err: error }),
})
const app = createApp({
  payload,
  next,
  cache,
  reads,
  store: content.store,
  renderSlots,
  origin: environment.serverUrl,
  serverTiming: environment.serverTiming,
  ready: readinessProblem,
  metrics,
  metricsToken: environment.metricsToken,
  log: logError,
  loadPayload: lazy?.load,
})

// The port opens only now: until the app can answer, a connection is refused, which a load balancer
// (nginx's passive checks included) takes as "try another instance" for any request, a POST too. A
// 503 "starting" would reach the visitor: nginx passes on what an instance answers.
const server = createServer((req, res) => {
  lifecycle.track(res)
  app(req, res)
})
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.requestTimeout = 30_000
await new Promise<void>((resolve) => server.listen(environment.port, resolve))

const address = server.address()
const port = typeof address === 'object' && address ? address.port : environment.port
logger.info(
  `Belfort is ready on http://localhost:${port} (data in ${environment.dataDir}${environment.databaseUrl ? ', PostgreSQL' : ', SQLite'}${publicOnly ? ', public site only' : ''})`,
)
// Signed-in changes from any other address are refused (mounts/back-office.ts): say which one is expected.
if (!publicOnly) logger.info(`The back office accepts signed-in changes from ${new URL(environment.serverUrl).origin} only (SERVER_URL)`)

function stop(signal: string): void {
  logger.info(`${signal}: stopping (requests in flight and a running job get up to ${environment.shutdownSeconds} s)`)
  void lifecycle
    .stop(
      server,
      {
        closeJobs,
        // Any instance's job counts: a rolling restart waits a moment longer rather than cut one short.
        jobRunning: async () =>
          !publicOnly &&
          (await payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } }, overrideAccess: true })).totalDocs >
            0,
        release: async () => {
          // The search counts tallied since the last write (search/queries/counts.ts).
          await flushSearchCounts().catch((error: unknown) => logError('search counts: not written at shutdown', error))
          sqliteWatch?.close()
          await cluster?.close()
          content.close()
          ownCounts?.close()
          // Payload holds the database connections, unless a public-only instance never loaded it.
          if (!lazy || lazy.loaded()) await payload.destroy?.()
        },
        log: (message) => logger.warn(message),
      },
      environment.shutdownSeconds,
    )
    .then((finished) => {
      logger.info(finished ? 'stopped' : 'stopped before everything finished')
      process.exit(finished ? 0 : 1)
    })
  // However the steps go, the process is gone soon after the time given.
  setTimeout(() => process.exit(1), (environment.shutdownSeconds + 5) * 1000).unref()
}
process.once('SIGTERM', () => stop('SIGTERM'))
process.once('SIGINT', () => stop('SIGINT'))
