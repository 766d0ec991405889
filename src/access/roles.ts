import type { FieldAccess } from 'payload'

/** Staff roles. Each capability adds its own (contact-handler, …) here. */
export const ROLES = ['admin', 'editor', 'translator', 'contact-handler', 'follow-up', 'evaluator', 'partner'] as const
export type Role = (typeof ROLES)[number]

interface WithRoles {
  roles?: readonly string[] | null
}

export function hasRole(user: unknown, role: Role): boolean {
  return Boolean(user && (user as WithRoles).roles?.includes(role))
}

/** Roles that work on the public content, and so may see drafts and previews. */
const CONTENT_ROLES: readonly Role[] = ['admin', 'editor', 'translator']

export function isStaffUser(user: unknown): boolean {
  return Boolean(user && CONTENT_ROLES.some((role) => hasRole(user, role)))
}

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
