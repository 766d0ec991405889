import { hasRole } from './roles'

interface WithAdministrations {
  administrations?: readonly (number | string | { id: number | string })[] | null
}

/** The administrations a contact handler answers for (ids, whether the user came populated or not). */
export function handledAdministrations(user: unknown): (number | string)[] {
  if (!user || !hasRole(user, 'contact-handler')) return []
  return ((user as WithAdministrations).administrations ?? []).map((entry) => (typeof entry === 'object' ? entry.id : entry))
}
