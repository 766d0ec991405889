/**
 * The second factor's columns on a user. The secret, the one being set up, the last code's step
 * and the recovery codes' hashes are hidden and readable by no access at all (only the server,
 * through the database adapter, reads them); `secondFactorSince` is shown read-only, with the
 * admin's reset button beside it.
 */
import type { Field } from 'payload'

const nobody = () => false
const secret = { hidden: true, access: { read: nobody, create: nobody, update: nobody } } as const

export const secondFactorFields: Field[] = [
  {
    name: 'secondFactorSince',
    type: 'date',
    access: { create: nobody, update: nobody },
    label: { nl: 'Tweede factor ingesteld op', fr: 'Second facteur configuré le', en: 'Second factor set up on' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      components: { Field: '/accounts/second-factor/admin/SecondFactorField#SecondFactorField' },
    },
  },
  { name: 'totpSecret', type: 'text', ...secret },
  { name: 'totpPendingSecret', type: 'text', ...secret },
  { name: 'totpPendingAt', type: 'date', ...secret },
  { name: 'totpLastStep', type: 'number', ...secret },
  { name: 'recoveryCodes', type: 'json', ...secret },
]
