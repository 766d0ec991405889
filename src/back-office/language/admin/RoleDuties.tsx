'use client'
/**
 * Under the roles field of an account: each role by name with one line on what it may do, in the
 * admin's language, so whoever grants a role (or holds one) knows what it means.
 */
import { useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { ROLES } from '@/access/roles'
import { languageOf } from '@/site/i18n/request-language'
import { roleDuties } from '../role-names'

export function RoleDuties(): React.ReactElement {
  const { i18n } = useTranslation()
  const language = languageOf({ i18n })
  // French puts a space before a colon.
  const colon = language === 'fr' ? '\u00a0: ' : ': '
  return (
    // Payload's field-description grey is too pale to read (axe: 2.8:1); the theme's text colour is not.
    <ul className="role-duties" style={{ color: 'var(--theme-elevation-800)', fontSize: '0.8125rem', marginBlock: '0.5rem' }}>
      {roleDuties(language, ROLES).map(({ name, duty }) => (
        <li key={name}>
          <strong>{name}</strong>
          {colon}
          {duty}
        </li>
      ))}
    </ul>
  )
}
