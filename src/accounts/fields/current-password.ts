import type { Field } from 'payload'
import { passwordMessages } from '../password-messages'

const both = (key: 'currentPasswordLabel' | 'currentPasswordDescription') => ({
  nl: passwordMessages.nl[key],
  fr: passwordMessages.fr[key],
  en: passwordMessages.en[key],
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
  // Not `access.read: () => false`: the admin leaves out fields the user may not read, so it would never be asked.
  // It is never stored; this makes sure no answer ever carries it back.
  hooks: { afterRead: [() => undefined] },
  admin: {
    description: both('currentPasswordDescription'),
    components: { Field: '/accounts/admin/CurrentPasswordField#CurrentPasswordField' },
  },
}
