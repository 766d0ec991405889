/**
 * A person's passkeys on their user: one hidden column that no access reads or writes (the
 * server reads it through the database adapter, stored-passkeys.ts says its shape), and the list
 * on their account screen, which asks the passkeys' endpoints.
 */
import type { Field } from 'payload'

const nobody = () => false

export const passkeyFields: Field[] = [
  { name: 'passkeys', type: 'json', hidden: true, access: { read: nobody, create: nobody, update: nobody } },
  {
    name: 'passkeyList',
    type: 'ui',
    admin: { components: { Field: '/accounts/passkeys/admin/PasskeyList#PasskeyList' } },
  },
]
