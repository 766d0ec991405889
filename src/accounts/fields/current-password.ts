import type { Field } from 'payload'
import { accountsMessages } from '../messages'

const both = (key: 'currentPasswordLabel' | 'currentPasswordDescription') => ({
  nl: accountsMessages.nl[key],
  fr: accountsMessages.fr[key],
  en: accountsMessages.en[key],
})

/**
 * Where the admin asks for the current password (see hooks/require-current-password.ts): shown
 * only while the password or email is being changed, never stored, never read back.
 */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: both('currentPasswordLabel'),
  access: { read: () => false },
  admin: {
    description: both('currentPasswordDescription'),
    components: { Field: '/accounts/admin/CurrentPasswordField#CurrentPasswordField' },
  },
}
