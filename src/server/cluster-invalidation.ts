import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { logError } from '@/operations/logging/logger'
import { announceChange, type ContentChange, onContentChange } from '@/site/invalidation'

const CHANNEL = 'belfort_content_changed'

export interface ClusterInvalidation {
  close(): Promise<void>
}

/**
 * Carries content changes between instances that share one PostgreSQL database, with
 * LISTEN/NOTIFY on that database: no other server to run. A change made here is announced to the
 * others; a change made elsewhere is announced here as `remote`, so it purges our page cache and
 * is not sent back.
 */
export async function connectClusterInvalidation(
  databaseUrl: string,
  log: (message: string, error?: unknown) => void = logError,
): Promise<ClusterInvalidation> {
  const instance = randomUUID()
  let closed = false
  let client: pg.Client | undefined

  async function listen(): Promise<void> {
    const next = new pg.Client({ connectionString: databaseUrl })
    next.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return
      try {
        const { from, change } = JSON.parse(message.payload) as { from: string; change: ContentChange }
        if (from !== instance) announceChange({ ...change, remote: true })
      } catch (error) {
        log('ignored a malformed content-change notification', error)
      }
    })
    next.on('error', (error) => {
      log('lost the content-change channel; reconnecting', error)
      client = undefined
      next.end().catch(() => undefined)
      if (!closed) setTimeout(() => void listen().catch((e: unknown) => log('reconnect failed', e)), 1000).unref()
    })
    await next.connect()
    await next.query(`LISTEN ${CHANNEL}`)
    client = next
    // Whatever changed while we were not listening is unknown: start clean.
    if (!closed) announceChange({ source: 'cluster', kind: 'everything', remote: true })
  }

  await listen()
  const stop = onContentChange((change) => {
    if (change.remote || !client) return
    client
      .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ from: instance, change })])
      .catch((error: unknown) => log('could not announce a content change to other instances', error))
  })
  return {
    async close() {
      closed = true
      stop()
      await client?.end()
    },
  }
}
