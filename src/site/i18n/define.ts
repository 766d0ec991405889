import type { Locale } from '@/site/routes'

/**
 * A capability's interface strings in the three languages. The Dutch set names the keys; the
 * type makes French and English carry exactly the same ones.
 */
export function defineMessages<K extends string>(
  messages: { nl: Record<K, string> } & Record<Exclude<Locale, 'nl'>, Record<K, string>>,
): Record<Locale, Record<K, string>> {
  return messages
}
