import { defineMessages } from '@/site/i18n/define'

export const documentsMessages = defineMessages({
  nl: {
    documentsHeading: 'Documenten',
    documentsLead:
      'Strategieën, plannen, verslagen en beslissingen van de Gewestelijke Overheidsdienst Brussel, om te lezen of te downloaden.',
    filterDocuments: 'Documenten filteren',
    documentKind: 'Soort',
    documentYear: 'Jaar',
    documentLanguage: 'Taal',
    documentDate: 'Datum',
    documentCount: '{count} documenten',
    documentCountOne: '1 document',
    noDocuments: 'Geen documenten gevonden met deze filters.',
    badYear: 'Het jaar “{value}” bestaat niet in de lijst.',
    badKind: 'De soort “{value}” bestaat niet.',
    badLanguage: 'De taal “{value}” bestaat niet.',
    viewDocument: 'Het document bekijken ({language})',
    downloadDocument: 'Downloaden ({language})',
    fileFacts: 'PDF, {size}, {pages} pagina’s, {language}',
    fileFactsOnePage: 'PDF, {size}, 1 pagina, {language}',
    documentFiles: 'Het document',
    noFiles: 'Er is nog geen bestand voor dit document.',
    accessibleDocument: 'Dit document voldoet aan de toegankelijkheidseisen.',
    notAccessibleDocument: 'Dit document voldoet misschien niet volledig aan de toegankelijkheidseisen.',
    askAlternative: 'Vraag het in een andere vorm aan via het contactformulier',
    partOfStrategy: 'Hoort bij',
    lookBackHeading: 'Terugblik op de strategie',
    lookBackLead:
      'Sinds 2002 werken de Brusselse regering en de sociale partners met een gedeelde strategie voor economie en werk. Zo is ze gegroeid, van de nieuwste versie tot de eerste.',
    lookBackWhatHeading: 'Wat de strategie is',
    lookBackWhat:
      'Go4Brussels is het strategisch beleidsplan van de Brusselse regering. Het brengt haar initiatieven samen in één visie en geeft de partners gemeenschappelijke instrumenten om te sturen, op te volgen, overleg te plegen, te communiceren en te evalueren. De huidige versie steunt op het regeerakkoord 2019–2024.',
    lookBackPillars: 'Twee pijlers dragen de strategie:',
    lookBackPillarEconomy:
      'de Brusselse economie tegen 2030 laten omschakelen: alle sectoren koolstofvrij maken en meer steun geven aan de circulaire en regeneratieve economie, aan sociaal en democratisch ondernemen en aan de digitalisering;',
    lookBackPillarEmployment: 'het beleid voor werk en opleiding richten op kwalificaties en allianties tussen werk en leefmilieu steunen.',
    lookBackObjectives:
      'Daaruit volgen doelstellingen en beleidswerven rond economische transitie, werk en opleiding, mobiliteit en andere thema’s.',
    lookBackWhoHeading: 'Wie eraan werkt',
    lookBackPartners:
      'De strategie kwam tot stand in overleg met Brupartners, waar de sociale partners samenzitten: de werkgevers, de middenstand, de werkgevers van de social-profitsector en de werknemers van het Gewest. Over verschillende thema’s wordt ook overlegd met de Vlaamse en de Franstalige gemeenschap.',
    lookBackCarriedOut: 'Tientallen publieke en private partners voeren de maatregelen uit.',
    lookBackEvaluated: 'Het Brussels Instituut voor Statistiek en Analyse (BISA) evalueert ze.',
    lookBackFollowedUp:
      'De cel Ondersteuning Regeringsplannen van de GOB volgt ze administratief en operationeel op en valideert de voortgangsrapporten van de partners.',
    lookBackSummit:
      'Elk jaar komen de regering en Brupartners samen op de Sociale Top om de balans op te maken van de bereikte doelstellingen en de prioriteiten voor het volgende jaar te bepalen.',
    lookBackFollowUpLink: 'Hoe de maatregelen vandaag vorderen',
    lookBackSummitsLink: 'De Sociale Toppen en hun balans',
    lookBackVersionsHeading: 'De versies sinds 2002',
    period: 'Looptijd: {from}–{to}',
    periodFrom: 'Looptijd: vanaf {from}',
    externalSite: '{label} (externe website)',
    follows: 'Volgt op: {title}',
    followedBy: 'Gevolgd door: {title}',
  },
  fr: {
    documentsHeading: 'Documents',
    documentsLead: 'Stratégies, plans, rapports et décisions du Service public régional de Bruxelles, à lire ou à télécharger.',
    filterDocuments: 'Filtrer les documents',
    documentKind: 'Type',
    documentYear: 'Année',
    documentLanguage: 'Langue',
    documentDate: 'Date',
    documentCount: '{count} documents',
    documentCountOne: '1 document',
    noDocuments: 'Aucun document ne correspond à ces filtres.',
    badYear: 'L’année « {value} » n’existe pas dans la liste.',
    badKind: 'Le type « {value} » n’existe pas.',
    badLanguage: 'La langue « {value} » n’existe pas.',
    viewDocument: 'Voir le document ({language})',
    downloadDocument: 'Télécharger ({language})',
    fileFacts: 'PDF, {size}, {pages} pages, {language}',
    fileFactsOnePage: 'PDF, {size}, 1 page, {language}',
    documentFiles: 'Le document',
    noFiles: 'Il n’y a pas encore de fichier pour ce document.',
    accessibleDocument: 'Ce document respecte les exigences d’accessibilité.',
    notAccessibleDocument: 'Ce document ne respecte peut-être pas entièrement les exigences d’accessibilité.',
    askAlternative: 'Demandez-le dans un autre format via le formulaire de contact',
    partOfStrategy: 'Fait partie de',
    lookBackHeading: 'Rétrospective de la stratégie',
    lookBackLead:
      'Depuis 2002, le gouvernement bruxellois et les partenaires sociaux travaillent avec une stratégie commune pour l’économie et l’emploi. Voici comment elle a évolué, de la version la plus récente à la première.',
    lookBackWhatHeading: 'Ce qu’est la stratégie',
    lookBackWhat:
      'Go4Brussels est le plan stratégique du gouvernement bruxellois. Il réunit ses initiatives dans une même vision et donne aux partenaires des outils communs pour piloter, suivre, se concerter, communiquer et évaluer. La version actuelle s’appuie sur l’accord de gouvernement 2019–2024.',
    lookBackPillars: 'Deux piliers portent la stratégie :',
    lookBackPillarEconomy:
      'faire évoluer l’économie bruxelloise d’ici 2030 : décarboner tous les secteurs et soutenir davantage l’économie circulaire et régénérative, l’entrepreneuriat social et démocratique et la numérisation ;',
    lookBackPillarEmployment:
      'orienter les politiques d’emploi et de formation vers les qualifications et soutenir les alliances emploi-environnement.',
    lookBackObjectives:
      'Il en découle des objectifs et des chantiers sur la transition économique, l’emploi et la formation, la mobilité et d’autres thèmes.',
    lookBackWhoHeading: 'Qui y travaille',
    lookBackPartners:
      'La stratégie a été construite en concertation avec Brupartners, qui réunit les partenaires sociaux : les employeurs, les classes moyennes, les employeurs du non-marchand et les travailleurs de la Région. Une concertation a lieu aussi avec les communautés flamande et française sur plusieurs thèmes.',
    lookBackCarriedOut: 'Des dizaines de partenaires publics et privés mettent les mesures en œuvre.',
    lookBackEvaluated: 'L’Institut bruxellois de statistique et d’analyse (IBSA) les évalue.',
    lookBackFollowedUp:
      'La cellule d’appui aux plans gouvernementaux du SPRB en assure le suivi administratif et opérationnel et valide les rapports d’avancement des partenaires.',
    lookBackSummit:
      'Chaque année, le gouvernement et Brupartners se réunissent au Sommet social pour faire le bilan des objectifs atteints et fixer les priorités de l’année suivante.',
    lookBackFollowUpLink: 'Où en sont les mesures aujourd’hui',
    lookBackSummitsLink: 'Les Sommets sociaux et leur bilan',
    lookBackVersionsHeading: 'Les versions depuis 2002',
    period: 'Période : {from}–{to}',
    periodFrom: 'Période : à partir de {from}',
    externalSite: '{label} (site externe)',
    follows: 'Succède à : {title}',
    followedBy: 'Suivie par : {title}',
  },
  en: {
    documentsHeading: 'Documents',
    documentsLead: 'Strategies, plans, reports and decisions of the Brussels Regional Public Service, to read or download.',
    filterDocuments: 'Filter documents',
    documentKind: 'Type',
    documentYear: 'Year',
    documentLanguage: 'Language',
    documentDate: 'Date',
    documentCount: '{count} documents',
    documentCountOne: '1 document',
    noDocuments: 'No documents match these filters.',
    badYear: 'The year “{value}” is not in the list.',
    badKind: 'The type “{value}” does not exist.',
    badLanguage: 'The language “{value}” does not exist.',
    viewDocument: 'View the document ({language})',
    downloadDocument: 'Download ({language})',
    fileFacts: 'PDF, {size}, {pages} pages, {language}',
    fileFactsOnePage: 'PDF, {size}, 1 page, {language}',
    documentFiles: 'The document',
    noFiles: 'There is no file for this document yet.',
    accessibleDocument: 'This document meets accessibility requirements.',
    notAccessibleDocument: 'This document may not fully meet accessibility requirements.',
    askAlternative: 'Ask for it in another format through the contact form',
    partOfStrategy: 'Part of',
    lookBackHeading: 'Looking back on the strategy',
    lookBackLead:
      'Since 2002, the Brussels Government and the social partners have worked with a shared strategy for the economy and employment. This is how it grew, from the latest version back to the first.',
    lookBackWhatHeading: 'What the strategy is',
    lookBackWhat:
      'Go4Brussels is the Brussels Government’s strategic policy plan. It brings the Government’s initiatives together under one vision and gives the partners shared tools to steer, monitor, consult, communicate and evaluate. The current version rests on the 2019–2024 government agreement.',
    lookBackPillars: 'Two pillars carry the strategy:',
    lookBackPillarEconomy:
      'move the Brussels economy on by 2030: take carbon out of every sector and give more support to the circular and regenerative economy, to social and democratic entrepreneurship and to digitalisation;',
    lookBackPillarEmployment:
      'focus employment and training policies on qualifications, and support alliances between employment and the environment.',
    lookBackObjectives:
      'From these follow objectives and policy worksites on the economic transition, employment and training, mobility and other subjects.',
    lookBackWhoHeading: 'Who works on it',
    lookBackPartners:
      'The strategy was drawn up in consultation with Brupartners, where the social partners meet: the Region’s employers, self-employed, non-profit employers and workers. Several subjects are also discussed with the Flemish and French-speaking communities.',
    lookBackCarriedOut: 'Dozens of public and private partners carry out the measures.',
    lookBackEvaluated: 'The Brussels Institute for Statistics and Analysis (BISA) evaluates them.',
    lookBackFollowedUp:
      'The government plans support cell of the Brussels Regional Public Service follows them up, administratively and operationally, and validates the partners’ progress reports.',
    lookBackSummit:
      'Every year the Government and Brupartners meet at the Social Summit to take stock of the objectives achieved and set the priorities for the next year.',
    lookBackFollowUpLink: 'How the measures are progressing today',
    lookBackSummitsLink: 'The Social Summits and the stock they took',
    lookBackVersionsHeading: 'The versions since 2002',
    period: 'Period: {from}–{to}',
    periodFrom: 'Period: from {from}',
    externalSite: '{label} (external website)',
    follows: 'Follows: {title}',
    followedBy: 'Followed by: {title}',
  },
})

/** Why an uploaded PDF is refused, said to the person who uploaded it in their language. */
export const pdfProblems = defineMessages({
  nl: {
    'not-pdf': 'Dit bestand is geen PDF, wat de naam ook zegt.',
    encrypted:
      'Deze PDF is met een wachtwoord beveiligd: niet iedereen kan hem openen en hij kan niet doorzocht worden. Upload een versie zonder beveiliging.',
    broken: 'Deze PDF is beschadigd en kan niet gelezen worden.',
  },
  fr: {
    'not-pdf': 'Ce fichier n’est pas un PDF, quel que soit son nom.',
    encrypted:
      'Ce PDF est protégé par un mot de passe : tout le monde ne peut pas l’ouvrir et il ne peut pas être indexé. Chargez une version sans protection.',
    broken: 'Ce PDF est endommagé et ne peut pas être lu.',
  },
  en: {
    'not-pdf': 'This file is not a PDF, whatever its name says.',
    encrypted: 'This PDF is password-protected: not everyone can open it and it cannot be searched. Upload a version without protection.',
    broken: 'This PDF is damaged and cannot be read.',
  },
})
