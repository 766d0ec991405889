/** The dashboard's own words: its title, the group headings, the link list to every part of the back office. */
import { defineMessages } from '@/site/i18n/define'

export const dashboardMessages = defineMessages({
  nl: {
    title: 'Wat vraagt mijn aandacht',
    intro: 'Elk getal opent de lijst met precies die items.',
    nothing: 'Er wacht niets op u.',
    content: 'Inhoud',
    translation: 'Vertalingen',
    review: 'Te herzien',
    inbox: 'Inbox',
    tracker: 'Opvolging van het plan',
    email: 'E-mails',
    everything: 'Alle onderdelen van de back office',
    unavailable: 'Dit getal kon niet worden berekend.',
  },
  fr: {
    title: 'Ce qui demande mon attention',
    intro: 'Chaque nombre ouvre la liste de ces éléments exactement.',
    nothing: 'Rien ne vous attend.',
    content: 'Contenu',
    translation: 'Traductions',
    review: 'À revoir',
    inbox: 'Boîte de réception',
    tracker: 'Suivi du plan',
    email: 'E-mails',
    everything: 'Toutes les parties du back-office',
    unavailable: 'Ce nombre n’a pas pu être calculé.',
  },
  en: {
    title: 'Needs my attention',
    intro: 'Each number opens the list of exactly those items.',
    nothing: 'Nothing is waiting for you.',
    content: 'Content',
    translation: 'Translations',
    review: 'To review',
    inbox: 'Inbox',
    tracker: 'Plan follow-up',
    email: 'Emails',
    everything: 'Every part of the back office',
    unavailable: 'This number could not be computed.',
  },
})
