import { type CollectionBeforeOperationHook, type CollectionConfig, Forbidden } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { CHANGE_KINDS, WITHDRAWAL_REASONS } from '../kinds'

/** Rows are facts about what went public: nothing rewrites or removes them, access overrides included. */
const appendOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID' || operation === 'delete' || operation === 'deleteByID')
    throw new Forbidden(req.t)
  return args
}

const KIND_LABELS = {
  'first-publish': { nl: 'Eerste publicatie', fr: 'Première publication', en: 'First published' },
  major: { nl: 'Belangrijke wijziging', fr: 'Modification importante', en: 'Major change' },
  minor: { nl: 'Kleine wijziging', fr: 'Modification mineure', en: 'Minor change' },
  withdrawn: { nl: 'Offline gehaald', fr: 'Dépubliée', en: 'Unpublished' },
  progress: { nl: 'Voortgang gevalideerd', fr: 'Avancement validé', en: 'Progress validated' },
  status: { nl: 'Status gewijzigd', fr: 'Statut modifié', en: 'Status changed' },
  value: { nl: 'Nieuwe waarde', fr: 'Nouvelle valeur', en: 'New value' },
} as const

const REASON_LABELS = {
  error: { nl: 'Per vergissing gepubliceerd', fr: 'Publiée par erreur', en: 'Published in error' },
  replaced: { nl: 'Vervangen', fr: 'Remplacée', en: 'Replaced' },
  outdated: { nl: 'Niet langer actueel', fr: 'Plus d’actualité', en: 'No longer current' },
} as const

/**
 * One row per language per publish or unpublish of a page, news item or document, written by the
 * server inside the publication's own transaction (src/changes/README.md): the public history, the
 * 410 of an unpublished address, the feeds and the email alerts all read it.
 */
export const ContentChanges: CollectionConfig = {
  slug: 'content-changes',
  labels: {
    singular: { nl: 'Wijziging', fr: 'Modification', en: 'Change' },
    plural: { nl: 'Wijzigingsgeschiedenis', fr: 'Historique des modifications', en: 'Change history' },
  },
  admin: {
    group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' },
    defaultColumns: ['at', 'subjectKey', 'language', 'kind', 'note', 'path'],
    useAsTitle: 'subjectKey',
    description: {
      nl: 'Wat bezoekers als geschiedenis zien: elke publicatie en elke keer dat iets offline ging, per taal. Niemand kan dit wijzigen.',
      fr: 'Ce que les visiteurs voient comme historique : chaque publication et chaque dépublication, par langue. Personne ne peut les modifier.',
      en: 'What visitors see as history: every publication and every unpublishing, per language. Nobody can change it.',
    },
  },
  defaultSort: '-at',
  access: accessFromMatrix('content-changes'),
  hooks: { beforeOperation: [appendOnly] },
  fields: [
    { name: 'subjectKey', type: 'text', required: true, index: true, label: { nl: 'Onderwerp', fr: 'Sujet', en: 'Subject' } },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: ['nl', 'fr', 'en'],
      label: { nl: 'Taal', fr: 'Langue', en: 'Language' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: CHANGE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      label: { nl: 'Soort', fr: 'Type', en: 'Kind' },
    },
    { name: 'note', type: 'textarea', label: { nl: 'Wijzigingsnota', fr: 'Note de modification', en: 'Change note' } },
    {
      name: 'reason',
      type: 'select',
      options: WITHDRAWAL_REASONS.map((value) => ({ value, label: REASON_LABELS[value] })),
      label: { nl: 'Reden', fr: 'Raison', en: 'Reason' },
    },
    { name: 'replacement', type: 'text', label: { nl: 'Vervangen door', fr: 'Remplacée par', en: 'Replaced by' } },
    { name: 'path', type: 'text', required: true, index: true, label: { nl: 'Adres', fr: 'Adresse', en: 'Address' } },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { nl: 'Op', fr: 'Le', en: 'At' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
