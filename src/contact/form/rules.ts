/**
 * The contact form's rules, in one place for both sides: the server applies them to every POST,
 * and the optional browser script (client/contact.ts) applies the same ones before sending. So
 * this module imports nothing from Node.
 */
export const CONTACT_LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  message: 5000,
  maxFiles: 3,
  maxFileBytes: 5 * 1024 * 1024,
} as const

export const CONTACT_FIELDS = ['topic', 'name', 'email', 'phone', 'message', 'attachments', 'language', 'consent'] as const
export type ContactField = (typeof CONTACT_FIELDS)[number]

export const ERROR_KEYS = [
  'errorTopic',
  'errorNameMissing',
  'errorNameTooLong',
  'errorEmailMissing',
  'errorEmailInvalid',
  'errorPhoneInvalid',
  'errorMessageMissing',
  'errorMessageTooLong',
  'errorLanguage',
  'errorConsent',
  'errorFileType',
  'errorFileContent',
  'errorFileTooLarge',
  'errorTooManyFiles',
] as const
export type ContactErrorKey = (typeof ERROR_KEYS)[number]

export interface ContactValues {
  topic: string
  name: string
  email: string
  phone: string
  message: string
  language: string
  consent: boolean
}

export type ContactErrors = Partial<Record<ContactField, ContactErrorKey>>

/** Characters, as people count them (an emoji is one), not UTF-16 units. */
export const lengthOf = (text: string): number => [...text].length

/** Line breaks made uniform, control characters other than tab and newline removed, ends trimmed. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .trim()
  )
}

/** A single line: any line break or tab becomes a space. */
export const cleanLine = (text: string): string => cleanText(text).replace(/\s+/g, ' ')

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/
const PHONE = /^\+?[0-9 ()./-]{6,}$/

/** What is wrong with an email address a visitor typed (other forms that ask for one use it too). */
export function emailProblem(email: string): 'errorEmailMissing' | 'errorEmailInvalid' | undefined {
  if (!email) return 'errorEmailMissing'
  if (email.length > CONTACT_LIMITS.email || !EMAIL.test(email)) return 'errorEmailInvalid'
  return undefined
}

export function checkValues(values: ContactValues, topics: readonly string[], languages: readonly string[]): ContactErrors {
  const errors: ContactErrors = {}
  if (!topics.includes(values.topic)) errors.topic = 'errorTopic'
  if (!values.name) errors.name = 'errorNameMissing'
  else if (lengthOf(values.name) > CONTACT_LIMITS.name) errors.name = 'errorNameTooLong'
  const email = emailProblem(values.email)
  if (email) errors.email = email
  if (values.phone && (values.phone.length > CONTACT_LIMITS.phone || !PHONE.test(values.phone))) errors.phone = 'errorPhoneInvalid'
  if (!values.message) errors.message = 'errorMessageMissing'
  else if (lengthOf(values.message) > CONTACT_LIMITS.message) errors.message = 'errorMessageTooLong'
  if (!languages.includes(values.language)) errors.language = 'errorLanguage'
  if (!values.consent) errors.consent = 'errorConsent'
  return errors
}

const EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'webp']

/** What can be told from a file's name and size; the server also reads its first bytes. */
export function checkFileList(files: readonly { name: string; size: number }[]): ContactErrorKey | undefined {
  if (files.length > CONTACT_LIMITS.maxFiles) return 'errorTooManyFiles'
  for (const file of files) {
    const extension = file.name.toLowerCase().split('.').pop() ?? ''
    if (!file.name.includes('.') || !EXTENSIONS.includes(extension)) return 'errorFileType'
    if (file.size > CONTACT_LIMITS.maxFileBytes) return 'errorFileTooLarge'
  }
  return undefined
}
