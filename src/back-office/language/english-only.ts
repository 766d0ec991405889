/**
 * Names that the admin's building blocks write in English whatever the admin's language, with no
 * setting to change them: the rich-text editor's buttons (@payloadcms/richtext-lexical), the date
 * picker's (react-datepicker, whose labels Payload passes no translation for), the toasts' close
 * button (sonner) and the "edit" button of a chosen relation. Each is said here in the admin's three languages; admin/SayInAdminLanguage.tsx
 * puts them in place as the screen draws them.
 */
import type { Locale } from '@/site/routes'

type Sayings = Record<Locale, (...parts: string[]) => string>

/** Whole names first, then prefixes (`Choose <day>`), each tried in this order. */
export const ENGLISH_ONLY_NAMES: readonly { english: RegExp; say: Sayings }[] = [
  { english: /^Add block$/, say: { nl: () => 'Blok toevoegen', fr: () => 'Ajouter un bloc', en: () => 'Add block' } },
  { english: /^Edit link$/, say: { nl: () => 'Link bewerken', fr: () => 'Modifier le lien', en: () => 'Edit link' } },
  { english: /^Remove link$/, say: { nl: () => 'Link verwijderen', fr: () => 'Supprimer le lien', en: () => 'Remove link' } },
  { english: /^Drag to move$/, say: { nl: () => 'Sleep om te verplaatsen', fr: () => 'Glisser pour déplacer', en: () => 'Drag to move' } },
  { english: /^Insert Paragraph$/, say: { nl: () => 'Alinea invoegen', fr: () => 'Insérer un paragraphe', en: () => 'Insert paragraph' } },
  { english: /^Add Row$/, say: { nl: () => 'Rij toevoegen', fr: () => 'Ajouter une ligne', en: () => 'Add row' } },
  { english: /^Add Column$/, say: { nl: () => 'Kolom toevoegen', fr: () => 'Ajouter une colonne', en: () => 'Add column' } },
  { english: /^Previous Month$/, say: { nl: () => 'Vorige maand', fr: () => 'Mois précédent', en: () => 'Previous month' } },
  { english: /^Next Month$/, say: { nl: () => 'Volgende maand', fr: () => 'Mois suivant', en: () => 'Next month' } },
  { english: /^Previous Year$/, say: { nl: () => 'Vorig jaar', fr: () => 'Année précédente', en: () => 'Previous year' } },
  { english: /^Next Year$/, say: { nl: () => 'Volgend jaar', fr: () => 'Année suivante', en: () => 'Next year' } },
  { english: /^Choose Date$/, say: { nl: () => 'Kies een datum', fr: () => 'Choisir une date', en: () => 'Choose a date' } },
  { english: /^Choose Time$/, say: { nl: () => 'Kies een uur', fr: () => 'Choisir une heure', en: () => 'Choose a time' } },
  { english: /^Choose (.+)$/, say: { nl: (day) => `Kies ${day}`, fr: (day) => `Choisir le ${day}`, en: (day) => `Choose ${day}` } },
  {
    english: /^Not available (.+)$/,
    say: { nl: (day) => `Niet beschikbaar: ${day}`, fr: (day) => `Indisponible : ${day}`, en: (day) => `Not available ${day}` },
  },
  { english: /^Close toast$/, say: { nl: () => 'Melding sluiten', fr: () => 'Fermer la notification', en: () => 'Close the message' } },
  { english: /^Close$/, say: { nl: () => 'Sluiten', fr: () => 'Fermer', en: () => 'Close' } },
  {
    english: /^Edit (.+)$/,
    say: { nl: (label) => `${label} bewerken`, fr: (label) => `Modifier ${label}`, en: (label) => `Edit ${label}` },
  },
]

/** The name in the admin's language, or undefined when it is not one of the English-only ones. */
export function sayInAdminLanguage(name: string, language: Locale): string | undefined {
  for (const { english, say } of ENGLISH_ONLY_NAMES) {
    const match = english.exec(name)
    if (match) {
      const said = say[language](...match.slice(1))
      return said === name ? undefined : said
    }
  }
  return undefined
}
