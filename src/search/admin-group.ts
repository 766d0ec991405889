/** The back-office menu group of what editors keep for the site search (synonyms, best bets). */
export const SEARCH_GROUP = { nl: 'Zoeken', fr: 'Recherche', en: 'Search' }
