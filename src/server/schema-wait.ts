/**
 * A public-only instance (BELFORT_ROLE=public) does not migrate: schema changes belong to the back
 * office, which runs them under the start-up lock with its jobs stopped. Until the database holds
 * exactly this code's migrations, the instance waits with its port closed (a load balancer sends
 * visitors elsewhere), and gives up after `limitMs` rather than serve pages from another schema.
 */
import type { ReadinessCheck } from './mounts/readiness'

export async function waitForSchema(
  problem: ReadinessCheck,
  warn: (message: string) => void,
  limitMs = 10 * 60_000,
  everyMs = 1000,
): Promise<void> {
  const started = Date.now()
  let said = ''
  for (;;) {
    const found = await problem()
    if (found === undefined) return
    if (found !== said) warn(`Public-only instance waiting for a back-office instance to migrate the database: ${found}`)
    said = found
    if (Date.now() - started > limitMs)
      throw new Error(`The database is not at this version's schema after ${Math.round(limitMs / 1000)} s (${found}): not serving`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
