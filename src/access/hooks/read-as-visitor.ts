/**
 * Server code that reads without a signed-in user — the public pages, the open data, the sitemap,
 * the feeds — reads as a visitor where the role matrix says so (`anonymousReadsAsVisitor`): the
 * visitor's cells apply even when the call overrides access, so a draft plan version and its items
 * stay out of every public view in one place rather than in each query.
 */
import type { CollectionBeforeOperationHook } from 'payload'

const READS = new Set(['read', 'count'])
const WRITES = new Set(['create', 'update', 'delete'])

/**
 * The request context of the server's own work, which sees everything, drafts included: a read
 * that must find what visitors may not (the search index taking a draft version's items out) passes
 * it as `context`.
 */
export const SERVER_WORK = { serverWork: true } as const

/**
 * A write without a user is the server's own work (seeding, imports, jobs): visitors write nothing
 * these rows cover, so the reads its hooks make with the same request see everything, drafts included.
 */
export const markServerWrite: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user && WRITES.has(operation)) req.context.serverWork = true
  return args
}

export const readAsVisitor: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.user || !READS.has(operation) || req.context.serverWork) return args
  return { ...args, overrideAccess: false }
}
