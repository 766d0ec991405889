import { validateLink } from '@/site/fields/link'
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { DOCUMENTS_GROUP } from './group'

/** One version of the regional strategy (2002 Social Pact … Go4Brussels 2030): the look-back timeline is made of these. */
export const PlanVersions: CollectionConfig = {
  slug: 'plan-versions',
  labels: {
    singular: { nl: 'Versie van de strategie', fr: 'Version de la stratégie', en: 'Strategy version' },
    plural: { nl: 'Versies van de strategie', fr: 'Versions de la stratégie', en: 'Strategy versions' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['year', 'title', 'periodStart', 'periodEnd'], group: DOCUMENTS_GROUP },
  defaultSort: '-year',
  // A draft is the next version being prepared: neither it nor its plan items are public before it is published.
  versions: { drafts: true },
  access: accessFromMatrix('plan-versions'),
  hooks: announcingHooks,
  fields: [
    { name: 'year', type: 'number', required: true, min: 1989, max: 2100, label: { nl: 'Jaar', fr: 'Année', en: 'Year' } },
    { name: 'title', type: 'text', localized: true, required: true, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'number', min: 1989, max: 2100, label: { nl: 'Looptijd vanaf', fr: 'Période de', en: 'Period from' } },
        { name: 'periodEnd', type: 'number', min: 1989, max: 2100, label: { nl: 'tot', fr: 'à', en: 'to' } },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, required: true, label: { nl: 'Samenvatting', fr: 'Résumé', en: 'Summary' } },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: { nl: 'Documenten', fr: 'Documents', en: 'Documents' },
    },
    {
      name: 'externalLink',
      type: 'group',
      label: { nl: 'Eigen website', fr: 'Site web propre', en: 'Own website' },
      fields: [
        {
          name: 'url',
          type: 'text',
          validate: validateLink,
          label: { nl: 'Adres', fr: 'Adresse', en: 'Address' },
        },
        { name: 'label', type: 'text', localized: true, label: { nl: 'Linktekst', fr: 'Texte du lien', en: 'Link text' } },
      ],
    },
    {
      name: 'planIsSummary',
      type: 'checkbox',
      defaultValue: false,
      label: {
        nl: 'De structuur in de opvolging is een samenvatting',
        fr: 'La structure dans le suivi est un résumé',
        en: 'The structure in the follow-up is a summary',
      },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Aanvinken als de pijlers van deze versie naverteld zijn in plaats van overgenomen uit de strategie zelf; de openbare pagina’s zeggen het dan.',
          fr: 'À cocher si les piliers de cette version sont résumés plutôt que repris de la stratégie elle-même ; les pages publiques le disent alors.',
          en: 'Tick when this version’s pillars are retold rather than taken from the strategy itself; the public pages then say so.',
        },
      },
    },
    {
      name: 'predecessor',
      type: 'relationship',
      relationTo: 'plan-versions',
      label: { nl: 'Volgt op', fr: 'Succède à', en: 'Follows' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'successors',
      type: 'join',
      collection: 'plan-versions',
      on: 'predecessor',
      label: { nl: 'Gevolgd door', fr: 'Suivie par', en: 'Followed by' },
    },
  ],
}
