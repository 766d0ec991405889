'use client'
/**
 * Payload's toasts, said once and in the admin's language. A save that creates a document shows its
 * toast twice: once when the form's request succeeds and again, from a copy Payload keeps in the
 * session storage, when the new document's screen opens; and the bulk upload writes its toasts in
 * English only ("Successfully saved 1 files"). Payload's toast function is one shared object, so
 * wrapping its `success` and `error` once here reaches every caller: a message already on screen
 * is not shown again, and the English-only ones are said in the admin's language.
 */
import { toast } from '@payloadcms/ui'
import type React from 'react'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { languageMessages } from '../messages'

const ENGLISH_ONLY: readonly { pattern: RegExp; key: keyof (typeof languageMessages)['nl'] }[] = [
  { pattern: /^Successfully saved (\d+) files?$/, key: 'filesSaved' },
  { pattern: /^Failed to save (\d+) files?$/, key: 'filesNotSaved' },
]

/** The message in the admin's language when Payload wrote it in English only; otherwise as it came. */
export function inAdminLanguage(message: unknown, language: string | undefined): unknown {
  if (typeof message !== 'string') return message
  for (const { pattern, key } of ENGLISH_ONLY) {
    const match = pattern.exec(message)
    if (match) return fillPlaceholders(languageMessages[languageOf({ i18n: { language } })][key], { count: match[1]! })
  }
  return message
}

/** Whether a toast with this text is on screen (and not on its way out). */
function onScreen(message: unknown): boolean {
  if (typeof message !== 'string') return false
  return [...document.querySelectorAll('[data-sonner-toast]:not([data-removed="true"])')].some(
    (element) => (element.querySelector('[data-title]') ?? element).textContent?.trim() === message.trim(),
  )
}

type ToastFn = typeof toast.success
const wrapped = new WeakSet<object>()

function once(show: ToastFn): ToastFn {
  const wrapper: ToastFn = (message, data) => {
    const said = inAdminLanguage(message, document.documentElement.lang) as typeof message
    if (onScreen(said)) return data?.id ?? ''
    return show(said, data)
  }
  wrapped.add(wrapper)
  return wrapper
}

if (typeof window !== 'undefined' && !wrapped.has(toast.success)) {
  toast.success = once(toast.success)
  toast.error = once(toast.error)
}

/** Mounted in the admin's providers so that the wrapping above runs before the first save. */
export function OneToastPerSave({ children }: { children?: React.ReactNode }): React.ReactNode {
  return children
}
