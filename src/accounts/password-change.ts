/** Marks, for the rest of a request, the accounts whose password it changes (the password itself never reaches afterChange). */
import type { RequestContext } from 'payload'

const CHANGED = 'belfortPasswordChanged'

export function markPasswordChange(context: RequestContext, id: number | string): void {
  const changed = (context[CHANGED] as Set<string> | undefined) ?? new Set<string>()
  changed.add(String(id))
  context[CHANGED] = changed
}

export function changesPassword(context: RequestContext, id: number | string): boolean {
  return (context[CHANGED] as Set<string> | undefined)?.has(String(id)) ?? false
}
