/** The emails of four-eyes publication, in the language each recipient set for back-office emails. */
import { defineMessages } from '@/site/i18n/define'

export const approvalMailMessages = defineMessages({
  nl: {
    submittedSubject: 'Ter goedkeuring: {title}',
    submittedBody:
      '{name} legt “{title}” ter goedkeuring voor ({languages}).{note}\n\nBekijk het concept en publiceer het, of stuur het terug met een opmerking:\n{link}',
    returnedSubject: 'Teruggestuurd: {title}',
    returnedBody:
      '{name} heeft “{title}” teruggestuurd ({languages}). Het blijft een concept, er werd niets gepubliceerd.\n\nWat er anders moet: {comment}\n\nHet stuk in het back office: {link}',
    approvedSubject: 'Goedgekeurd en gepubliceerd: {title}',
    approvedBody: '{name} heeft “{title}” goedgekeurd; het staat nu op de website ({languages}).\n\nHet stuk in het back office: {link}',
    note: '\n\nOpmerking van {name}: {note}',
    allLanguages: 'alle talen',
    someone: 'Iemand',
    signature: 'Belfort, het back office van de website',
  },
  fr: {
    submittedSubject: 'À approuver : {title}',
    submittedBody:
      '{name} soumet « {title} » pour approbation ({languages}).{note}\n\nExaminez le brouillon et publiez-le, ou renvoyez-le avec un commentaire :\n{link}',
    returnedSubject: 'Renvoyé : {title}',
    returnedBody:
      '{name} a renvoyé « {title} » ({languages}). Il reste un brouillon, rien n’a été publié.\n\nCe qu’il faut changer : {comment}\n\nLe contenu dans le back-office : {link}',
    approvedSubject: 'Approuvé et publié : {title}',
    approvedBody: '{name} a approuvé « {title} » ; il est maintenant sur le site ({languages}).\n\nLe contenu dans le back-office : {link}',
    note: '\n\nNote de {name} : {note}',
    allLanguages: 'toutes les langues',
    someone: 'Quelqu’un',
    signature: 'Belfort, le back-office du site',
  },
  en: {
    submittedSubject: 'For approval: {title}',
    submittedBody:
      '{name} submits “{title}” for approval ({languages}).{note}\n\nReview the draft and publish it, or return it with a comment:\n{link}',
    returnedSubject: 'Returned: {title}',
    returnedBody:
      '{name} returned “{title}” ({languages}). It stays a draft; nothing was published.\n\nWhat needs to change: {comment}\n\nThe item in the back office: {link}',
    approvedSubject: 'Approved and published: {title}',
    approvedBody: '{name} approved “{title}”; it is now on the website ({languages}).\n\nThe item in the back office: {link}',
    note: '\n\nNote from {name}: {note}',
    allLanguages: 'all languages',
    someone: 'Someone',
    signature: 'Belfort, the website’s back office',
  },
})
