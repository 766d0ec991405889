import { defineMessages } from '@/site/i18n/define'

/** What an administrator reads when the logo's settings are incomplete. */
export const identityMessages = defineMessages({
  nl: { logoNameRequired: 'Geef het logo een toegankelijke naam in deze taal: een schermlezer leest die voor in plaats van het beeld.' },
  fr: { logoNameRequired: 'Donnez au logo un nom accessible dans cette langue : un lecteur d’écran le lit à la place de l’image.' },
  en: { logoNameRequired: 'Give the logo an accessible name in this language: a screen reader reads it out instead of the image.' },
})
