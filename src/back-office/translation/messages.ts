import { defineMessages } from '@/site/i18n/define'

/** The translation workflow's words: the edit screen, the lists, the email to editors, the dashboard. */
export const translationMessages = defineMessages({
  nl: {
    languageNl: 'Nederlands',
    languageFr: 'Frans',
    languageEn: 'Engels',
    missing: 'ontbreekt',
    outdated: 'verouderd',
    ready: 'klaar voor nalezing',
    live: 'online',
    draft: 'concept',
    languages: 'Talen',
    sourceHeading: 'In de andere talen',
    empty: '(leeg)',
    loading: 'De andere talen worden geladen…',
    outdatedField: 'De Nederlandse tekst van dit veld is gewijzigd na deze vertaling.',
    outdatedNotice: 'Deze vertaling is verouderd: de Nederlandse tekst is gewijzigd ({fields}).',
    readyLabel: 'Vertaling in deze taal klaar voor nalezing',
    readyDescription: 'Vink aan en bewaar: de redacteurs krijgen een e-mail en zien de vertaling bij “Klaar voor nalezing”.',
    workingLanguage: 'Werktaal',
    workingLanguageDescription: 'De taal waarin de inhoud opent wanneer u een item bewerkt.',
    mailSubject: 'Klaar voor nalezing ({language}): {title}',
    mailBody:
      'Goedendag,\n\nDe vertaling in het {language} van “{title}” is klaar voor nalezing.\n\nNalezen en publiceren: {link}\n\nDit bericht is automatisch verstuurd door de backoffice.',
    waiting: 'Wacht op vertaling ({language}): {collection}',
    outdatedCount: 'Verouderde vertalingen: {collection}',
    readyCount: 'Klaar voor nalezing: {collection}',
  },
  fr: {
    languageNl: 'néerlandais',
    languageFr: 'français',
    languageEn: 'anglais',
    missing: 'manquante',
    outdated: 'à mettre à jour',
    ready: 'prête pour relecture',
    live: 'en ligne',
    draft: 'brouillon',
    languages: 'Langues',
    sourceHeading: 'Dans les autres langues',
    empty: '(vide)',
    loading: 'Chargement des autres langues…',
    outdatedField: 'Le texte néerlandais de ce champ a changé après cette traduction.',
    outdatedNotice: 'Cette traduction est à mettre à jour : le texte néerlandais a changé ({fields}).',
    readyLabel: 'Traduction dans cette langue prête pour relecture',
    readyDescription:
      'Cochez puis enregistrez : les rédacteurs reçoivent un e-mail et voient la traduction sous « Prêtes pour relecture ».',
    workingLanguage: 'Langue de travail',
    workingLanguageDescription: 'La langue dans laquelle le contenu s’ouvre quand vous modifiez un élément.',
    mailSubject: 'Prête pour relecture ({language}) : {title}',
    mailBody:
      'Bonjour,\n\nLa traduction en {language} de « {title} » est prête pour relecture.\n\nRelire et publier : {link}\n\nCe message a été envoyé automatiquement par le back-office.',
    waiting: 'En attente de traduction ({language}) : {collection}',
    outdatedCount: 'Traductions à mettre à jour : {collection}',
    readyCount: 'Prêtes pour relecture : {collection}',
  },
  en: {
    languageNl: 'Dutch',
    languageFr: 'French',
    languageEn: 'English',
    missing: 'missing',
    outdated: 'outdated',
    ready: 'ready for review',
    live: 'live',
    draft: 'draft',
    languages: 'Languages',
    sourceHeading: 'In the other languages',
    empty: '(empty)',
    loading: 'Loading the other languages…',
    outdatedField: 'The Dutch text of this field changed after this translation.',
    outdatedNotice: 'This translation is outdated: the Dutch text changed ({fields}).',
    readyLabel: 'Translation in this language ready for review',
    readyDescription: 'Tick and save: editors get an email and see the translation under “Ready for review”.',
    workingLanguage: 'Working language',
    workingLanguageDescription: 'The language content opens in when you edit an item.',
    mailSubject: 'Ready for review ({language}): {title}',
    mailBody:
      'Hello,\n\nThe {language} translation of “{title}” is ready for review.\n\nReview and publish: {link}\n\nThis message was sent automatically by the back office.',
    waiting: 'Waiting for translation ({language}): {collection}',
    outdatedCount: 'Outdated translations: {collection}',
    readyCount: 'Ready for review: {collection}',
  },
})

export type TranslationMessage = keyof (typeof translationMessages)['nl']

/** The key of a language's name. */
export const languageKey = (language: string): TranslationMessage =>
  language === 'fr' ? 'languageFr' : language === 'en' ? 'languageEn' : 'languageNl'
