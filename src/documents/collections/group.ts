/** The back-office menu group of documents and the strategy's versions. */
export const DOCUMENTS_GROUP = { nl: 'Documenten', fr: 'Documents', en: 'Documents' }
