/**
 * Staff roles in words, each with one line on what it may do, in the admin's three languages. The
 * lines say what the role matrix (src/access/matrix.ts) grants; role-names.test.ts keeps the two in step.
 */
import type { Role } from '@/access/roles'
import type { Locale } from '@/site/routes'

type Localized = Record<Locale, string>

export const ROLE_NAMES: Record<Role, Localized> = {
  admin: { nl: 'Beheerder', fr: 'Administrateur', en: 'Administrator' },
  editor: { nl: 'Redacteur', fr: 'Rédacteur', en: 'Editor' },
  translator: { nl: 'Vertaler', fr: 'Traducteur', en: 'Translator' },
  'contact-handler': { nl: 'Contactbehandelaar', fr: 'Gestionnaire de contact', en: 'Contact handler' },
  'follow-up': { nl: 'Opvolgingscel', fr: 'Cellule de suivi', en: 'Follow-up cell' },
  evaluator: { nl: 'Evaluator', fr: 'Évaluateur', en: 'Evaluator' },
  partner: { nl: 'Partner', fr: 'Partenaire', en: 'Partner' },
}

export const ROLE_DUTIES: Record<Role, Localized> = {
  admin: {
    nl: 'mag alles: ook accounts, rollen en site-instellingen beheren en het auditlogboek lezen.',
    fr: 'peut tout faire, y compris gérer les comptes, les rôles et les paramètres du site, et lire le journal d’audit.',
    en: 'may do everything, including accounts, roles and site settings, and reads the audit trail.',
  },
  editor: {
    nl: 'maakt, wijzigt en publiceert pagina’s, nieuws en documenten, plant nieuws in, en beheert media, startpagina en navigatie.',
    fr: 'crée, modifie et publie les pages, actualités et documents, planifie les actualités, et gère les médias, la page d’accueil et la navigation.',
    en: 'creates, changes and publishes pages, news and documents, schedules news, and keeps the media, home page and navigation.',
  },
  translator: {
    nl: 'vertaalt de teksten van pagina’s, nieuws, documenten en lijsten als concept; publiceert niet en wijzigt geen gegevens die in alle talen dezelfde zijn.',
    fr: 'traduit les textes des pages, actualités, documents et listes en brouillon ; ne publie pas et ne modifie pas les données communes à toutes les langues.',
    en: 'translates the text of pages, news, documents and lists as drafts; does not publish or change what is the same in every language.',
  },
  'contact-handler': {
    nl: 'leest en behandelt de berichten aan de eigen administratie(s), met hun e-mails en bijlagen.',
    fr: 'lit et traite les messages adressés à sa ou ses administrations, avec leurs e-mails et pièces jointes.',
    en: 'reads and handles the messages to their own administrations, with their emails and attachments.',
  },
  'follow-up': {
    nl: 'beheert het strategisch plan (onderdelen, partners, indicatoren, sociale tops) en valideert voortgangsrapporten of stuurt ze terug.',
    fr: 'gère le plan stratégique (éléments, partenaires, indicateurs, sommets sociaux) et valide ou renvoie les rapports d’avancement.',
    en: 'keeps the strategic plan (items, partners, indicators, social summits) and validates or returns progress reports.',
  },
  evaluator: {
    nl: 'voegt indicatoren en hun metingen toe en werkt ze bij; leest de rest van het plan.',
    fr: 'ajoute et met à jour les indicateurs et leurs observations ; lit le reste du plan.',
    en: 'adds and updates indicators and their observations; reads the rest of the plan.',
  },
  partner: {
    nl: 'schrijft en dient de voortgangsrapporten van de eigen organisatie(s) in.',
    fr: 'rédige et soumet les rapports d’avancement de sa ou ses organisations.',
    en: 'writes and submits the progress reports of their own organisations.',
  },
}

/** The roles field's options: a role's name in the admin's language, its slug stored. */
export function roleOptions(roles: readonly Role[]): { label: Localized; value: Role }[] {
  return roles.map((role) => ({ label: ROLE_NAMES[role], value: role }))
}

/** "Redacteur: maakt, wijzigt, …", one line per role. */
export function roleDuties(locale: Locale, roles: readonly Role[]): { name: string; duty: string }[] {
  return roles.map((role) => ({ name: ROLE_NAMES[role][locale], duty: ROLE_DUTIES[role][locale] }))
}
