import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'
import { DOCUMENTS_GROUP } from './group'
import { reviewFields } from '@/back-office/review/fields'

export const DOCUMENT_KINDS = ['strategy', 'plan', 'report', 'decision', 'other'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

const KIND_LABELS: Record<DocumentKind, Record<'nl' | 'fr' | 'en', string>> = {
  strategy: { nl: 'Strategie', fr: 'Stratégie', en: 'Strategy' },
  plan: { nl: 'Plan', fr: 'Plan', en: 'Plan' },
  report: { nl: 'Verslag', fr: 'Rapport', en: 'Report' },
  decision: { nl: 'Beslissing', fr: 'Décision', en: 'Decision' },
  other: { nl: 'Ander document', fr: 'Autre document', en: 'Other document' },
}

/** A published document: what it is, when, and its PDF in one or more languages. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { nl: 'Document', fr: 'Document', en: 'Document' },
    plural: { nl: 'Documenten', fr: 'Documents', en: 'Documents' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'date', '_status'], group: DOCUMENTS_GROUP },
  defaultSort: '-date',
  versions: { drafts: true, maxPerDoc: 50 },
  access: accessFromMatrix('documents'),
  hooks: announcingHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, label: { nl: 'Samenvatting', fr: 'Résumé', en: 'Summary' } },
    slugField('documents'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'report',
      options: DOCUMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      label: { nl: 'Soort', fr: 'Type', en: 'Type' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      label: { nl: 'Datum', fr: 'Date', en: 'Date' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'document-files',
      hasMany: true,
      label: { nl: 'PDF’s (één per taal)', fr: 'PDF (un par langue)', en: 'PDFs (one per language)' },
    },
    {
      name: 'accessible',
      type: 'checkbox',
      defaultValue: false,
      label: {
        nl: 'De PDF’s voldoen aan de toegankelijkheidseisen (PDF/UA)',
        fr: 'Les PDF respectent les exigences d’accessibilité (PDF/UA)',
        en: 'The PDFs meet accessibility requirements (PDF/UA)',
      },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Zo niet, dan zegt de pagina het en biedt ze een formulier aan om het document in een ander formaat te vragen; de aanvraag komt in de inbox van de eigenaar.',
          fr: 'Sinon, la page le signale et propose un formulaire pour demander le document dans un autre format ; la demande arrive dans la boîte de réception du propriétaire.',
          en: 'If not, the page says so and offers a form to request the document in another format; the request reaches the owner’s inbox.',
        },
      },
    },
    ...reviewFields(),
  ],
}

export function kindLabel(kind: DocumentKind, locale: 'nl' | 'fr' | 'en'): string {
  return KIND_LABELS[kind][locale]
}
