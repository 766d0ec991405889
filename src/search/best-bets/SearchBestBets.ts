import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { LOCALES } from '@/site/routes'
import { SEARCH_GROUP } from '../admin-group'
import { SEARCH_TYPES } from '../entries'
import { fromAddress } from '../queries/prefill'
import { setQueryKey } from './hooks/set-query-key'
import { BEST_BETS_SLUG, MAX_BEST_BETS, validateBestBetQuery, validateBestBetResults } from './validate'

const LANGUAGE_LABELS = {
  nl: { nl: 'Nederlands', fr: 'Néerlandais', en: 'Dutch' },
  fr: { nl: 'Frans', fr: 'Français', en: 'French' },
  en: { nl: 'Engels', fr: 'Anglais', en: 'English' },
}

/**
 * Editors' best bets: for a query in a language, up to three results shown first on the results
 * page, marked as recommended (find.ts). Only what a visitor may read there is ever shown: the
 * results are read from the search index, which holds published texts only.
 */
export const SearchBestBets: CollectionConfig = {
  slug: BEST_BETS_SLUG,
  labels: {
    singular: { nl: 'Aanbevolen resultaat', fr: 'Résultat recommandé', en: 'Best bet' },
    plural: { nl: 'Aanbevolen resultaten', fr: 'Résultats recommandés', en: 'Best bets' },
  },
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'language', 'results', 'updatedAt'],
    group: SEARCH_GROUP,
    description: {
      nl: `Tot ${MAX_BEST_BETS} resultaten die bovenaan verschijnen voor een zoekopdracht in één taal.`,
      fr: `Jusqu’à ${MAX_BEST_BETS} résultats affichés en premier pour une recherche dans une langue.`,
      en: `Up to ${MAX_BEST_BETS} results shown first for a search query in one language.`,
    },
  },
  access: accessFromMatrix('search-best-bets'),
  hooks: { ...announcingHooks, beforeChange: [setQueryKey] },
  fields: [
    {
      name: 'query',
      type: 'text',
      required: true,
      maxLength: 200,
      defaultValue: fromAddress('query'),
      validate: validateBestBetQuery,
      label: { nl: 'Zoekopdracht', fr: 'Recherche', en: 'Search query' },
      admin: {
        description: {
          nl: 'Zoals bezoekers ze typen; hoofdletters, woordvormen en woordvolgorde tellen niet.',
          fr: 'Telle que les visiteurs la tapent ; majuscules, formes des mots et ordre des mots ne comptent pas.',
          en: 'As visitors type it; capitals, word forms and word order do not count.',
        },
      },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: fromAddress('language', 'nl', LOCALES),
      options: LOCALES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      label: { nl: 'Taal', fr: 'Langue', en: 'Language' },
    },
    {
      name: 'results',
      type: 'relationship',
      relationTo: [...SEARCH_TYPES],
      hasMany: true,
      required: true,
      validate: validateBestBetResults,
      label: { nl: 'Aanbevolen resultaten', fr: 'Résultats recommandés', en: 'Recommended results' },
      admin: {
        // Editors pin what exists; making a page from here would skip its own screen (and Payload's add button has no name).
        allowCreate: false,
        description: {
          nl: `Hoogstens ${MAX_BEST_BETS}, in de volgorde waarin ze verschijnen. Alleen wat in deze taal gepubliceerd is, wordt getoond.`,
          fr: `${MAX_BEST_BETS} au maximum, dans l’ordre où ils apparaissent. Seul ce qui est publié dans cette langue est affiché.`,
          en: `At most ${MAX_BEST_BETS}, in the order they appear. Only what is published in this language is shown.`,
        },
      },
    },
    {
      name: 'queryKey',
      type: 'text',
      index: true,
      label: { nl: 'Zoeksleutel', fr: 'Clé de recherche', en: 'Search key' },
      admin: { hidden: true },
    },
  ],
}
