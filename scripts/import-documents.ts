/**
 * `npm run documents:import -- <folder>`: adds real PDFs with their metadata (see
 * src/documents/import.ts for the format of <folder>/documents.json). Uses the same DATA_DIR and
 * DATABASE_URL as `npm start`; prints what it created, skipped and refused. A running server sees
 * the new documents within a couple of seconds (SQLite: src/server/sqlite-change-watch.ts;
 * PostgreSQL: the instances' LISTEN/NOTIFY).
 */
import path from 'node:path'

const folder = process.argv[2]
if (!folder) {
  console.error('usage: npm run documents:import -- <folder with documents.json and the PDFs>')
  process.exit(2)
}
process.env.BELFORT_JOBS = 'off'
const { getPayload } = await import('payload')
const { importPayloadConfig } = await import('../src/load-config')
const config = await importPayloadConfig()
const { importDocuments } = await import('../src/documents/import')
const { reindex } = await import('../src/search/service')
const payload = await getPayload({ config })
await payload.db.migrate()
// On PostgreSQL the running instances hear of these changes as of each other's (LISTEN/NOTIFY).
const { readEnvironment } = await import('../src/environment')
const databaseUrl = readEnvironment().databaseUrl
const { connectClusterInvalidation } = await import('../src/server/cluster-invalidation')
const { changesAnnounced } = await import('../src/site/invalidation')
const cluster = databaseUrl ? await connectClusterInvalidation(databaseUrl) : undefined
// Each imported document is written into the content store before the instances hear of it.
const { keepContentStoreCurrent, openContentStore } = await import('../src/content-store/open-store')
const store = openContentStore(payload)
keepContentStoreCurrent(store.writer, (message, error) => console.error(message, error))
try {
  const report = await importDocuments(payload, path.resolve(folder))
  // The server's index follows its own changes; these were made here.
  for (const id of report.createdIds) await reindex(payload, 'documents', id)
  for (const name of report.created) console.log(`created  ${name}`)
  for (const name of report.skipped) console.log(`skipped  ${name} (a document with this slug exists)`)
  for (const { entry, reason } of report.failed) console.log(`refused  ${entry}: ${reason}`)
  console.log(`${report.created.length} created, ${report.skipped.length} skipped, ${report.failed.length} refused`)
  process.exitCode = report.failed.length > 0 ? 1 : 0
} finally {
  await changesAnnounced()
  await cluster?.close()
  store.close()
  await payload.destroy()
  process.exit()
}
