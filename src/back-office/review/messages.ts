/** The review dates' words in the back office: the dashboard's counts and the weekly reminder. */
import { defineMessages } from '@/site/i18n/define'

export const reviewMessages = defineMessages({
  nl: {
    overdue: '{collection} te herzien (datum verstreken)',
    pages: 'Pagina’s',
    news: 'Nieuwsberichten',
    documents: 'Documenten',
    reminderSubject: 'Te herzien: {count} item(s) op de website',
    reminderBody:
      'Goeiedag {name},\n\nDeze inhoud op de website staat op uw naam en had herzien moeten zijn:\n\n{items}\n\nLees ze opnieuw na, pas aan wat nodig is en vul “Laatst herzien” en een nieuwe datum “Herzien tegen” in. Staat een item niet langer op uw naam, duid dan de nieuwe eigenaar aan.\n\nU krijgt deze e-mail elke maandag zolang er items te herzien zijn.',
    reminderItem: '- {title} ({collection}, herzien tegen {date}): {link}',
  },
  fr: {
    overdue: '{collection} à revoir (date dépassée)',
    pages: 'Pages',
    news: 'Actualités',
    documents: 'Documents',
    reminderSubject: 'À revoir : {count} élément(s) du site',
    reminderBody:
      'Bonjour {name},\n\nCes contenus du site sont à votre nom et auraient dû être revus :\n\n{items}\n\nRelisez-les, adaptez ce qui doit l’être, puis remplissez « Dernière révision » et une nouvelle date « À revoir pour le ». Si un élément n’est plus à votre nom, indiquez son nouveau propriétaire.\n\nVous recevez cet e-mail chaque lundi tant que des éléments sont à revoir.',
    reminderItem: '- {title} ({collection}, à revoir pour le {date}) : {link}',
  },
  en: {
    overdue: '{collection} to review (date passed)',
    pages: 'Pages',
    news: 'News items',
    documents: 'Documents',
    reminderSubject: 'To review: {count} item(s) on the website',
    reminderBody:
      'Hello {name},\n\nThis content on the website is in your name and was due for review:\n\n{items}\n\nRead it again, change what needs changing, then fill in “Last reviewed” and a new “Review by” date. If an item is no longer yours, name its new owner.\n\nYou get this email every Monday while items are due for review.',
    reminderItem: '- {title} ({collection}, review by {date}): {link}',
  },
})
