import type { CollectionConfig, FieldAccess } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { hasRole, isAdminField } from '@/access/roles'
import { LOCALES } from '@/site/routes'
import { CONTACT_GROUP } from './group'
import { answerPreviewEndpoint } from './answer-preview'
import { recordHandling, sendAnswer } from './message-handling'
import { refuseUnknownOptions } from './refuse-unknown-options'
import { HISTORY_KINDS, HISTORY_LABELS, LANGUAGE_LABELS, MESSAGE_STATUSES, STATUS_LABELS } from './statuses'

/** What the visitor wrote stays as they wrote it: nobody edits it through the admin or the API. */
const never: FieldAccess = () => false
const visitorField = { access: { update: never }, admin: { readOnly: true } } as const

/**
 * The inbox. Messages are only ever created by the public form (src/contact/http); staff read,
 * assign, annotate and answer those of their administrations.
 */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  labels: {
    singular: { nl: 'Bericht', fr: 'Message', en: 'Message' },
    plural: { nl: 'Inbox', fr: 'Boîte de réception', en: 'Inbox' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'topic', 'administration', 'assignee', 'createdAt'],
    listSearchableFields: ['reference', 'name', 'email'],
    group: CONTACT_GROUP,
    components: {
      beforeList: ['/contact/admin/ContactFigures#ContactFigures'],
      // Saving with an answer shows the email that will go out and asks to confirm it.
      edit: { SaveButton: '/contact/admin/SendAnswerButton#SendAnswerButton' },
    },
    // Lists read only the columns they show: the outbox's message column then asks the API for the
    // reference alone, not for what the citizen wrote (which would be an export: src/audit).
    enableListViewSelectAPI: true,
  },
  defaultSort: '-createdAt',
  access: accessFromMatrix('contact-messages'),
  hooks: {
    beforeOperation: [refuseUnknownOptions({ status: MESSAGE_STATUSES, language: LOCALES })],
    beforeChange: [recordHandling],
    afterChange: [sendAnswer],
  },
  endpoints: [answerPreviewEndpoint],
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      ...visitorField,
      label: { nl: 'Referentie', fr: 'Référence', en: 'Reference' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: MESSAGE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: { nl: 'Status', fr: 'Statut', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Behandeld door', fr: 'Traité par', en: 'Handled by' },
      // "Not assigned" in words in the list, where Payload would say `No "Handled by"`.
      admin: { position: 'sidebar', components: { Cell: '/contact/admin/AssigneeCell#AssigneeCell' } },
      filterOptions: () => ({ roles: { in: ['contact-handler', 'admin'] } }),
    },
    {
      name: 'administration',
      type: 'relationship',
      relationTo: 'administrations',
      required: true,
      index: true,
      // Only an admin passes a message on to another administration.
      access: { update: isAdminField },
      label: { nl: 'Administratie', fr: 'Administration', en: 'Administration' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'contact-topics',
      ...visitorField,
      label: { nl: 'Onderwerp', fr: 'Sujet', en: 'Subject' },
    },
    { name: 'name', type: 'text', required: true, ...visitorField, label: { nl: 'Naam', fr: 'Nom', en: 'Name' } },
    { name: 'email', type: 'email', required: true, ...visitorField, label: { nl: 'E-mail', fr: 'E-mail', en: 'Email' } },
    { name: 'phone', type: 'text', ...visitorField, label: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' } },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: LOCALES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      ...visitorField,
      label: { nl: 'Taal van het antwoord', fr: 'Langue de la réponse', en: 'Language of the answer' },
    },
    { name: 'message', type: 'textarea', required: true, ...visitorField, label: { nl: 'Bericht', fr: 'Message', en: 'Message' } },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'contact-attachments',
      hasMany: true,
      ...visitorField,
      label: { nl: 'Bijlagen', fr: 'Pièces jointes', en: 'Attachments' },
    },
    {
      name: 'note',
      type: 'textarea',
      label: { nl: 'Interne notitie toevoegen', fr: 'Ajouter une note interne', en: 'Add an internal note' },
      admin: {
        description: {
          nl: 'Alleen voor collega’s; komt in de geschiedenis bij het opslaan.',
          fr: 'Pour les collègues seulement ; ajoutée à l’historique à l’enregistrement.',
          en: 'For colleagues only; added to the history when you save.',
        },
      },
    },
    {
      name: 'reply',
      type: 'textarea',
      maxLength: 20_000,
      label: { nl: 'Antwoord aan de afzender', fr: 'Réponse à l’expéditeur', en: 'Answer to the sender' },
      // With the standard replies to insert and the hint that greeting and signature are added.
      admin: { components: { Field: '/contact/admin/AnswerField#AnswerField' } },
    },
    // What happened, read as a timeline (who, what, when); the rows themselves are not shown as a form.
    { name: 'timeline', type: 'ui', admin: { components: { Field: '/contact/admin/MessageTimeline#MessageTimeline' } } },
    {
      name: 'history',
      type: 'array',
      access: { update: never },
      admin: { readOnly: true, hidden: true },
      label: { nl: 'Geschiedenis', fr: 'Historique', en: 'History' },
      labels: {
        singular: { nl: 'Gebeurtenis', fr: 'Événement', en: 'Event' },
        plural: { nl: 'Gebeurtenissen', fr: 'Événements', en: 'Events' },
      },
      fields: [
        {
          name: 'at',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: { nl: 'Wanneer', fr: 'Quand', en: 'When' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: HISTORY_KINDS.map((value) => ({ value, label: HISTORY_LABELS[value] })),
          label: { nl: 'Wat', fr: 'Quoi', en: 'What' },
        },
        { name: 'actor', type: 'relationship', relationTo: 'users', label: { nl: 'Door', fr: 'Par', en: 'By' } },
        { name: 'text', type: 'textarea', label: { nl: 'Tekst', fr: 'Texte', en: 'Text' } },
      ],
    },
    {
      name: 'emails',
      type: 'join',
      collection: 'email-outbox',
      on: 'message',
      admin: { defaultColumns: ['kind', 'to', 'status', 'attempts', 'sentAt'] },
      label: { nl: 'E-mails over dit bericht', fr: 'E-mails liés à ce message', en: 'Emails about this message' },
    },
    {
      name: 'firstAnsweredAt',
      type: 'date',
      access: { update: never },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      label: { nl: 'Eerste antwoord', fr: 'Première réponse', en: 'First answer' },
    },
    {
      name: 'closedAt',
      type: 'date',
      index: true,
      access: { update: never },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      label: { nl: 'Afgesloten op', fr: 'Clôturé le', en: 'Closed on' },
    },
    // The challenge a submission solved, unique so that a replayed form is refused.
    {
      name: 'challengeId',
      type: 'text',
      unique: true,
      access: { read: ({ req }) => hasRole(req.user, 'admin'), update: never },
      admin: { hidden: true },
    },
    // Set once the acknowledgement and notification are in the outbox (see mail/queue.ts).
    { name: 'emailsQueued', type: 'checkbox', defaultValue: false, index: true, access: { update: never }, admin: { hidden: true } },
  ],
}
