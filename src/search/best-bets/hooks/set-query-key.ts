import type { CollectionBeforeChangeHook } from 'payload'
import { isLocale } from '@/site/routes'
import { queryKey } from '../query-key'

/** Files a best bet under its query's key (query-key.ts), the form a visitor's search is looked up by. */
export const setQueryKey: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const query = data.query ?? originalDoc?.query
  const language = data.language ?? originalDoc?.language
  if (typeof query === 'string' && typeof language === 'string' && isLocale(language)) data.queryKey = queryKey(query, language)
  return data
}
