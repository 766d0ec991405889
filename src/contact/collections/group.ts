/** The back-office menu group of everything contact. */
export const CONTACT_GROUP = { nl: 'Contact', fr: 'Contact', en: 'Contact' }
