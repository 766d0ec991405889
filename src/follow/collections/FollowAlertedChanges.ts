import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { FOLLOW_GROUP } from './group'

/**
 * The changes (rows of `content-changes`) the alert job has handled, one row each, written in the
 * transaction that queued the change's alerts: the unique index on `change` is what keeps two
 * instances from handling one change twice (src/follow/alerts/job.ts). Deleted with the follow
 * retention once older than the job looks back.
 */
export const FollowAlertedChanges: CollectionConfig = {
  slug: 'follow-alerted-changes',
  labels: {
    singular: { nl: 'Verwerkte wijziging', fr: 'Modification traitée', en: 'Handled change' },
    plural: { nl: 'Verwerkte wijzigingen', fr: 'Modifications traitées', en: 'Handled changes' },
  },
  admin: { useAsTitle: 'change', defaultColumns: ['change', 'createdAt'], group: FOLLOW_GROUP, hidden: true },
  access: accessFromMatrix('follow-alerted-changes'),
  fields: [
    {
      name: 'change',
      type: 'number',
      required: true,
      unique: true,
      admin: { readOnly: true },
      label: { nl: 'Wijziging', fr: 'Modification', en: 'Change' },
    },
  ],
}
