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

/**
 * Where an email is: `written` is development mode (no SMTP_URL), where the email went to a file
 * and never left the machine, which staff must not read as sent.
 */
export const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'written', 'failed'] as const
export type EmailStatus = (typeof EMAIL_STATUSES)[number]

export const EMAIL_STATUS_LABELS: Record<EmailStatus, Record<'nl' | 'fr' | 'en', string>> = {
  queued: { nl: 'Wacht op verzending', fr: 'En attente d’envoi', en: 'Waiting to be sent' },
  sending: { nl: 'Wordt verstuurd', fr: 'En cours d’envoi', en: 'Being sent' },
  sent: { nl: 'Verstuurd', fr: 'Envoyé', en: 'Sent' },
  written: {
    nl: 'Naar een bestand geschreven, niet verstuurd (geen SMTP_URL)',
    fr: 'Écrit dans un fichier, pas envoyé (pas de SMTP_URL)',
    en: 'Written to a file, not sent (no SMTP_URL)',
  },
  failed: { nl: 'Mislukt', fr: 'Échec', en: 'Failed' },
}

export const EMAIL_KINDS = [
  'acknowledgement',
  'notification',
  'answer',
  'review-reminder',
  'ready-for-review',
  'follow-confirmation',
  'follow-link',
  'follow-alert',
  'follow-digest',
  'round-reminder',
  'scheduled-publication',
  'approval',
] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

export const EMAIL_KIND_LABELS: Record<EmailKind, Record<'nl' | 'fr' | 'en', string>> = {
  acknowledgement: { nl: 'Ontvangstbevestiging', fr: 'Accusé de réception', en: 'Acknowledgement' },
  notification: { nl: 'Melding aan de administratie', fr: 'Avis à l’administration', en: 'Notice to the administration' },
  answer: { nl: 'Antwoord', fr: 'Réponse', en: 'Answer' },
  'review-reminder': { nl: 'Herinnering: na te kijken inhoud', fr: 'Rappel : contenu à revoir', en: 'Reminder: content to review' },
  'ready-for-review': { nl: 'Vertaling klaar om na te lezen', fr: 'Traduction prête à relire', en: 'Translation ready for review' },
  'follow-confirmation': { nl: 'Bevestiging van een abonnement', fr: 'Confirmation d’un abonnement', en: 'Subscription confirmation' },
  'follow-link': { nl: 'Link om abonnementen te beheren', fr: 'Lien de gestion des abonnements', en: 'Link to manage subscriptions' },
  'follow-alert': { nl: 'Melding aan een volger', fr: 'Alerte à un abonné', en: 'Alert to a follower' },
  'follow-digest': { nl: 'Overzicht voor een volger', fr: 'Résumé pour un abonné', en: 'Digest for a follower' },
  'round-reminder': { nl: 'Herinnering: te bezorgen rapporten', fr: 'Rappel : rapports à remettre', en: 'Reminder: reports owed' },
  'scheduled-publication': {
    nl: 'Uitkomst van een geplande publicatie',
    fr: 'Résultat d’une publication planifiée',
    en: 'Outcome of a scheduled publication',
  },
  approval: { nl: 'Goedkeuring door een tweede persoon', fr: 'Approbation par une deuxième personne', en: 'Approval by a second person' },
}

/** A language's name in each admin language: what the answer's language and a standard reply's are shown as. */
export const LANGUAGE_LABELS: Record<'nl' | 'fr' | 'en', Record<'nl' | 'fr' | 'en', string>> = {
  nl: { nl: 'Nederlands', fr: 'néerlandais', en: 'Dutch' },
  fr: { nl: 'Frans', fr: 'français', en: 'French' },
  en: { nl: 'Engels', fr: 'anglais', en: 'English' },
}
