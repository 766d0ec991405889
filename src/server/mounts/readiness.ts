/**
 * `/readyz`: whether this instance should get traffic: not stopping, its database reachable, and the
 * database's migrations exactly those this code ships (so an instance left behind by an upgrade, or
 * ahead of its database, is taken out). `/healthz` stays "the process is alive".
 */
import { send } from '@/http/send'
import type { Mount } from '../mount'

/** What keeps the instance from being ready, in a few words; undefined when it is ready. */
export type ReadinessCheck = () => Promise<string | undefined>

export function readiness(check: ReadinessCheck): Mount {
  return async ({ req, res, pathname }) => {
    if (pathname !== '/readyz') return false
    res.setHeader('Cache-Control', 'no-store')
    const problem = await check().catch((error: unknown) => `check failed: ${error instanceof Error ? error.message : String(error)}`)
    if (problem) res.setHeader('Retry-After', '5')
    send(req, res, problem ? 503 : 200, 'text/plain; charset=utf-8', problem ?? 'ready')
    return true
  }
}
