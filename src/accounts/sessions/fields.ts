/**
 * Belfort's additions to Payload's `sessions` array (merged with Payload's own id, createdAt and
 * expiresAt, keeping its access: the user alone reads them through the API): when and how the
 * second step was done, and where the sign-in came from. And the session list on the account.
 */
import type { Field } from 'payload'

export const sessionFields: Field[] = [
  {
    name: 'sessions',
    type: 'array',
    fields: [
      { name: 'secondFactorAt', type: 'date' },
      { name: 'secondFactor', type: 'text' },
      { name: 'address', type: 'text' },
      { name: 'userAgent', type: 'text' },
    ],
  },
  {
    name: 'sessionList',
    type: 'ui',
    admin: { components: { Field: '/accounts/sessions/admin/SessionList#SessionList' } },
  },
]
