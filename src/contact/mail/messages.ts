import { defineMessages } from '@/site/i18n/define'

/** The emails Belfort writes, in the language the visitor chose for the answer. */
export const mailMessages = defineMessages({
  nl: {
    mailAckSubject: 'We hebben uw bericht ontvangen ({reference})',
    mailAckBody:
      'Beste {name},\n\nBedankt voor uw bericht. We hebben het goed ontvangen onder referentie {reference} en bezorgd aan {administration}, die u zo snel mogelijk antwoordt.\n\nVermeld deze referentie als u ons opnieuw schrijft over dezelfde vraag.\n\nHieronder vindt u een kopie van uw bericht.',
    mailCopyHeading: 'Uw bericht',
    mailTopic: 'Onderwerp: {topic}',
    mailAttachments: 'Bijlagen: {files}',
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
      'Bonjour {name},\n\nMerci pour votre message. Nous l’avons bien reçu sous la référence {reference} et transmis à {administration}, qui vous répondra dès que possible.\n\nIndiquez cette référence si vous nous écrivez à nouveau à propos de la même question.\n\nVous trouverez ci-dessous une copie de votre message.',
    mailCopyHeading: 'Votre message',
    mailTopic: 'Sujet : {topic}',
    mailAttachments: 'Pièces jointes : {files}',
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
      'Dear {name},\n\nThank you for your message. We received it under reference {reference} and passed it to {administration}, who will answer you as soon as possible.\n\nPlease quote this reference if you write to us again about the same question.\n\nA copy of your message follows.',
    mailCopyHeading: 'Your message',
    mailTopic: 'Subject: {topic}',
    mailAttachments: 'Attachments: {files}',
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
