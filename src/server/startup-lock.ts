import pg from 'pg'

/** An arbitrary, fixed key: every Belfort instance on the database takes the same lock. */
const STARTUP_LOCK_KEY = 4_206_150_002

/**
 * Runs the start-up steps that write (migrations, demo content, first admin) under a PostgreSQL
 * advisory lock, so instances started together on an empty database do not seed it twice.
 * SQLite has a single process by construction and needs no lock.
 */
export async function withStartupLock<T>(databaseUrl: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!databaseUrl) return work()
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY])
    return await work()
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined)
    await client.end()
  }
}
