import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { CONTACT_GROUP } from './group'

export const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const
export type EmailStatus = (typeof EMAIL_STATUSES)[number]
export const EMAIL_KINDS = ['acknowledgement', 'notification', 'answer', 'review-reminder'] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

const readOnly = { admin: { readOnly: true } } as const

/**
 * Every email Belfort sends is first written here, in the same save as what caused it, and sent
 * by the outbox job (mail/deliver.ts) with retries, so a mail server that is down loses nothing.
 */
export const EmailOutbox: CollectionConfig = {
  slug: 'email-outbox',
  labels: {
    singular: { nl: 'Uitgaande e-mail', fr: 'E-mail sortant', en: 'Outgoing email' },
    plural: { nl: 'Uitgaande e-mails', fr: 'E-mails sortants', en: 'Outbox' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'to', 'status', 'attempts', 'sentAt', 'createdAt'],
    group: CONTACT_GROUP,
    description: {
      nl: 'E-mails wachten hier tot de mailserver ze aanneemt; mislukte pogingen worden later herhaald.',
      fr: 'Les e-mails attendent ici que le serveur de messagerie les accepte ; les échecs sont retentés plus tard.',
      en: 'Emails wait here until the mail server accepts them; failed attempts are retried later.',
    },
  },
  defaultSort: '-createdAt',
  access: accessFromMatrix('email-outbox'),
  fields: [
    // One email per purpose: queuing the same one twice (a retried save, a repair) is refused.
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: EMAIL_KINDS.map((value) => ({ value, label: value })),
      ...readOnly,
      label: { nl: 'Soort', fr: 'Type', en: 'Kind' },
    },
    { name: 'to', type: 'text', required: true, ...readOnly, label: { nl: 'Aan', fr: 'À', en: 'To' } },
    { name: 'replyTo', type: 'text', ...readOnly, label: { nl: 'Antwoord aan', fr: 'Répondre à', en: 'Reply to' } },
    { name: 'subject', type: 'text', required: true, ...readOnly, label: { nl: 'Onderwerp', fr: 'Objet', en: 'Subject' } },
    { name: 'text', type: 'textarea', required: true, ...readOnly, label: { nl: 'Tekst', fr: 'Texte', en: 'Text' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: EMAIL_STATUSES.map((value) => ({ value, label: value })),
      ...readOnly,
      label: { nl: 'Status', fr: 'Statut', en: 'Status' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, ...readOnly, label: { nl: 'Pogingen', fr: 'Tentatives', en: 'Attempts' } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: { nl: 'Volgende poging', fr: 'Prochaine tentative', en: 'Next attempt' },
    },
    { name: 'lastError', type: 'text', ...readOnly, label: { nl: 'Laatste fout', fr: 'Dernière erreur', en: 'Last error' } },
    {
      name: 'sentAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: { nl: 'Verstuurd op', fr: 'Envoyé le', en: 'Sent on' },
    },
    {
      name: 'file',
      type: 'text',
      admin: {
        readOnly: true,
        description: {
          nl: 'Zonder mailserver wordt de e-mail onder deze naam in de map mail van de gegevensmap geschreven.',
          fr: 'Sans serveur de messagerie, l’e-mail est écrit sous ce nom dans le dossier mail du dossier de données.',
          en: 'Without a mail server, the email is written under this name in the mail folder of the data folder.',
        },
      },
      label: { nl: 'Bestand (ontwikkelmodus)', fr: 'Fichier (mode développement)', en: 'File (development mode)' },
    },
    {
      name: 'message',
      type: 'relationship',
      relationTo: 'contact-messages',
      index: true,
      ...readOnly,
      label: { nl: 'Bericht', fr: 'Message', en: 'Message' },
    },
    {
      name: 'administration',
      type: 'relationship',
      relationTo: 'administrations',
      index: true,
      ...readOnly,
      label: { nl: 'Administratie', fr: 'Administration', en: 'Administration' },
    },
  ],
}
