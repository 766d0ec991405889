import { validateLink } from '@/site/fields/link'
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'
import { previewUrl } from '@/site/preview-url'

export const Administrations: CollectionConfig = {
  slug: 'administrations',
  // An administration shown from another document (who publishes a news item, who answers for a service) is
  // its name, address and contact details: its longer text stays out.
  defaultPopulate: { body: false },
  labels: {
    singular: { nl: 'Administratie', fr: 'Administration', en: 'Administration' },
    plural: { nl: 'Administraties', fr: 'Administrations', en: 'Administrations' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['order', 'name', 'email'],
    group: { nl: 'Organisatie', fr: 'Organisation', en: 'Organisation' },
    preview: (doc, { locale }) => previewUrl('administration', doc, locale),
  },
  defaultSort: 'order',
  access: accessFromMatrix('administrations'),
  hooks: announcingHooks,
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { nl: 'Naam', fr: 'Nom', en: 'Name' } },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      required: true,
      label: { nl: 'Wat ze doet, in het kort', fr: 'Ce qu’elle fait, en bref', en: 'What it does, in short' },
    },
    { name: 'body', type: 'richText', localized: true, label: { nl: 'Meer uitleg', fr: 'Plus d’explications', en: 'More detail' } },
    slugField('administrations'),
    {
      name: 'missions',
      type: 'join',
      collection: 'missions',
      on: 'administrations',
      label: { nl: 'Opdrachten', fr: 'Missions', en: 'Missions' },
    },
    {
      // Kept apart from the public contact details: the address that receives the contact form's
      // messages can be an internal mailbox nobody should write to directly.
      name: 'notificationEmail',
      type: 'email',
      label: {
        nl: 'E-mail voor berichten van het contactformulier',
        fr: 'E-mail pour les messages du formulaire de contact',
        en: 'Email for contact form messages',
      },
      admin: {
        description: {
          nl: 'Niet zichtbaar op de site. Leeg: de berichten gaan naar het e-mailadres bij de contactgegevens.',
          fr: 'Pas affiché sur le site. Vide : les messages vont à l’adresse e-mail des coordonnées.',
          en: 'Not shown on the site. Empty: messages go to the email address in the contact details.',
        },
      },
    },
    {
      name: 'contact',
      type: 'group',
      label: { nl: 'Contactgegevens', fr: 'Coordonnées', en: 'Contact details' },
      fields: [
        { name: 'email', type: 'email', label: { nl: 'E-mail', fr: 'E-mail', en: 'Email' } },
        { name: 'phone', type: 'text', label: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' } },
        { name: 'address', type: 'textarea', localized: true, label: { nl: 'Adres', fr: 'Adresse', en: 'Address' } },
        { name: 'hours', type: 'text', localized: true, label: { nl: 'Openingsuren', fr: 'Heures d’ouverture', en: 'Opening hours' } },
        { name: 'website', type: 'text', validate: validateLink, label: { nl: 'Website', fr: 'Site web', en: 'Website' } },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 0, label: { nl: 'Volgorde', fr: 'Ordre', en: 'Order' }, admin: { position: 'sidebar' } },
  ],
}
