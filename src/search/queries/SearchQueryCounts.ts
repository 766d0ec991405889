import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { SEARCH_GROUP } from '../admin-group'

export const QUERY_COUNTS_SLUG = 'search-query-counts'

/**
 * What people look for, without tracking them: per day and language, how often a normalised query
 * was searched and how often it found nothing. Nothing about who searched is kept (no address, no
 * cookie, no session, no browser), and a query holding personal data is never counted
 * (personal-data.ts). Written by the results page through counts.ts, read by editors in the report
 * (admin/QueryReport.tsx), removed after 13 months (retention.ts).
 */
export const SearchQueryCounts: CollectionConfig = {
  slug: QUERY_COUNTS_SLUG,
  labels: {
    singular: { nl: 'Zoekopdracht', fr: 'Recherche', en: 'Search query' },
    plural: { nl: 'Wat mensen zoeken', fr: 'Ce que les gens cherchent', en: 'What people look for' },
  },
  admin: {
    group: SEARCH_GROUP,
    useAsTitle: 'sample',
    defaultColumns: ['day', 'language', 'sample', 'searches', 'zeroResults'],
    // The list is the report: totals over 7 and 30 days, with the way to act on them.
    components: { views: { list: { Component: '/search/queries/admin/QueryReport#QueryReport' } } },
  },
  access: accessFromMatrix(QUERY_COUNTS_SLUG),
  // Rows are added and incremented in SQL by counts.ts (an atomic upsert on this unique index).
  indexes: [{ fields: ['day', 'language', 'queryKey'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true, label: { nl: 'Dag', fr: 'Jour', en: 'Day' } },
    { name: 'language', type: 'text', required: true, label: { nl: 'Taal', fr: 'Langue', en: 'Language' } },
    { name: 'queryKey', type: 'text', required: true, label: { nl: 'Zoeksleutel', fr: 'Clé de recherche', en: 'Search key' } },
    { name: 'sample', type: 'text', required: true, label: { nl: 'Zoekopdracht', fr: 'Recherche', en: 'Search query' } },
    {
      name: 'searches',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { nl: 'Zoekopdrachten', fr: 'Recherches', en: 'Searches' },
    },
    {
      name: 'zeroResults',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { nl: 'Zonder resultaat', fr: 'Sans résultat', en: 'Without results' },
    },
  ],
}
