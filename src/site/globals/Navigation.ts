import type { GlobalConfig } from 'payload'
import { globalAccessFromMatrix } from '@/access/from-matrix'
import { announceGlobalChange } from '@/site/invalidation'
import { SECTIONS } from '@/site/routes'

/** The main navigation in the header, edited by editors. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { nl: 'Navigatie', fr: 'Navigation', en: 'Navigation' },
  admin: { group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' } },
  access: globalAccessFromMatrix('navigation'),
  hooks: { afterChange: [announceGlobalChange] },
  fields: [
    {
      name: 'items',
      type: 'array',
      maxRows: 9,
      label: { nl: 'Menu-items', fr: 'Éléments du menu', en: 'Menu items' },
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, label: { nl: 'Label', fr: 'Libellé', en: 'Label' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'page',
          options: [
            { label: { nl: 'Pagina', fr: 'Page', en: 'Page' }, value: 'page' },
            { label: { nl: 'Vaste sectie', fr: 'Section fixe', en: 'Fixed section' }, value: 'section' },
          ],
        },
        { name: 'page', type: 'relationship', relationTo: 'pages', admin: { condition: (_, row) => row?.kind === 'page' } },
        {
          name: 'section',
          type: 'select',
          options: Object.keys(SECTIONS).map((s) => ({ label: s, value: s })),
          admin: { condition: (_, row) => row?.kind === 'section' },
        },
      ],
    },
  ],
}
