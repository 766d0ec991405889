import { type CollectionBeforeOperationHook, type CollectionConfig, Forbidden } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditOutcome } from '../actions'
import { exportAuditEvents } from '../export'

/** The one way an audit event is ever changed or removed: the retention job, which sets this on its own request. */
export const RETENTION_CONTEXT = 'auditRetention'

/**
 * Nothing rewrites history: updates and deletions are refused whatever the caller, access
 * overrides included; only the retention job (its request marked with RETENTION_CONTEXT) deletes
 * events past their retention period.
 */
const appendOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID') throw new Forbidden(req.t)
  if ((operation === 'delete' || operation === 'deleteByID') && req.context?.[RETENTION_CONTEXT] !== true) throw new Forbidden(req.t)
  return args
}

/** Who did what, when, from where, and how it ended: written by the server, read by admins, changed by nobody. */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: {
    singular: { nl: 'Auditgebeurtenis', fr: 'Événement d’audit', en: 'Audit event' },
    plural: { nl: 'Audittrail', fr: 'Journal d’audit', en: 'Audit trail' },
  },
  admin: {
    group: { nl: 'Beheer', fr: 'Administration', en: 'Administration' },
    defaultColumns: ['createdAt', 'actorEmail', 'action', 'outcome', 'collection', 'documentId', 'address'],
    useAsTitle: 'action',
    listSearchableFields: ['actorEmail', 'documentId', 'address'],
    components: { beforeListTable: ['/audit/admin/AuditExport#AuditExport'] },
    description: {
      nl: 'Wie wat deed en wanneer. Niemand kan deze gegevens wijzigen of verwijderen; ze worden na de bewaartermijn automatisch gewist.',
      fr: 'Qui a fait quoi et quand. Personne ne peut modifier ni supprimer ces données ; elles sont effacées automatiquement après le délai de conservation.',
      en: 'Who did what and when. Nobody can change or delete these records; they are removed automatically after the retention period.',
    },
  },
  defaultSort: '-createdAt',
  access: accessFromMatrix('audit-events'),
  hooks: { beforeOperation: [appendOnly] },
  endpoints: [{ path: '/export', method: 'get', handler: exportAuditEvents }],
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTION_NAMES.map((value) => ({ value, label: AUDIT_ACTIONS[value] })),
      label: { nl: 'Handeling', fr: 'Action', en: 'Action' },
    },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      index: true,
      options: (Object.keys(AUDIT_OUTCOMES) as AuditOutcome[]).map((value) => ({ value, label: AUDIT_OUTCOMES[value] })),
      label: { nl: 'Resultaat', fr: 'Résultat', en: 'Outcome' },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { nl: 'Door', fr: 'Par', en: 'By' },
    },
    {
      // Kept as text too: the record stays readable after the account is deleted or renamed.
      name: 'actorEmail',
      type: 'text',
      index: true,
      label: { nl: 'E-mailadres', fr: 'Adresse e-mail', en: 'Email' },
    },
    { name: 'roles', type: 'text', label: { nl: 'Rollen', fr: 'Rôles', en: 'Roles' } },
    { name: 'collection', type: 'text', index: true, label: { nl: 'Soort inhoud', fr: 'Type de contenu', en: 'Content type' } },
    { name: 'documentId', type: 'text', index: true, label: { nl: 'Item', fr: 'Élément', en: 'Item' } },
    { name: 'language', type: 'text', label: { nl: 'Taal', fr: 'Langue', en: 'Language' } },
    { name: 'address', type: 'text', label: { nl: 'IP-adres', fr: 'Adresse IP', en: 'IP address' } },
    { name: 'detail', type: 'text', label: { nl: 'Toelichting', fr: 'Précision', en: 'Detail' } },
  ],
}
