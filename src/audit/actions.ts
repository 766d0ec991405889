import type { Localized } from '@/site/i18n/localized'

/**
 * What the audit trail records: who signed in or failed to, what happened to their account, and
 * what was done to content and to citizens' messages. The labels are what admins read in the list.
 */
export const AUDIT_ACTIONS = {
  'sign-in': { nl: 'Aangemeld', fr: 'Connexion', en: 'Signed in' },
  'sign-in-failed': { nl: 'Aanmelding mislukt', fr: 'Échec de connexion', en: 'Sign-in failed' },
  'sign-out': { nl: 'Afgemeld', fr: 'Déconnexion', en: 'Signed out' },
  throttled: { nl: 'Afgeremd (te veel pogingen)', fr: 'Freiné (trop de tentatives)', en: 'Throttled (too many attempts)' },
  'factor-enrolled': { nl: 'Tweede factor ingesteld', fr: 'Second facteur configuré', en: 'Second factor enrolled' },
  'factor-reset': { nl: 'Tweede factor gewist', fr: 'Second facteur réinitialisé', en: 'Second factor reset' },
  'factor-verified': { nl: 'Tweede stap geslaagd', fr: 'Seconde étape réussie', en: 'Second step passed' },
  'factor-failed': { nl: 'Verkeerde code', fr: 'Code erroné', en: 'Wrong code' },
  'recovery-code-used': { nl: 'Herstelcode gebruikt', fr: 'Code de secours utilisé', en: 'Recovery code used' },
  'passkey-added': { nl: 'Toegangssleutel toegevoegd', fr: 'Clé d’accès ajoutée', en: 'Passkey added' },
  'passkey-removed': { nl: 'Toegangssleutel verwijderd', fr: 'Clé d’accès supprimée', en: 'Passkey removed' },
  'passkey-used': { nl: 'Aangemeld met toegangssleutel', fr: 'Connexion avec une clé d’accès', en: 'Signed in with a passkey' },
  'password-changed': { nl: 'Wachtwoord gewijzigd', fr: 'Mot de passe modifié', en: 'Password changed' },
  'password-reset-requested': { nl: 'Nieuw wachtwoord gevraagd', fr: 'Nouveau mot de passe demandé', en: 'Password reset requested' },
  'email-changed': { nl: 'E-mailadres gewijzigd', fr: 'Adresse e-mail modifiée', en: 'Email changed' },
  'roles-changed': { nl: 'Rollen gewijzigd', fr: 'Rôles modifiés', en: 'Roles changed' },
  'scope-changed': { nl: 'Bevoegdheid gewijzigd', fr: 'Périmètre modifié', en: 'Scope changed' },
  'session-ended': { nl: 'Sessie beëindigd', fr: 'Session terminée', en: 'Session ended' },
  'account-created': { nl: 'Account aangemaakt', fr: 'Compte créé', en: 'Account created' },
  'account-deleted': { nl: 'Account verwijderd', fr: 'Compte supprimé', en: 'Account deleted' },
  publish: { nl: 'Gepubliceerd', fr: 'Publié', en: 'Published' },
  unpublish: { nl: 'Offline gehaald', fr: 'Dépublié', en: 'Unpublished' },
  schedule: { nl: 'Gepland', fr: 'Planifié', en: 'Scheduled' },
  restore: { nl: 'Versie teruggezet', fr: 'Version restaurée', en: 'Version restored' },
  delete: { nl: 'Verwijderd', fr: 'Supprimé', en: 'Deleted' },
  'message-opened': { nl: 'Bericht geopend', fr: 'Message ouvert', en: 'Message opened' },
  'messages-exported': { nl: 'Berichten geëxporteerd', fr: 'Messages exportés', en: 'Messages exported' },
  'attachment-downloaded': { nl: 'Bijlage gedownload', fr: 'Pièce jointe téléchargée', en: 'Attachment downloaded' },
  'message-deleted': { nl: 'Bericht verwijderd', fr: 'Message supprimé', en: 'Message deleted' },
  'report-validated': { nl: 'Rapport gevalideerd', fr: 'Rapport validé', en: 'Report validated' },
  'report-returned': { nl: 'Rapport teruggestuurd', fr: 'Rapport renvoyé', en: 'Report returned' },
  'approval-requested': { nl: 'Ter goedkeuring voorgelegd', fr: 'Soumis pour approbation', en: 'Submitted for approval' },
  'approval-granted': { nl: 'Goedgekeurd', fr: 'Approuvé', en: 'Approved' },
  'approval-returned': { nl: 'Teruggestuurd zonder goedkeuring', fr: 'Renvoyé sans approbation', en: 'Returned without approval' },
  'approval-withdrawn': { nl: 'Goedkeuringsaanvraag ingetrokken', fr: 'Demande d’approbation retirée', en: 'Approval request withdrawn' },
  'preview-link-used': { nl: 'Voorbeeldlink geopend', fr: 'Lien d’aperçu ouvert', en: 'Preview link opened' },
  'audit-exported': { nl: 'Audittrail geëxporteerd', fr: 'Journal d’audit exporté', en: 'Audit trail exported' },
} as const satisfies Record<string, Localized>

export type AuditAction = keyof typeof AUDIT_ACTIONS
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[]

export const AUDIT_OUTCOMES = {
  success: { nl: 'Gelukt', fr: 'Réussi', en: 'Succeeded' },
  failure: { nl: 'Mislukt', fr: 'Échoué', en: 'Failed' },
  refused: { nl: 'Geweigerd', fr: 'Refusé', en: 'Refused' },
} as const satisfies Record<string, Localized>

export type AuditOutcome = keyof typeof AUDIT_OUTCOMES
