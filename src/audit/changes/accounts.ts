/** Changes to what an account may do: its roles, and its scope (the administrations it answers for, the organisations it reports for). */
import type { AuditEvent } from '../record'
import type { ChangeAuditor } from './change'

/** A list of roles or related ids, sorted, as one comparable and readable text. */
function listed(value: unknown): string {
  const items = Array.isArray(value)
    ? value.map((item) => String(item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    : []
  return items.sort().join(', ')
}

const SCOPES = ['administrations', 'partners'] as const

export const accountChanges: ChangeAuditor = ({ operation, before, after, collection }) => {
  if (operation !== 'update' || !before) return []
  const event = { collection: collection.slug, documentId: after.id }
  const events: AuditEvent[] = []
  if (listed(before.roles) !== listed(after.roles)) {
    events.push({ action: 'roles-changed', ...event, detail: `${listed(before.roles) || '—'} → ${listed(after.roles) || '—'}` })
  }
  const scopes = SCOPES.filter((scope) => listed(before[scope]) !== listed(after[scope]))
  if (scopes.length > 0) {
    const detail = scopes.map((scope) => `${scope}: ${listed(before[scope]) || '—'} → ${listed(after[scope]) || '—'}`).join('; ')
    events.push({ action: 'scope-changed', ...event, detail })
  }
  return events
}
