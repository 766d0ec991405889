import { validateLink } from '@/site/fields/link'
import type { CollectionConfig, FieldAccess, Where } from 'payload'
import { accessFromMatrix, cellsFor } from '@/access/from-matrix'
import { isFollowUpUser, partnerOrganisations, REPORT_STATES } from '@/access/tracker'
import { relationId } from '@/relation-id'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from './group'
import { recordValidatedReport } from '@/changes/tracker'
import { explainRefusedEdit } from '../corrections/hooks/explain-refused-edit'
import { enforceReportWorkflow } from './hooks/enforce-report-workflow'
import { STATE_LABELS } from './report-workflow'
import { periodFields } from './period-fields'
import { validatePercent } from './validation'
import { MEASURE_STATUSES, STATUS_LABELS, STATUS_MEANINGS } from './statuses'

const cellOnly: FieldAccess = ({ req }) => isFollowUpUser(req.user)
const never: FieldAccess = () => false

/** The cell's note is internal: read by the cell and by the partners of the reporting organisation, nobody else. */
const reviewNoteReaders: FieldAccess = ({ req, doc }) => {
  if (isFollowUpUser(req.user)) return true
  const own = partnerOrganisations(req.user)
  if (own.length === 0) return false
  // Asked without a document (a where or a sort on the note, which Payload checks before reading
  // anything), the answer holds for every report the query reaches: yes only to a partner whose
  // roles reach their own organisations' reports and nothing else. A partner who is also an editor,
  // say, reaches every validated report, and must not search other organisations' notes.
  if (doc === undefined) return cellsFor(req.user, 'progress-reports', 'read').every((cell) => cell === 'own-organisations')
  const reporter = relationId((doc as { partner?: number | { id: number } | null }).partner)
  return reporter !== null && own.includes(reporter)
}

/** What a partner says of a measure for one period; public once the follow-up cell validates it. */
export const ProgressReports: CollectionConfig = {
  slug: 'progress-reports',
  labels: {
    singular: { nl: 'Voortgangsrapport', fr: 'Rapport d’avancement', en: 'Progress report' },
    plural: { nl: 'Voortgangsrapporten', fr: 'Rapports d’avancement', en: 'Progress reports' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'partner', 'status', 'percent', 'workflow'],
    group: TRACKER_GROUP,
    description: {
      nl: 'Een partner dient een rapport in over een maatregel van de eigen organisatie; de opvolgingscel valideert het of stuurt het terug. Alleen gevalideerde rapporten zijn openbaar.',
      fr: 'Un partenaire soumet un rapport sur une mesure de son organisation ; la cellule de suivi le valide ou le renvoie. Seuls les rapports validés sont publics.',
      en: 'A partner submits a report on a measure of their own organisation; the follow-up cell validates it or sends it back. Only validated reports are public.',
    },
  },
  defaultSort: '-periodEnd',
  access: accessFromMatrix('progress-reports'),
  // A report that becomes validated is recorded for its followers (src/changes/tracker.ts).
  hooks: {
    ...announcingHooks,
    beforeChange: [enforceReportWorkflow],
    // The history row first: the announcement then carries it to the content store and the caches.
    afterChange: [recordValidatedReport, ...announcingHooks.afterChange],
    afterError: [explainRefusedEdit],
  },
  fields: [
    { name: 'label', type: 'text', admin: { hidden: true }, access: { create: never, update: never } },
    {
      name: 'measure',
      type: 'relationship',
      relationTo: 'plan-items',
      required: true,
      index: true,
      // A partner is offered only the measures their organisations carry out.
      filterOptions: ({ user }): Where => {
        const own = partnerOrganisations(user)
        if (isFollowUpUser(user) || own.length === 0) return { level: { equals: 'measure' } }
        return { and: [{ level: { equals: 'measure' } }, { 'partners.partner': { in: own } }] }
      },
      label: { nl: 'Maatregel', fr: 'Mesure', en: 'Measure' },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      required: true,
      index: true,
      // Without a user (seeding, jobs) any organisation of the measure will do; the hook checks that.
      filterOptions: ({ user }) => (!user || isFollowUpUser(user) ? true : { id: { in: partnerOrganisations(user) } }),
      label: { nl: 'Rapporterende organisatie', fr: 'Organisation qui rapporte', en: 'Reporting organisation' },
    },
    {
      type: 'row',
      fields: [...periodFields({ indexEnd: true })],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          options: MEASURE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
          label: { nl: 'Stand van zaken', fr: 'État', en: 'Status' },
          admin: {
            description: {
              nl: MEASURE_STATUSES.map((s) => `${STATUS_LABELS[s].nl}: ${STATUS_MEANINGS[s].nl}`).join(' '),
              fr: MEASURE_STATUSES.map((s) => `${STATUS_LABELS[s].fr} : ${STATUS_MEANINGS[s].fr}`).join(' '),
              en: MEASURE_STATUSES.map((s) => `${STATUS_LABELS[s].en}: ${STATUS_MEANINGS[s].en}`).join(' '),
            },
          },
        },
        {
          name: 'percent',
          type: 'number',
          required: true,
          validate: validatePercent,
          label: { nl: 'Uitgevoerd (%)', fr: 'Réalisé (%)', en: 'Complete (%)' },
        },
      ],
    },
    {
      name: 'account',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 4000,
      label: { nl: 'Toelichting', fr: 'Compte rendu', en: 'Account' },
    },
    {
      name: 'evidence',
      type: 'array',
      label: { nl: 'Bewijsstukken (links)', fr: 'Pièces justificatives (liens)', en: 'Evidence (links)' },
      maxRows: 10,
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, label: { nl: 'Omschrijving', fr: 'Libellé', en: 'Label' } },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: validateLink,
          label: { nl: 'Adres', fr: 'Adresse', en: 'Address' },
        },
      ],
    },
    {
      name: 'evidenceDocuments',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: { nl: 'Bewijsstukken (documenten)', fr: 'Pièces justificatives (documents)', en: 'Evidence (documents)' },
    },
    {
      name: 'workflow',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: REPORT_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      label: { nl: 'Behandeling', fr: 'Traitement', en: 'Review' },
      // Not a select to pick from: the state, and the buttons of the steps this person may take.
      admin: { position: 'sidebar', components: { Field: '/tracker/admin/ReportWorkflowField#ReportWorkflowField' } },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      access: { read: reviewNoteReaders, create: cellOnly, update: cellOnly },
      label: { nl: 'Opmerking van de opvolgingscel', fr: 'Remarque de la cellule de suivi', en: 'Note from the follow-up cell' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      access: { create: never, update: never },
      label: { nl: 'Ingediend op', fr: 'Soumis le', en: 'Submitted on' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'validatedAt',
      type: 'date',
      index: true,
      access: { create: never, update: never },
      label: { nl: 'Gevalideerd op', fr: 'Validé le', en: 'Validated on' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'validatedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: cellOnly, create: never, update: never },
      label: { nl: 'Gevalideerd door', fr: 'Validé par', en: 'Validated by' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
