'use client'
/** The current password, asked in the account and user views only while the email or the password is being changed. */
import { PasswordField, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { id, initialData } = useDocumentInfo()
  const email = useFormFields(([fields]) => fields.email?.value)
  const password = useFormFields(([fields]) => fields.password?.value)
  const changingEmail = typeof email === 'string' && email.trim().toLowerCase() !== String(initialData?.email ?? '').toLowerCase()
  const changingPassword = typeof password === 'string' && password !== ''
  if (id === undefined || id === null || !(changingEmail || changingPassword)) return null
  return <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} />
}
