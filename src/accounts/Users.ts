import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { isAdminField, ROLES } from '@/access/roles'
import { roleOptions } from '@/back-office/language/role-names'
import { workingLanguageField } from '@/back-office/translation/fields'
import { currentPasswordField } from './fields/current-password'
import { checkPasswordReset, recordPasswordReset } from './hooks/check-password-reset'
import { checkPasswordStrength } from './hooks/check-password-strength'
import { checkSignIn } from './hooks/check-sign-in'
import { recordAccountChanges } from './hooks/record-account-changes'
import { recordSignIn } from './hooks/record-sign-in'
import { sendEmailAfterwards, throttleResetRequest } from './hooks/request-password-reset'
import { passkeyEndpoints } from './passkeys/endpoints'
import { passkeyFields } from './passkeys/fields'
import { requireCurrentPassword } from './hooks/require-current-password'
import { secondFactorEndpoints } from './second-factor/endpoints'
import { secondFactorFields } from './second-factor/fields'
import { sessionAuthOptions } from './sessions/auth-options'
import { sessionEndpoints } from './sessions/endpoints'
import { sessionFields } from './sessions/fields'
import { describeNewSession } from './sessions/hooks/describe-new-session'
import { refreshWithinLifetime } from './sessions/hooks/refresh-within-lifetime'
import { reportSecondStep } from './sessions/hooks/report-second-step'
import { emailLanguageField } from '@/back-office/email-language'

export const Users: CollectionConfig = {
  slug: 'users',
  // No lockout (anyone could lock anyone out): sign-in is throttled instead (throttle/account-throttle.ts).
  auth: { useAPIKey: false, maxLoginAttempts: 0, ...sessionAuthOptions },
  hooks: {
    beforeOperation: [checkSignIn, throttleResetRequest, checkPasswordReset],
    beforeValidate: [requireCurrentPassword, checkPasswordStrength],
    afterChange: [recordAccountChanges],
    afterLogin: [describeNewSession],
    // The records first: reportSecondStep withholds the user from the answer, last.
    afterOperation: [recordSignIn, sendEmailAfterwards, recordPasswordReset, reportSecondStep],
    refresh: [refreshWithinLifetime],
  },
  endpoints: [...secondFactorEndpoints, ...passkeyEndpoints, ...sessionEndpoints],
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: { nl: 'Beheer', fr: 'Administration', en: 'Administration' },
  },
  labels: {
    singular: { nl: 'Gebruiker', fr: 'Utilisateur', en: 'User' },
    plural: { nl: 'Gebruikers', fr: 'Utilisateurs', en: 'Users' },
  },
  access: {
    ...accessFromMatrix('users'),
    admin: ({ req }) => Boolean(req.user && (req.user.roles?.length ?? 0) > 0),
  },
  fields: [
    currentPasswordField,
    { name: 'name', type: 'text', label: { nl: 'Naam', fr: 'Nom', en: 'Name' } },
    workingLanguageField,
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      // Each role in words, with what it may do under the field (src/back-office/language).
      options: roleOptions(ROLES),
      admin: { components: { Description: '/back-office/language/admin/RoleDuties#RoleDuties' } },
      // Only an admin grants or removes roles, so nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
      label: { nl: 'Rollen', fr: 'Rôles', en: 'Roles' },
    },
    {
      name: 'administrations',
      type: 'relationship',
      relationTo: 'administrations',
      hasMany: true,
      access: { create: isAdminField, update: isAdminField },
      label: { nl: 'Behandelt berichten voor', fr: 'Traite les messages de', en: 'Handles messages for' },
      admin: {
        condition: (data) => Boolean((data.roles as string[] | undefined)?.includes('contact-handler')),
        description: {
          nl: 'Een contactbehandelaar ziet en beantwoordt alleen de berichten van deze administraties.',
          fr: 'Un gestionnaire de contacts ne voit et ne traite que les messages de ces administrations.',
          en: 'A contact handler sees and answers only the messages of these administrations.',
        },
      },
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      access: { create: isAdminField, update: isAdminField },
      label: { nl: 'Rapporteert voor', fr: 'Rapporte pour', en: 'Reports for' },
      admin: {
        condition: (data) => Boolean((data.roles as string[] | undefined)?.includes('partner')),
        description: {
          nl: 'Een partner ziet en schrijft alleen de voortgangsrapporten van deze organisaties, over hun eigen maatregelen.',
          fr: 'Un partenaire ne voit et n’écrit que les rapports d’avancement de ces organisations, sur leurs propres mesures.',
          en: 'A partner sees and writes only the progress reports of these organisations, on their own measures.',
        },
      },
    },
    emailLanguageField,
    ...secondFactorFields,
    ...passkeyFields,
    ...sessionFields,
  ],
}
