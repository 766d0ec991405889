/** What `/readyz` asks of this instance (mounts/readiness.ts): not stopping, the database reachable, its migrations this code's. */
import type { Payload } from 'payload'
import type { Lifecycle } from './lifecycle'
import type { ReadinessCheck } from './mounts/readiness'

export function readinessCheck(payload: Payload, lifecycle: Lifecycle, shipped: readonly string[]): ReadinessCheck {
  return async () => {
    if (lifecycle.stopping) return 'stopping'
    let applied: string[]
    try {
      const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, overrideAccess: true })
      applied = docs.map((doc) => String(doc.name))
    } catch {
      return 'database not reachable'
    }
    const missing = shipped.filter((name) => !applied.includes(name))
    if (missing.length > 0) return `migrations not applied: ${missing.join(', ')}`
    const unknown = applied.filter((name) => !shipped.includes(name))
    if (unknown.length > 0) return `the database has migrations this version does not ship: ${unknown.join(', ')}`
    return undefined
  }
}
