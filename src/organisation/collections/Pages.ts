import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'
import { previewUrl } from '@/site/preview-url'
import { reviewFields } from '@/back-office/review/fields'

/** Editorial pages: about, strategic plan, accessibility and privacy statements, and any page editors add. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  // A page shown from another document (a menu, the footer, the home page's links) shows its title and
  // address: its text and translation state stay out of that document's read (and its content-store row).
  defaultPopulate: { body: false, translation: false },
  labels: {
    singular: { nl: 'Pagina', fr: 'Page', en: 'Page' },
    plural: { nl: 'Pagina’s', fr: 'Pages', en: 'Pages' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' },
    preview: (doc, { locale }) => previewUrl('page', doc, locale),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: accessFromMatrix('pages'),
  hooks: announcingHooks,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { nl: 'Samenvatting', fr: 'Résumé', en: 'Summary' },
      admin: {
        description: {
          nl: 'Eén of twee zinnen; ook de beschrijving voor zoekmachines.',
          fr: 'Une ou deux phrases ; sert aussi de description pour les moteurs de recherche.',
          en: 'One or two sentences; also the description for search engines.',
        },
      },
    },
    { name: 'body', type: 'richText', localized: true, label: { nl: 'Inhoud', fr: 'Contenu', en: 'Body' } },
    slugField('pages'),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: { nl: 'Bovenliggende pagina', fr: 'Page parente', en: 'Parent page' },
      admin: { position: 'sidebar' },
    },
    ...reviewFields({ reviewAfterMonths: 12 }),
  ],
}
