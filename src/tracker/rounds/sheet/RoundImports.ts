import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { TRACKER_GROUP } from '../../collections/group'
import { roundImportEndpoints } from './http'

/**
 * A spreadsheet upload between its dry run and its confirmation: the plan of what it would write,
 * whose it is, and until when. Kept in the database (not in one server's memory), so the confirm
 * may reach any instance; read and written by the round's spreadsheet endpoints only (sheet/http.ts).
 */
export const RoundImports: CollectionConfig = {
  slug: 'round-imports',
  labels: {
    singular: { nl: 'Opgeladen rekenblad', fr: 'Tableur chargé', en: 'Uploaded spreadsheet' },
    plural: { nl: 'Opgeladen rekenbladen', fr: 'Tableurs chargés', en: 'Uploaded spreadsheets' },
  },
  admin: { hidden: true, group: TRACKER_GROUP },
  access: accessFromMatrix('round-imports'),
  endpoints: roundImportEndpoints,
  fields: [
    { name: 'round', type: 'relationship', relationTo: 'reporting-rounds', required: true, index: true },
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'fileName', type: 'text' },
    { name: 'fingerprint', type: 'text' },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: ['pending', 'refused', 'applied'].map((value) => ({ value, label: value })),
    },
    // The plan (sheet/plan.ts), or the problem that made the file unreadable.
    { name: 'plan', type: 'json' },
    { name: 'problem', type: 'json' },
    // What the confirmation answered, shown on the dry run's page.
    { name: 'outcome', type: 'json' },
  ],
}
