/** Where a message is in its handling. */
export const MESSAGE_STATUSES = ['new', 'assigned', 'waiting', 'answered', 'closed'] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

export const STATUS_LABELS: Record<MessageStatus, Record<'nl' | 'fr' | 'en', string>> = {
  new: { nl: 'Nieuw', fr: 'Nouveau', en: 'New' },
  assigned: { nl: 'Toegewezen', fr: 'Attribué', en: 'Assigned' },
  waiting: { nl: 'Wacht op de afzender', fr: 'En attente de l’expéditeur', en: 'Waiting for the sender' },
  answered: { nl: 'Beantwoord', fr: 'Répondu', en: 'Answered' },
  closed: { nl: 'Afgesloten', fr: 'Clôturé', en: 'Closed' },
}

export const HISTORY_KINDS = ['received', 'status', 'assigned', 'note', 'answer', 'email'] as const
export type HistoryKind = (typeof HISTORY_KINDS)[number]

export const HISTORY_LABELS: Record<HistoryKind, Record<'nl' | 'fr' | 'en', string>> = {
  received: { nl: 'Ontvangen', fr: 'Reçu', en: 'Received' },
  status: { nl: 'Status gewijzigd', fr: 'Statut modifié', en: 'Status changed' },
  assigned: { nl: 'Toegewezen', fr: 'Attribué', en: 'Assigned' },
  note: { nl: 'Interne notitie', fr: 'Note interne', en: 'Internal note' },
  answer: { nl: 'Antwoord verstuurd', fr: 'Réponse envoyée', en: 'Answer sent' },
  email: { nl: 'E-mail', fr: 'E-mail', en: 'Email' },
}
