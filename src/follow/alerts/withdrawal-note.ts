/** Why an item was withdrawn, in the follower's language (the reasons of src/changes/kinds.ts). */
import { translator } from '@/site/i18n'
import type { Locale } from '@/site/routes'

const REASON_KEYS = {
  error: 'alertWithdrawnError',
  replaced: 'alertWithdrawnReplaced',
  outdated: 'alertWithdrawnOutdated',
} as const

export function withdrawalNote(locale: Locale, reason: string | null | undefined): string | undefined {
  if (!reason || !Object.hasOwn(REASON_KEYS, reason)) return undefined
  return translator(locale)(REASON_KEYS[reason as keyof typeof REASON_KEYS])
}
