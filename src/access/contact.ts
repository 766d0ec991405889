import type { Access, Where } from 'payload'
import { hasRole } from './roles'

interface WithAdministrations {
  administrations?: readonly (number | string | { id: number | string })[] | null
}

/** The administrations a contact handler answers for (ids, whether the user came populated or not). */
export function handledAdministrations(user: unknown): (number | string)[] {
  if (!user || !hasRole(user, 'contact-handler')) return []
  return ((user as WithAdministrations).administrations ?? []).map((entry) => (typeof entry === 'object' ? entry.id : entry))
}

/**
 * Messages carry personal data: admins see all of them, a contact handler only those of the
 * administrations they answer for, anybody else none. `field` names where a document keeps its
 * administration.
 */
export function contactScope(field = 'administration'): Access {
  return ({ req }) => {
    if (hasRole(req.user, 'admin')) return true
    const ids = handledAdministrations(req.user)
    if (ids.length === 0) return false
    const where: Where = { [field]: { in: ids } }
    return where
  }
}

export function isContactStaff(user: unknown): boolean {
  return hasRole(user, 'admin') || handledAdministrations(user).length > 0
}
