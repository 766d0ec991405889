/**
 * Puts the role matrix in charge of the config: every collection and global must have a row and
 * take its access from it (or the server does not start), fields some subjects only read get
 * their read access from it, and the hooks that enforce what access functions cannot — publishing
 * actions, translators' localized-text-only updates — are added where the matrix grants them.
 */
import type { CollectionConfig, GlobalConfig } from 'payload'
import { withFieldReads } from './field-reads'
import { isMatrixAccess, someoneHolds } from './from-matrix'
import { guardPublication } from './hooks/guard-publication'
import { markServerWrite, readAsVisitor } from './hooks/read-as-visitor'
import { refuseSharedFieldChanges } from './hooks/refuse-shared-field-changes'
import { withSharedFieldAccess } from './shared-field-access'
import { MATRIX, type MatrixRow, type MatrixSlug } from './matrix'

function rowOf(slug: string, kind: MatrixRow['kind']): MatrixRow {
  const row: MatrixRow | undefined = (MATRIX as Record<string, MatrixRow>)[slug]
  if (!row || row.kind !== kind) throw new Error(`The ${kind} “${slug}” has no row in the role matrix (src/access/matrix.ts).`)
  return row
}

function checkAccess(slug: string, access: Record<string, unknown> | undefined, operations: readonly string[]): void {
  const own = operations.filter((operation) => !isMatrixAccess(access?.[operation]))
  if (own.length > 0) throw new Error(`“${slug}” decides ${own.join(', ')} access on its own: build it with src/access/from-matrix.ts.`)
}

/** What the collection's versions config offers, in the matrix's words. */
function publishingOf(config: CollectionConfig): MatrixRow['publishing'] {
  const drafts = typeof config.versions === 'object' ? config.versions.drafts : undefined
  if (!drafts) return undefined
  return typeof drafts === 'object' && drafts.schedulePublish ? 'scheduled' : 'drafts'
}

export function enforceMatrix(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    const row = rowOf(config.slug, 'collection')
    checkAccess(config.slug, config.access, ['read', 'create', 'update', 'delete'])
    if (publishingOf(config) !== row.publishing) {
      throw new Error(
        `“${config.slug}”: the role matrix says publishing “${row.publishing ?? 'none'}”, its versions config “${publishingOf(config) ?? 'none'}”.`,
      )
    }
    const slug = config.slug as MatrixSlug
    const hooks = { ...config.hooks, beforeOperation: [markServerWrite, ...(config.hooks?.beforeOperation ?? [])] }
    if (row.publishing) hooks.beforeOperation = [guardPublication, ...(hooks.beforeOperation ?? [])]
    if (row.anonymousReadsAsVisitor) hooks.beforeOperation = [readAsVisitor, ...hooks.beforeOperation]
    const fields = withFieldReads(slug, config.fields)
    if (!someoneHolds(slug, 'update', 'localized-text')) return { ...config, hooks, fields }
    hooks.beforeOperation = [...(hooks.beforeOperation ?? []), refuseSharedFieldChanges]
    return { ...config, hooks, fields: withSharedFieldAccess(slug, fields) }
  })
}

export function enforceMatrixOnGlobals(globals: GlobalConfig[]): GlobalConfig[] {
  for (const config of globals) {
    rowOf(config.slug, 'global')
    checkAccess(config.slug, config.access, ['read', 'update'])
  }
  return globals
}
