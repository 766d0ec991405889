import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { CONTACT_GROUP } from './group'

import { EMAIL_KIND_LABELS, EMAIL_KINDS, EMAIL_STATUS_LABELS, EMAIL_STATUSES } from './statuses'
import { refuseUnknownOptions } from './refuse-unknown-options'

export { EMAIL_KINDS, EMAIL_STATUSES, type EmailKind, type EmailStatus } from './statuses'

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
  hooks: { beforeOperation: [refuseUnknownOptions({ status: EMAIL_STATUSES, kind: EMAIL_KINDS })] },
  fields: [
    // One email per purpose: queuing the same one twice (a retried save, a repair) is refused.
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: EMAIL_KINDS.map((value) => ({ value, label: EMAIL_KIND_LABELS[value] })),
      ...readOnly,
      label: { nl: 'Soort', fr: 'Type', en: 'Kind' },
    },
    { name: 'to', type: 'text', required: true, ...readOnly, label: { nl: 'Aan', fr: 'À', en: 'To' } },
    { name: 'replyTo', type: 'text', ...readOnly, label: { nl: 'Antwoord aan', fr: 'Répondre à', en: 'Reply to' } },
    { name: 'subject', type: 'text', required: true, ...readOnly, label: { nl: 'Onderwerp', fr: 'Objet', en: 'Subject' } },
    { name: 'text', type: 'textarea', required: true, ...readOnly, label: { nl: 'Tekst', fr: 'Texte', en: 'Text' } },
    // The one-click unsubscribe address of an email to a subscriber (src/follow): sent as List-Unsubscribe (RFC 8058).
    { name: 'listUnsubscribe', type: 'text', admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: EMAIL_STATUSES.map((value) => ({ value, label: EMAIL_STATUS_LABELS[value] })),
      ...readOnly,
      label: { nl: 'Status', fr: 'Statut', en: 'Status' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, ...readOnly, label: { nl: 'Pogingen', fr: 'Tentatives', en: 'Attempts' } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      // Only while the email waits: once it is out (or given up) there is no next attempt.
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => data?.status === 'queued' || data?.status === 'sending',
      },
      label: { nl: 'Volgende poging', fr: 'Prochaine tentative', en: 'Next attempt' },
    },
    { name: 'lastError', type: 'text', ...readOnly, label: { nl: 'Laatste fout', fr: 'Dernière erreur', en: 'Last error' } },
    {
      name: 'sentAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: { nl: 'Verstuurd op', fr: 'Envoyé le', en: 'Sent on' },
    },
    // The .eml file's name in development mode: for operators on the server, not for staff (the status says what happened).
    { name: 'file', type: 'text', admin: { hidden: true } },
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
