import { defineMessages } from '@/site/i18n/define'

/** What a reviewer reads when a preview link cannot be opened, and the preview link's banner. */
export const previewLinkMessages = defineMessages({
  nl: {
    previewLinkMalformedTitle: 'Deze voorbeeldlink is onvolledig',
    previewLinkMalformedBody: 'De link is niet volledig of niet juist gekopieerd. Open de link opnieuw vanuit het bericht dat u ontving.',
    previewLinkUnknownTitle: 'Deze voorbeeldlink bestaat niet',
    previewLinkUnknownBody: 'Wij kennen deze link niet, of hij werd verwijderd. Vraag de persoon die hem stuurde om een nieuwe link.',
    previewLinkExpiredTitle: 'Deze voorbeeldlink is verlopen',
    previewLinkExpiredBody: 'De link was geldig tot {date}. Vraag de persoon die hem stuurde om een nieuwe link.',
    previewLinkRevokedTitle: 'Deze voorbeeldlink werd ingetrokken',
    previewLinkRevokedBody:
      'De link kan niet meer gebruikt worden. Vraag de persoon die hem stuurde om een nieuwe link als u het ontwerp nog moet nalezen.',
    previewLinkPublishedTitle: 'Deze tekst is gepubliceerd',
    previewLinkPublishedBody: 'De voorbeeldlink is niet meer nodig: de tekst staat online.',
    previewLinkPublishedLink: 'Lees de gepubliceerde versie',
    previewLinkTooLong: 'Een voorbeeldlink blijft hoogstens 31 dagen geldig. Kies een vroegere datum.',
  },
  fr: {
    previewLinkMalformedTitle: 'Ce lien d’aperçu est incomplet',
    previewLinkMalformedBody: 'Le lien n’est pas complet ou a été mal copié. Ouvrez-le à nouveau depuis le message que vous avez reçu.',
    previewLinkUnknownTitle: 'Ce lien d’aperçu n’existe pas',
    previewLinkUnknownBody:
      'Nous ne connaissons pas ce lien, ou il a été supprimé. Demandez un nouveau lien à la personne qui vous l’a envoyé.',
    previewLinkExpiredTitle: 'Ce lien d’aperçu a expiré',
    previewLinkExpiredBody: 'Le lien était valable jusqu’au {date}. Demandez un nouveau lien à la personne qui vous l’a envoyé.',
    previewLinkRevokedTitle: 'Ce lien d’aperçu a été révoqué',
    previewLinkRevokedBody:
      'Le lien ne peut plus être utilisé. Si vous devez encore relire le brouillon, demandez un nouveau lien à la personne qui vous l’a envoyé.',
    previewLinkPublishedTitle: 'Ce texte a été publié',
    previewLinkPublishedBody: 'Le lien d’aperçu n’est plus nécessaire : le texte est en ligne.',
    previewLinkPublishedLink: 'Lire la version publiée',
    previewLinkTooLong: 'Un lien d’aperçu est valable 31 jours au plus. Choisissez une date plus proche.',
  },
  en: {
    previewLinkMalformedTitle: 'This preview link is incomplete',
    previewLinkMalformedBody: 'The link is incomplete or was not copied correctly. Open it again from the message you received.',
    previewLinkUnknownTitle: 'This preview link does not exist',
    previewLinkUnknownBody: 'We do not know this link, or it was deleted. Ask the person who sent it for a new link.',
    previewLinkExpiredTitle: 'This preview link has expired',
    previewLinkExpiredBody: 'The link was valid until {date}. Ask the person who sent it for a new link.',
    previewLinkRevokedTitle: 'This preview link was revoked',
    previewLinkRevokedBody:
      'The link can no longer be used. If you still need to review the draft, ask the person who sent it for a new link.',
    previewLinkPublishedTitle: 'This text has been published',
    previewLinkPublishedBody: 'The preview link is no longer needed: the text is online.',
    previewLinkPublishedLink: 'Read the published version',
    previewLinkTooLong: 'A preview link is valid for 31 days at most. Choose an earlier date.',
  },
})
