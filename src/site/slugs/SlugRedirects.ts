import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { LOCALES } from '@/site/routes'
import { ADDRESSED_COLLECTIONS } from './public-paths'

/**
 * An address a published document had before an editor changed its slug. The site answers it with
 * a 301 to the document's current address (find-redirect.ts), so links and bookmarks keep working;
 * written by the server when the new slug is published (hooks/record-slug-redirect.ts).
 */
export const SlugRedirects: CollectionConfig = {
  slug: 'slug-redirects',
  labels: {
    singular: { nl: 'Doorverwijzing', fr: 'Redirection', en: 'Redirect' },
    plural: { nl: 'Doorverwijzingen', fr: 'Redirections', en: 'Redirects' },
  },
  admin: {
    useAsTitle: 'fromPath',
    defaultColumns: ['fromPath', 'collection', 'document', 'language', 'createdAt'],
    group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' },
    description: {
      nl: 'Oude adressen van gepubliceerde inhoud waarvan de slug gewijzigd is. Ze leiden naar het huidige adres; verwijder er een om het oude adres vrij te geven.',
      fr: 'Anciennes adresses de contenus publiés dont le slug a changé. Elles mènent à l’adresse actuelle ; supprimez-en une pour libérer l’ancienne adresse.',
      en: 'Old addresses of published content whose slug changed. They lead to the current address; delete one to free the old address.',
    },
  },
  access: accessFromMatrix('slug-redirects'),
  hooks: announcingHooks,
  fields: [
    {
      name: 'fromPath',
      type: 'text',
      required: true,
      index: true,
      label: { nl: 'Oud adres', fr: 'Ancienne adresse', en: 'Old address' },
      admin: { readOnly: true },
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: [...ADDRESSED_COLLECTIONS],
      label: { nl: 'Soort inhoud', fr: 'Type de contenu', en: 'Content type' },
      admin: { readOnly: true },
    },
    {
      name: 'document',
      type: 'text',
      required: true,
      label: { nl: 'Document (id)', fr: 'Document (id)', en: 'Document (id)' },
      admin: { readOnly: true },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: [...LOCALES],
      label: { nl: 'Taal', fr: 'Langue', en: 'Language' },
      admin: { readOnly: true },
    },
  ],
}
