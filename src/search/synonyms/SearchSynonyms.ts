import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { SEARCH_GROUP } from '../admin-group'
import { fromAddress } from '../queries/prefill'
import { validateMembers } from './validate-members'

/**
 * Groups of equivalent search terms (acronyms in three languages, names of bodies, everyday words
 * for official ones): a search on one finds the others (expand.ts). Editors keep them.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: {
    singular: { nl: 'Synoniemengroep', fr: 'Groupe de synonymes', en: 'Synonym group' },
    plural: { nl: 'Synoniemen', fr: 'Synonymes', en: 'Synonyms' },
  },
  admin: {
    useAsTitle: 'terms',
    defaultColumns: ['terms', 'note', 'updatedAt'],
    group: SEARCH_GROUP,
    description: {
      nl: 'Een zoekopdracht met een van deze termen vindt ook de andere, in elke taal.',
      fr: 'Une recherche sur l’un de ces termes trouve aussi les autres, dans chaque langue.',
      en: 'A search for one of these terms also finds the others, in every language.',
    },
  },
  access: accessFromMatrix('search-synonyms'),
  // A change reaches every instance's synonym table and the cached pages (site/invalidation.ts).
  hooks: announcingHooks,
  fields: [
    {
      name: 'terms',
      type: 'text',
      required: true,
      maxLength: 500,
      defaultValue: fromAddress('terms'),
      validate: validateMembers,
      label: { nl: 'Gelijkwaardige termen', fr: 'Termes équivalents', en: 'Equivalent terms' },
      admin: {
        description: {
          nl: 'Gescheiden door komma’s, bijvoorbeeld: GOB, SPRB, BRPS',
          fr: 'Séparés par des virgules, par exemple : GOB, SPRB, BRPS',
          en: 'Separated by commas, for example: GOB, SPRB, BRPS',
        },
      },
    },
    {
      name: 'note',
      type: 'text',
      maxLength: 200,
      label: { nl: 'Opmerking (intern)', fr: 'Remarque (interne)', en: 'Note (internal)' },
    },
  ],
}
