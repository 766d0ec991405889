/**
 * `npm run content-store:rebuild`: projects every published document again into the content store
 * (src/content-store) and replaces it in one transaction. Uses the same DATA_DIR and DATABASE_URL
 * as `npm start`; running servers hear of it (SQLite: the change counter; PostgreSQL: LISTEN/NOTIFY)
 * and drop what they cached.
 */
export {}

process.env.NEXT_TELEMETRY_DISABLED = '1'
const { getPayload } = await import('payload')
const { importPayloadConfig } = await import('../src/load-config')
const payload = await getPayload({ config: await importPayloadConfig() })
// As the document import: the schema this code expects, the store's table included.
await payload.db.migrate()
const { openContentStore } = await import('../src/content-store/open-store')
const { readEnvironment } = await import('../src/environment')
const { connectClusterInvalidation } = await import('../src/server/cluster-invalidation')
const { announceChange } = await import('../src/site/invalidation')
const databaseUrl = readEnvironment().databaseUrl
const cluster = databaseUrl ? await connectClusterInvalidation(databaseUrl) : undefined
const opened = openContentStore(payload)
try {
  const started = Date.now()
  const rows = await opened.writer.rebuild()
  console.log(`content store rebuilt: ${rows} rows in ${Math.round((Date.now() - started) / 100) / 10} s`)
  // Other instances drop their caches: every page may have changed.
  announceChange({ source: 'content-store', kind: 'everything' })
  // The notification is sent on the listening connection, which closing must not cut short.
  await new Promise((resolve) => setTimeout(resolve, 300))
  process.exitCode = 0
} catch (error) {
  console.error('content store: the rebuild failed', error)
  process.exitCode = 1
} finally {
  opened.close()
  await cluster?.close()
  await payload.destroy()
  process.exit()
}
