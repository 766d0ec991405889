/** The "Scheduled" field of content with scheduled publishing: the edit screen's panel and the list's column (a UI field, nothing stored). */
import type { UIField } from 'payload'

export const scheduledField: UIField = {
  name: 'scheduled',
  type: 'ui',
  label: { nl: 'Gepland', fr: 'Planifié', en: 'Scheduled' },
  admin: {
    position: 'sidebar',
    components: {
      Field: '/back-office/scheduling/admin/ScheduleField#ScheduleField',
      Cell: '/back-office/scheduling/admin/ScheduledCell#ScheduledCell',
    },
  },
}
