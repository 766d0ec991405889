import type { CollectionConfig, GlobalConfig } from 'payload'
import { hasRole, type Role } from './roles'

/** What each narrow role works on; their menu shows only that (and their own account). A partner's rounds list what it owes. */
const NARROW_ROLES: Partial<Record<Role, readonly string[]>> = {
  partner: ['progress-reports', 'reporting-rounds', 'users'],
  evaluator: ['indicators', 'indicator-observations', 'users'],
  'contact-handler': ['contact-messages', 'standard-replies', 'email-outbox', 'page-feedback', 'users'],
}

/** Roles whose menu is the whole back office (whatever narrow role they also hold). */
const BROAD_ROLES: readonly Role[] = ['admin', 'editor', 'translator', 'follow-up']

function shownTo(user: unknown, slug: string): boolean {
  if (BROAD_ROLES.some((role) => hasRole(user, role))) return true
  const narrow = (Object.keys(NARROW_ROLES) as Role[]).filter((role) => hasRole(user, role))
  if (narrow.length === 0) return true
  return narrow.some((role) => NARROW_ROLES[role]?.includes(slug))
}

/**
 * A partner, an evaluator or a contact handler signs in to do one thing: the menu leaves out the rest, which they
 * could at most read (public content) anyway. Access control, not this, is what protects data.
 */
export function narrowMenus<T extends CollectionConfig | GlobalConfig>(configs: T[]): T[] {
  return configs.map((config) => {
    const own = config.admin?.hidden
    if (own === true) return config
    return {
      ...config,
      admin: {
        ...config.admin,
        hidden: ({ user }: { user: unknown }) =>
          !shownTo(user, config.slug) || (typeof own === 'function' ? own({ user } as never) : false),
      },
    }
  })
}
