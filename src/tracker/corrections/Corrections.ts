import { recordCorrection } from '@/changes/tracker'
import type { CollectionConfig, FieldAccess } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { isFollowUpUser } from '@/access/tracker'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from '../collections/group'
import { reasonInEachLanguage } from '../collections/reason-fields'
import { MEASURE_STATUSES, STATUS_LABELS } from '../collections/statuses'
import { validatePercent } from '../collections/validation'
import { applyCorrection, checkCorrection } from './hooks/record-correction'

const cellOnly: FieldAccess = ({ req }) => isFollowUpUser(req.user)
const never: FieldAccess = () => false
const serverSet = { create: never, update: never }
const isReport = (data: Record<string, unknown>) => data?.subject !== 'observation'
const isObservation = (data: Record<string, unknown>) => data?.subject === 'observation'

/**
 * The reason in each language, all three required: the public pages are trilingual and a correction
 * is never edited, so it cannot be translated later.
 */
const reasonFields = reasonInEachLanguage({ required: true })

/**
 * A change to what was already public (a validated progress report, a final indicator value),
 * recorded instead of an edit: the old and new values, why, by whom and when. Public, per plan
 * version; written once by the follow-up cell and never edited or deleted.
 */
export const Corrections: CollectionConfig = {
  slug: 'corrections',
  labels: {
    singular: { nl: 'Correctie', fr: 'Correction', en: 'Correction' },
    plural: { nl: 'Correcties', fr: 'Corrections', en: 'Corrections' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'subject', 'correctedAt'],
    group: TRACKER_GROUP,
    description: {
      nl: 'Een gevalideerd rapport of een definitief cijfer wordt niet meer gewijzigd, maar gecorrigeerd: de nieuwe waarde geldt meteen, en de oude waarde, de reden en de datum blijven openbaar. Een correctie wordt niet gewijzigd of verwijderd.',
      fr: 'Un rapport validé ou un chiffre définitif ne se modifie plus, il se corrige : la nouvelle valeur s’applique aussitôt, et l’ancienne valeur, la raison et la date restent publiques. Une correction ne se modifie ni ne se supprime.',
      en: 'A validated report or a final figure is no longer edited but corrected: the new value applies at once, and the old value, the reason and the date stay public. A correction is never edited or deleted.',
    },
  },
  defaultSort: '-correctedAt',
  access: accessFromMatrix('corrections'),
  hooks: {
    beforeChange: [checkCorrection],
    // Applied first, then recorded for the followers of what it corrects (src/changes/tracker.ts).
    afterChange: [applyCorrection, recordCorrection, ...announcingHooks.afterChange],
    afterDelete: announcingHooks.afterDelete,
  },
  fields: [
    { name: 'label', type: 'text', admin: { hidden: true }, access: serverSet },
    {
      name: 'subject',
      type: 'select',
      required: true,
      defaultValue: 'report',
      options: [
        {
          value: 'report',
          label: { nl: 'Een gevalideerd voortgangsrapport', fr: 'Un rapport d’avancement validé', en: 'A validated progress report' },
        },
        {
          value: 'observation',
          label: {
            nl: 'Een definitieve waarde van een indicator',
            fr: 'Une valeur définitive d’un indicateur',
            en: 'A final indicator value',
          },
        },
      ],
      label: { nl: 'Wat wordt gecorrigeerd', fr: 'Ce qui est corrigé', en: 'What is corrected' },
    },
    {
      name: 'report',
      type: 'relationship',
      relationTo: 'progress-reports',
      index: true,
      filterOptions: { workflow: { equals: 'validated' } },
      label: { nl: 'Rapport', fr: 'Rapport', en: 'Report' },
      admin: { condition: isReport },
    },
    {
      name: 'observation',
      type: 'relationship',
      relationTo: 'indicator-observations',
      index: true,
      filterOptions: { provisional: { not_equals: true } },
      label: { nl: 'Waarde van een indicator', fr: 'Valeur d’un indicateur', en: 'Indicator value' },
      admin: { condition: isObservation },
    },
    {
      type: 'row',
      admin: { condition: isReport },
      fields: [
        {
          name: 'newStatus',
          type: 'select',
          options: MEASURE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
          label: { nl: 'Juiste stand van zaken', fr: 'État correct', en: 'Correct status' },
          admin: { description: { nl: 'Leeg: ongewijzigd.', fr: 'Vide : inchangé.', en: 'Empty: unchanged.' } },
        },
        {
          name: 'newPercent',
          type: 'number',
          validate: validatePercent,
          label: { nl: 'Juist percentage', fr: 'Pourcentage correct', en: 'Correct percentage' },
          admin: { description: { nl: 'Leeg: ongewijzigd.', fr: 'Vide : inchangé.', en: 'Empty: unchanged.' } },
        },
      ],
    },
    {
      name: 'newValue',
      type: 'number',
      label: { nl: 'Juiste waarde', fr: 'Valeur correcte', en: 'Correct value' },
      admin: { condition: isObservation },
    },
    { name: 'reason', type: 'group', label: { nl: 'Waarom', fr: 'Pourquoi', en: 'Why' }, fields: reasonFields },
    {
      type: 'row',
      admin: { condition: isReport },
      fields: [
        {
          name: 'oldStatus',
          type: 'select',
          options: MEASURE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
          access: serverSet,
          label: { nl: 'Vorige stand van zaken', fr: 'État précédent', en: 'Previous status' },
          admin: { readOnly: true },
        },
        {
          name: 'oldPercent',
          type: 'number',
          access: serverSet,
          label: { nl: 'Vorig percentage', fr: 'Pourcentage précédent', en: 'Previous percentage' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'oldValue',
      type: 'number',
      access: serverSet,
      label: { nl: 'Vorige waarde', fr: 'Valeur précédente', en: 'Previous value' },
      admin: { readOnly: true, condition: isObservation },
    },
    {
      name: 'planVersion',
      type: 'relationship',
      relationTo: 'plan-versions',
      index: true,
      access: serverSet,
      label: { nl: 'Versie van de strategie', fr: 'Version de la stratégie', en: 'Strategy version' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'correctedAt',
      type: 'date',
      index: true,
      access: serverSet,
      label: { nl: 'Gecorrigeerd op', fr: 'Corrigé le', en: 'Corrected on' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'correctedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: cellOnly, ...serverSet },
      label: { nl: 'Gecorrigeerd door', fr: 'Corrigé par', en: 'Corrected by' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
