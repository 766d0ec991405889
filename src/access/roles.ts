import type { Access, FieldAccess, PayloadRequest } from 'payload'

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

/** A translator who is not also an editor: may change localized text, never publish or delete. */
export function isTranslatorOnly(user: unknown): boolean {
  return hasRole(user, 'translator') && !hasRole(user, 'editor') && !hasRole(user, 'admin')
}

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Anyone who edits content: admins and editors. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin') || hasRole(req.user, 'editor')

/** Editors, and translators for the text (see keepTranslatorsToText). */
export const isEditorOrTranslator: Access = ({ req }) => isStaffUser(req.user)

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Admins see every account; anyone else only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** Visitors read published documents only; staff also read drafts. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}

export const anyone: Access = () => true

export function isStaffRequest(req: Pick<PayloadRequest, 'user'>): boolean {
  return isStaffUser(req.user)
}
