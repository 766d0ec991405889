import { defineMessages } from '@/site/i18n/define'

/** The emails Belfort writes, in the language the visitor chose for the answer. */
export const mailMessages = defineMessages({
  nl: {
    mailAckSubject: 'We hebben uw bericht ontvangen ({reference})',
    mailAckBody:
      'Goeddag,\n\nWe hebben uw bericht over “{topic}” goed ontvangen onder referentie {reference} en bezorgd aan {administration}, die u zo snel mogelijk antwoordt.\n\nVermeld deze referentie als u ons opnieuw schrijft over dezelfde vraag.\n\nHebt u ons niet geschreven? Dan mag u deze e-mail negeren.',
    mailSignature: 'Met vriendelijke groeten,\n{organisation}',
    mailNoReply: 'Dit is een automatisch bericht.',
    mailNotifySubject: 'Nieuw bericht {reference}: {topic}',
    mailNotifyBody:
      'Er is een nieuw bericht voor {administration} binnengekomen via het contactformulier.\n\nReferentie: {reference}\nOnderwerp: {topic}\nTaal van het antwoord: {language}\n\nLees en beantwoord het in de back office: {link}\n\nOm de persoonsgegevens te beschermen staat de inhoud van het bericht niet in deze e-mail.',
    mailAnswerSubject: 'Antwoord op uw bericht ({reference})',
    mailAnswerIntro: 'Beste {name},',
    mailAnswerQuote: 'Uw bericht van {date}:',
  },
  fr: {
    mailAckSubject: 'Nous avons bien reçu votre message ({reference})',
    mailAckBody:
      'Bonjour,\n\nNous avons bien reçu votre message au sujet de « {topic} » sous la référence {reference} et l’avons transmis à {administration}, qui vous répondra dès que possible.\n\nIndiquez cette référence si vous nous écrivez à nouveau à propos de la même question.\n\nVous ne nous avez pas écrit ? Vous pouvez ignorer cet e-mail.',
    mailSignature: 'Cordialement,\n{organisation}',
    mailNoReply: 'Ceci est un message automatique.',
    mailNotifySubject: 'Nouveau message {reference} : {topic}',
    mailNotifyBody:
      'Un nouveau message pour {administration} est arrivé par le formulaire de contact.\n\nRéférence : {reference}\nSujet : {topic}\nLangue de la réponse : {language}\n\nLisez-le et répondez-y dans le back-office : {link}\n\nPour protéger les données personnelles, le contenu du message ne figure pas dans cet e-mail.',
    mailAnswerSubject: 'Réponse à votre message ({reference})',
    mailAnswerIntro: 'Bonjour {name},',
    mailAnswerQuote: 'Votre message du {date} :',
  },
  en: {
    mailAckSubject: 'We have received your message ({reference})',
    mailAckBody:
      'Hello,\n\nWe received your message about “{topic}” under reference {reference} and passed it to {administration}, who will answer you as soon as possible.\n\nPlease quote this reference if you write to us again about the same question.\n\nDid you not write to us? Then you can ignore this email.',
    mailSignature: 'Kind regards,\n{organisation}',
    mailNoReply: 'This is an automatic message.',
    mailNotifySubject: 'New message {reference}: {topic}',
    mailNotifyBody:
      'A new message for {administration} has arrived through the contact form.\n\nReference: {reference}\nSubject: {topic}\nLanguage of the answer: {language}\n\nRead and answer it in the back office: {link}\n\nTo protect personal data, the message itself is not in this email.',
    mailAnswerSubject: 'Answer to your message ({reference})',
    mailAnswerIntro: 'Dear {name},',
    mailAnswerQuote: 'Your message of {date}:',
  },
})
