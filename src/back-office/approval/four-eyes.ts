/**
 * Puts four eyes on the collections the site settings may ask it for (pages, news, documents):
 * the publication guard and its follow-up (hooks.ts), the update access that hides the publish
 * buttons from whom may not publish yet, and the edit screen's "Approval" panel. Applied to the
 * config after the role matrix (src/access/enforce-matrix.ts), whose access it narrows, never widens.
 */
import type { CollectionConfig, UIField } from 'payload'
import { followApproval, guardApproval, updateUnderApproval } from './hooks'
import { isApprovable } from './settings'

const approvalPanel: UIField = {
  name: 'approval',
  type: 'ui',
  label: { nl: 'Goedkeuring', fr: 'Approbation', en: 'Approval' },
  admin: { position: 'sidebar', components: { Field: '/back-office/approval/admin/ApprovalPanel#ApprovalPanel' } },
}

export function fourEyes(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    if (!isApprovable(config.slug) || !config.versions) return config
    const hooks = { ...config.hooks }
    hooks.beforeOperation = [...(hooks.beforeOperation ?? []), guardApproval]
    hooks.afterChange = [...(hooks.afterChange ?? []), followApproval]
    return {
      ...config,
      access: { ...config.access, update: updateUnderApproval(config.slug, config.access?.update) },
      hooks,
      fields: [...config.fields, approvalPanel],
    }
  })
}
