/** The back-office menu group of the strategy tracker. */
export const TRACKER_GROUP = { nl: 'Opvolging strategie', fr: 'Suivi de la stratégie', en: 'Strategy follow-up' }
