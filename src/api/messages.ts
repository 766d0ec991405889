import { defineMessages } from '@/site/i18n/define'

/** What the back office's API answers when it refuses a request, in the sender's language. */
export const apiMessages = defineMessages({
  nl: {
    bodyTooLarge: 'Dit verzoek is te groot: de API neemt hoogstens {size} aan.',
    lengthRequired: 'Dit verzoek zegt niet hoe groot het is (Content-Length): de API neemt het niet aan.',
    foreignOrigin:
      'Wijzigingen worden alleen aanvaard vanaf het adres van de website; u werkt op een ander adres. Open het back office op dit adres en probeer opnieuw: {origin}/admin',
    badJsonParameter: 'De parameter {name} is geen geldige JSON.',
    publicOnly: 'Deze server toont alleen de publieke website; het back office en de API staan op een andere server.',
    notFound: 'Op dit adres van de API is er niets.',
    badWholeNumber: 'De parameter {name} moet een geheel getal van {min} tot {max} zijn.',
    limitTooHigh: 'Zonder aanmelding vraagt u hoogstens {max} documenten per pagina op (limit van 1 tot {max}).',
    paginationRequired: 'Zonder aanmelding worden de documenten per pagina opgevraagd: pagination=false kan niet.',
    depthTooHigh: 'Zonder aanmelding gaat de diepte (depth) hoogstens tot {max}.',
    queryTooDeep: 'Deze query is te diep genest ({depth} niveaus); zonder aanmelding kan het hoogstens {max}.',
    queryTooCostly: 'Deze query vraagt te veel op (kost {cost}); zonder aanmelding kan het hoogstens {max}.',
  },
  fr: {
    bodyTooLarge: 'Cette requête est trop grande : l’API accepte au plus {size}.',
    lengthRequired: 'Cette requête ne dit pas sa taille (Content-Length) : l’API ne l’accepte pas.',
    foreignOrigin:
      'Les modifications ne sont acceptées que depuis l’adresse du site ; vous travaillez sur une autre adresse. Ouvrez le back-office à cette adresse et réessayez : {origin}/admin',
    badJsonParameter: 'Le paramètre {name} n’est pas du JSON valide.',
    publicOnly: 'Ce serveur ne sert que le site public ; le back-office et l’API sont sur un autre serveur.',
    notFound: 'Il n’y a rien à cette adresse de l’API.',
    badWholeNumber: 'Le paramètre {name} doit être un nombre entier de {min} à {max}.',
    limitTooHigh: 'Sans connexion, vous demandez au plus {max} documents par page (limit de 1 à {max}).',
    paginationRequired: 'Sans connexion, les documents se demandent page par page : pagination=false n’est pas possible.',
    depthTooHigh: 'Sans connexion, la profondeur (depth) va au plus jusqu’à {max}.',
    queryTooDeep: 'Cette requête est imbriquée trop profondément ({depth} niveaux) ; sans connexion, le maximum est {max}.',
    queryTooCostly: 'Cette requête demande trop de données (coût {cost}) ; sans connexion, le maximum est {max}.',
  },
  en: {
    bodyTooLarge: 'This request is too large: the API accepts at most {size}.',
    lengthRequired: 'This request does not say how large it is (Content-Length): the API does not accept it.',
    // The admin's error toast splits a message at its first colon and its commas: the address comes last, after the only colon.
    foreignOrigin:
      'Changes are accepted from the website’s address only; you are working at another address. Open the back office at this address and try again: {origin}/admin',
    badJsonParameter: 'The parameter {name} is not valid JSON.',
    publicOnly: 'This server serves the public website only; the back office and the API are on another server.',
    notFound: 'There is nothing at this address of the API.',
    badWholeNumber: 'The parameter {name} must be a whole number from {min} to {max}.',
    limitTooHigh: 'Without signing in, ask for at most {max} documents per page (limit from 1 to {max}).',
    paginationRequired: 'Without signing in, documents are read page by page: pagination=false is not possible.',
    depthTooHigh: 'Without signing in, the depth goes up to {max} at most.',
    queryTooDeep: 'This query is nested too deeply ({depth} levels); without signing in, the most is {max}.',
    queryTooCostly: 'This query asks for too much (cost {cost}); without signing in, the most is {max}.',
  },
})
