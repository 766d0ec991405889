import { defineMessages } from '@/site/i18n/define'

/** What the server answers staff and API clients when the role matrix refuses an action (in their language). */
export const accessProblems = defineMessages({
  nl: {
    publish: 'Uw rol mag deze inhoud niet publiceren; bewaar ze als concept, een redacteur publiceert.',
    unpublish: 'Uw rol mag deze inhoud niet offline halen.',
    restoreVersion: 'Uw rol mag geen oudere versie terugzetten.',
    schedule: 'Uw rol mag geen publicatie plannen.',
    sharedField: 'Vertalers wijzigen alleen tekst die per taal verschilt; “{field}” is dezelfde in elke taal.',
  },
  fr: {
    publish: 'Votre rôle ne permet pas de publier ce contenu ; enregistrez-le comme brouillon, un rédacteur le publiera.',
    unpublish: 'Votre rôle ne permet pas de dépublier ce contenu.',
    restoreVersion: 'Votre rôle ne permet pas de restaurer une version antérieure.',
    schedule: 'Votre rôle ne permet pas de planifier une publication.',
    sharedField: 'Les traducteurs ne modifient que le texte propre à chaque langue ; « {field} » est le même dans toutes les langues.',
  },
  en: {
    publish: 'Your role may not publish this content; save it as a draft and an editor will publish it.',
    unpublish: 'Your role may not unpublish this content.',
    restoreVersion: 'Your role may not restore an earlier version.',
    schedule: 'Your role may not schedule publishing.',
    sharedField: 'Translators change only the text of each language; “{field}” is the same in every language.',
  },
})

export type AccessProblem = keyof (typeof accessProblems)['nl']
