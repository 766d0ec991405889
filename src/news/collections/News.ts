import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { scheduledField } from '@/back-office/scheduling/fields'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'
import { previewUrl } from '@/site/preview-url'
import { reviewFields } from '@/back-office/review/fields'
import { filedUnderFields } from './taxonomy'

export const News: CollectionConfig = {
  slug: 'news',
  // A news item shown from another one shows its title, date and address, not its text.
  defaultPopulate: { body: false, translation: false },
  labels: {
    singular: { nl: 'Nieuwsbericht', fr: 'Actualité', en: 'News item' },
    plural: { nl: 'Nieuws', fr: 'Actualités', en: 'News' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'scheduled', 'themes', 'updatedAt'],
    group: { nl: 'Nieuws', fr: 'Actualités', en: 'News' },
    preview: (doc, { locale }) => previewUrl('news', doc, locale),
  },
  defaultSort: '-publishedAt',
  // Each language is published on its own, so Dutch and French can go out before English is ready.
  versions: { drafts: { schedulePublish: true, localizeStatus: true }, maxPerDoc: 50 },
  access: accessFromMatrix('news'),
  hooks: announcingHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 140, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 300,
      label: { nl: 'Samenvatting', fr: 'Résumé', en: 'Summary' },
    },
    { name: 'body', type: 'richText', localized: true, label: { nl: 'Tekst', fr: 'Texte', en: 'Body' } },
    slugField('news'),
    scheduledField,
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { nl: 'Publicatiedatum', fr: 'Date de publication', en: 'Publication date' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'update',
      type: 'group',
      label: { nl: 'Belangrijke wijziging', fr: 'Modification importante', en: 'Significant update' },
      admin: {
        description: {
          nl: 'Vul dit in als de inhoud wezenlijk veranderd is; bezoekers zien de datum en de uitleg.',
          fr: 'À remplir si le contenu a changé de manière importante ; les visiteurs voient la date et l’explication.',
          en: 'Fill this in when the content changed in a way that matters; visitors see the date and the note.',
        },
      },
      fields: [
        { name: 'at', type: 'date', label: { nl: 'Datum', fr: 'Date', en: 'Date' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'note',
          type: 'textarea',
          localized: true,
          maxLength: 300,
          label: { nl: 'Wat er veranderde', fr: 'Ce qui a changé', en: 'What changed' },
        },
      ],
    },
    ...filedUnderFields(),
    {
      name: 'administration',
      type: 'relationship',
      relationTo: 'administrations',
      label: { nl: 'Administratie', fr: 'Administration', en: 'Administration' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'services',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      maxRows: 4,
      label: { nl: 'Gerelateerde diensten', fr: 'Services liés', en: 'Related services' },
      admin: {
        description: {
          nl: 'De diensten waarover dit bericht gaat; het bericht toont ze met hun online link.',
          fr: 'Les services dont parle cette actualité ; elle les affiche avec leur lien en ligne.',
          en: 'The services this item is about; it shows them with their online link.',
        },
      },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { nl: 'Afbeelding', fr: 'Image', en: 'Image' } },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'news',
      hasMany: true,
      maxRows: 4,
      label: { nl: 'Gerelateerd nieuws', fr: 'Actualités liées', en: 'Related news' },
    },
    {
      name: 'withdrawal',
      type: 'group',
      label: { nl: 'Ingetrokken', fr: 'Retiré', en: 'Withdrawn' },
      admin: {
        description: {
          nl: 'Een ingetrokken bericht blijft bereikbaar, met de reden bovenaan.',
          fr: 'Une actualité retirée reste accessible, avec la raison en haut de page.',
          en: 'A withdrawn item stays reachable, with the reason at the top.',
        },
      },
      fields: [
        {
          name: 'withdrawn',
          type: 'checkbox',
          defaultValue: false,
          label: { nl: 'Dit bericht is ingetrokken', fr: 'Cette actualité est retirée', en: 'This item is withdrawn' },
        },
        {
          name: 'at',
          type: 'date',
          label: { nl: 'Ingetrokken op', fr: 'Retirée le', en: 'Withdrawn on' },
          // A day, shown and kept without a time (src/site/fields/day.ts).
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        { name: 'reason', type: 'textarea', localized: true, label: { nl: 'Reden', fr: 'Raison', en: 'Reason' } },
      ],
    },
    ...reviewFields(),
  ],
}
