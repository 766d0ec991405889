/**
 * Belfort's additions to Payload's `sessions` array (merged with Payload's own id, createdAt and
 * expiresAt, keeping its access: the user alone reads them through the API): when and how the
 * second step was done, where the sign-in came from, and an open passkey prompt's challenge. And
 * the session list on the account.
 */
import type { Field } from 'payload'

const nobody = () => false

export const sessionFields: Field[] = [
  {
    name: 'sessions',
    type: 'array',
    fields: [
      { name: 'secondFactorAt', type: 'date' },
      { name: 'secondFactor', type: 'text' },
      { name: 'address', type: 'text' },
      { name: 'userAgent', type: 'text' },
      // The open passkey prompt's challenge (passkeys/challenge.ts): the server's alone.
      { name: 'passkeyChallenge', type: 'json', hidden: true, access: { read: nobody, create: nobody, update: nobody } },
    ],
  },
  {
    name: 'sessionList',
    type: 'ui',
    admin: { components: { Field: '/accounts/sessions/admin/SessionList#SessionList' } },
  },
]
