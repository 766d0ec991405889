/**
 * Payload access functions read from the role matrix: what a user's roles grant together (any
 * role's yes is yes; conditions add the documents they reach), and the access object of each
 * collection and global.
 */
import type { Access, Where } from 'payload'
import { CONDITIONS, type ConditionName } from './conditions'
import {
  type Action,
  type Cell,
  cellOf,
  isRole,
  type MATRIX,
  type MatrixSlug,
  SUBJECTS,
  type Step,
  type Subject,
  stepCellOf,
} from './matrix'

type SlugOfKind<K extends 'collection' | 'global'> = {
  [S in MatrixSlug]: (typeof MATRIX)[S]['kind'] extends K ? S : never
}[MatrixSlug]
export type CollectionMatrixSlug = SlugOfKind<'collection'>
export type GlobalMatrixSlug = SlugOfKind<'global'>

/** The subjects a user acts as: their roles; `visitor` for an anonymous request (or an account without a known role). */
export function subjectsOf(user: unknown): Subject[] {
  const roles = ((user as { roles?: readonly unknown[] | null } | null | undefined)?.roles ?? []).filter(isRole)
  return user && roles.length > 0 ? roles : ['visitor']
}

/** The cells of the matrix that apply to this user for this action, one per role (no cell for a no). */
export function cellsFor(user: unknown, slug: MatrixSlug, action: Action): Cell[] {
  return subjectsOf(user)
    .map((subject) => cellOf(slug, subject, action))
    .filter((cell): cell is Cell => cell !== undefined)
}

/** What the user's roles grant together: true, false, or the documents they reach. */
export function reach(user: unknown, slug: MatrixSlug, action: Action): boolean | Where {
  const reached: Where[] = []
  for (const cell of cellsFor(user, slug, action)) {
    if (cell === 'yes') return true
    const where = CONDITIONS[cell].reach(user)
    if (where === true) return true
    if (where) reached.push(where)
  }
  if (reached.length === 0) return false
  return reached.length === 1 ? reached[0]! : { or: reached }
}

/** Whether the user may do this at all, on some document. */
export function allows(user: unknown, slug: MatrixSlug, action: Action): boolean {
  return reach(user, slug, action) !== false
}

/**
 * Whether the user's roles let them take this workflow step (on a document they may update: the
 * step's condition is checked here for the user, the document by the row's update access and hooks).
 */
export function mayTakeStep(user: unknown, slug: MatrixSlug, step: Step): boolean {
  return subjectsOf(user).some((subject) => {
    const cell = stepCellOf(slug, subject, step)
    return cell !== undefined && (cell === 'yes' || CONDITIONS[cell].reach(user) !== false)
  })
}

/** Whether the user holds this action only under this condition (no role of theirs grants it outright). */
export function grantedOnlyAs(user: unknown, slug: MatrixSlug, action: Action, condition: ConditionName): boolean {
  const cells = cellsFor(user, slug, action)
  return cells.includes(condition) && !cells.includes('yes')
}

/** Whether some subject holds this action under this condition on the row: the row then needs the condition's hooks. */
export function someoneHolds(slug: MatrixSlug, action: Action, condition: ConditionName): boolean {
  return SUBJECTS.some((subject) => cellOf(slug, subject, action) === condition)
}

/** Access functions made here, so the config can check that no collection decides access on its own (enforce-matrix.ts). */
const madeHere = new WeakSet<object>()

function accessTo(slug: MatrixSlug, action: Action): Access {
  const access: Access = ({ req }) => reach(req.user, slug, action)
  madeHere.add(access)
  return access
}

export function isMatrixAccess(access: unknown): boolean {
  return typeof access === 'function' && madeHere.has(access)
}

/** Drafts and old versions are for those who read everything, not only what is published. */
function readsEverything(slug: MatrixSlug): Access {
  const access: Access = ({ req }) => subjectsOf(req.user).some((subject) => cellOf(slug, subject, 'read') === 'yes')
  madeHere.add(access)
  return access
}

/**
 * Update, and no update that publishes for whom the matrix grants no publish: the admin asks this
 * with `_status: 'published'` to decide whether to offer the publish buttons (the publication
 * guard refuses such a write earlier, with its reason).
 */
function updateTo(slug: MatrixSlug): Access {
  const access: Access = ({ req, data }) => {
    const publishes = (data as { _status?: unknown } | undefined)?._status === 'published'
    if (publishes && !allows(req.user, slug, 'publish')) return false
    return reach(req.user, slug, 'update')
  }
  madeHere.add(access)
  return access
}

/** A collection's access, read from its row of the matrix. */
export function accessFromMatrix(slug: CollectionMatrixSlug) {
  return {
    read: accessTo(slug, 'read'),
    create: accessTo(slug, 'create'),
    update: updateTo(slug),
    delete: accessTo(slug, 'delete'),
    readVersions: readsEverything(slug),
  }
}

/** A global's access, read from its row of the matrix. */
export function globalAccessFromMatrix(slug: GlobalMatrixSlug) {
  return { read: accessTo(slug, 'read'), update: accessTo(slug, 'update') }
}
