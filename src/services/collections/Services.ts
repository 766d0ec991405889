/**
 * Services: what a person can ask the organisation for (a grant, a permit, a licence), described as
 * a task — who can, what you need, how long it takes, what it costs — with the online link that
 * starts it and the administration that handles it.
 */
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { validateLink } from '@/site/fields/link'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'
import { filedUnderFields } from '@/news/collections/taxonomy'

export const Services: CollectionConfig = {
  slug: 'services',
  // A service shown from another document (the home page's cards, a news item) is a link: its texts stay out.
  defaultPopulate: { body: false, eligibility: false, requirements: false },
  labels: {
    singular: { nl: 'Dienst', fr: 'Service', en: 'Service' },
    plural: { nl: 'Diensten', fr: 'Services', en: 'Services' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'administration', 'mostRequested', '_status', 'updatedAt'],
    group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' },
  },
  defaultSort: 'title',
  versions: { drafts: true, maxPerDoc: 50 },
  access: accessFromMatrix('services'),
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
      admin: {
        description: {
          nl: 'Eén of twee zinnen: wat u ermee kunt doen. Ook de beschrijving voor zoekmachines.',
          fr: 'Une ou deux phrases : ce que la démarche permet. Sert aussi de description pour les moteurs de recherche.',
          en: 'One or two sentences: what it lets you do. Also the description for search engines.',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { nl: 'Wat u kunt doen', fr: 'Ce que vous pouvez faire', en: 'What you can do' },
    },
    {
      name: 'eligibility',
      type: 'richText',
      localized: true,
      label: { nl: 'Wie kan het aanvragen', fr: 'Qui peut en bénéficier', en: 'Who can apply' },
    },
    {
      name: 'requirements',
      type: 'richText',
      localized: true,
      label: { nl: 'Wat u nodig hebt', fr: 'Ce dont vous avez besoin', en: 'What you need' },
    },
    {
      name: 'duration',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: { nl: 'Hoe lang het duurt', fr: 'Délai', en: 'How long it takes' },
    },
    { name: 'cost', type: 'textarea', localized: true, maxLength: 300, label: { nl: 'Kostprijs', fr: 'Coût', en: 'Cost' } },
    {
      name: 'online',
      type: 'group',
      label: { nl: 'Online dienst', fr: 'Service en ligne', en: 'Online service' },
      admin: {
        description: {
          nl: 'Waar een bezoeker de aanvraag online start. Laat leeg als er geen online aanvraag is.',
          fr: 'Où le visiteur commence la démarche en ligne. Laissez vide s’il n’y a pas de démarche en ligne.',
          en: 'Where a visitor starts the application online. Leave empty when there is none.',
        },
      },
      fields: [
        { name: 'url', type: 'text', validate: validateLink, label: { nl: 'Adres (URL)', fr: 'Adresse (URL)', en: 'Address (URL)' } },
        {
          name: 'label',
          type: 'text',
          localized: true,
          maxLength: 80,
          label: { nl: 'Tekst van de knop', fr: 'Texte du bouton', en: 'Button text' },
        },
      ],
    },
    slugField('services'),
    {
      name: 'administration',
      type: 'relationship',
      relationTo: 'administrations',
      label: { nl: 'Bevoegde administratie', fr: 'Administration compétente', en: 'Administration responsible' },
      admin: { position: 'sidebar' },
    },
    ...filedUnderFields(),
    {
      name: 'mostRequested',
      type: 'number',
      min: 1,
      max: 99,
      index: true,
      label: { nl: 'Plaats bij de meest gevraagde', fr: 'Rang parmi les plus demandés', en: 'Rank among the most requested' },
      admin: {
        position: 'sidebar',
        step: 1,
        description: {
          nl: '1 staat bovenaan de lijst "meest gevraagd"; leeg: niet in die lijst.',
          fr: '1 figure en tête de la liste « les plus demandés » ; vide : pas dans cette liste.',
          en: '1 comes first in the "most requested" list; empty: not in that list.',
        },
      },
    },
  ],
}
