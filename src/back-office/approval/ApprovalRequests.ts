/**
 * Requests for a second person's approval (four eyes): who asked to publish which item (and which
 * language), and who approved or returned it, with their comment. Written only by the server, through
 * the approval steps (steps.ts) and the publication that approves one (hooks.ts); staff read them,
 * the dashboard counts them.
 */
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { LOCALES } from '@/site/routes'
import { approvalStepEndpoint } from './endpoint'
import { APPROVABLE } from './settings'

export const APPROVAL_STATES = ['submitted', 'approved', 'returned', 'withdrawn'] as const
export type ApprovalState = (typeof APPROVAL_STATES)[number]

const STATE_LABELS: Record<ApprovalState, { nl: string; fr: string; en: string }> = {
  submitted: { nl: 'Wacht op goedkeuring', fr: 'En attente d’approbation', en: 'Waiting for approval' },
  approved: { nl: 'Goedgekeurd en gepubliceerd', fr: 'Approuvé et publié', en: 'Approved and published' },
  returned: { nl: 'Teruggestuurd', fr: 'Renvoyé', en: 'Returned' },
  withdrawn: { nl: 'Ingetrokken', fr: 'Retiré', en: 'Withdrawn' },
}

const COLLECTION_LABELS = {
  pages: { nl: 'Pagina', fr: 'Page', en: 'Page' },
  news: { nl: 'Nieuws', fr: 'Actualité', en: 'News' },
  documents: { nl: 'Document', fr: 'Document', en: 'Document' },
} as const

const LANGUAGE_LABELS = {
  nl: { nl: 'Nederlands', fr: 'Néerlandais', en: 'Dutch' },
  fr: { nl: 'Frans', fr: 'Français', en: 'French' },
  en: { nl: 'Engels', fr: 'Anglais', en: 'English' },
} as const

export const ApprovalRequests: CollectionConfig = {
  slug: 'approval-requests',
  labels: {
    singular: { nl: 'Goedkeuringsaanvraag', fr: 'Demande d’approbation', en: 'Approval request' },
    plural: { nl: 'Goedkeuringsaanvragen', fr: 'Demandes d’approbation', en: 'Approval requests' },
  },
  admin: {
    group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'language', 'requestedBy', 'createdAt'],
    description: {
      nl: 'Op de site-instellingen staat welke inhoud een tweede persoon goedkeurt voor ze gepubliceerd wordt.',
      fr: 'Les paramètres du site indiquent quels contenus une deuxième personne approuve avant leur publication.',
      en: 'The site settings say which content a second person approves before it is published.',
    },
  },
  access: accessFromMatrix('approval-requests'),
  endpoints: [approvalStepEndpoint],
  timestamps: true,
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { nl: 'Titel', fr: 'Titre', en: 'Title' },
      admin: { readOnly: true },
    },
    {
      name: 'item',
      type: 'ui',
      label: { nl: 'Stuk', fr: 'Élément', en: 'Item' },
      admin: { components: { Field: '/back-office/approval/admin/RequestedItem#RequestedItem' } },
    },
    {
      name: 'targetCollection',
      type: 'select',
      required: true,
      index: true,
      options: APPROVABLE.map((value) => ({ value, label: COLLECTION_LABELS[value] })),
      label: { nl: 'Soort', fr: 'Type', en: 'Type' },
      admin: { readOnly: true },
    },
    { name: 'targetId', type: 'text', required: true, index: true, label: 'ID', admin: { hidden: true } },
    {
      name: 'language',
      type: 'select',
      options: LOCALES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      label: { nl: 'Taal (leeg: alle talen)', fr: 'Langue (vide : toutes)', en: 'Language (empty: all)' },
      admin: { readOnly: true },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'submitted',
      options: APPROVAL_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      label: { nl: 'Stand', fr: 'État', en: 'State' },
      admin: { readOnly: true },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { nl: 'Voorgelegd door', fr: 'Soumis par', en: 'Submitted by' },
      admin: { readOnly: true },
    },
    {
      name: 'note',
      type: 'textarea',
      label: { nl: 'Opmerking bij de aanvraag', fr: 'Note de la demande', en: 'Request note' },
      admin: { readOnly: true },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Beslist door', fr: 'Décidé par', en: 'Decided by' },
      admin: { readOnly: true },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: { nl: 'Beslist op', fr: 'Décidé le', en: 'Decided on' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'comment',
      type: 'textarea',
      label: { nl: 'Opmerking bij het terugsturen', fr: 'Commentaire du renvoi', en: 'Return comment' },
      admin: { readOnly: true },
    },
    {
      // A returned request waits for its author until they save the item again or submit it anew.
      name: 'settled',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { nl: 'Afgehandeld door wie voorlegde', fr: 'Traité par le demandeur', en: 'Dealt with by the requester' },
      admin: { readOnly: true },
    },
  ],
}
