/** The back-office menu group of "Follow by email". */
export const FOLLOW_GROUP = { nl: 'Volgen via e-mail', fr: 'Suivre par e-mail', en: 'Follow by email' }
