/**
 * What an index built now holds, as the version it is marked with: the terms (text.ts,
 * termsVersion), the types it covers and what their entries hold. An index marked with another
 * version misses something a search would find, so it is rebuilt at start (service.ts).
 */
import { SEARCH_TYPES } from './entries'
import { termsVersion } from './text'

/** Raise it when an entry holds something else for the same content (another field, codes as words). */
const ENTRIES_VERSION = 2

export function indexVersion(): string {
  return `${termsVersion()}/${ENTRIES_VERSION}:${SEARCH_TYPES.join(',')}`
}
