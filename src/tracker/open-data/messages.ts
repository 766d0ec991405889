import { defineMessages } from '@/site/i18n/define'

/** The open data page: what the follow-up's datasets hold, in words for readers who are not developers. */
export const openDataMessages = defineMessages({
  nl: {
    openDataHeading: 'Open data',
    openDataLead:
      'De cijfers van de opvolging van de strategie zijn open data: u mag ze downloaden, hergebruiken en verspreiden, ook voor commerciële doeleinden, als u de bron vermeldt.',
    openDataSets: 'Wat u kunt downloaden',
    openDataSetsLead:
      'Elke dataset bestaat in twee formaten met dezelfde inhoud: CSV en JSON. Teksten staan erin in het Nederlands, het Frans en het Engels.',
    openDataPlan: 'De strategie en haar vooruitgang',
    openDataPlanText:
      'Alle pijlers, doelstellingen, beleidswerven en maatregelen van een versie van de strategie, elk met de berekende vooruitgang en het aantal maatregelen per stand van zaken. Eén rij per onderdeel.',
    openDataPlanVersion: 'Versie {year}',
    openDataReports: 'Gevalideerde voortgangsrapporten',
    openDataReportsText:
      'Wat de partners per periode over elke maatregel rapporteren: stand van zaken, percentage en toelichting. Alleen rapporten die de opvolgingscel gevalideerd heeft; één rij per rapport.',
    openDataIndicators: 'Indicatoren',
    openDataIndicatorsText:
      'Elke indicator met uitgangswaarde, streefwaarde, laatste waarde, afstand tot de streefwaarde en trend. De volledige reeks van één indicator downloadt u op de pagina van die indicator.',
    openDataSummits: 'Sociale Toppen',
    openDataSummitsText:
      'Elke jaarlijkse Sociale Top met de balans die toen werd opgemaakt en de afgesproken prioriteiten. Wat één top precies vastlegde, downloadt u op de pagina van die top.',
    openDataPartners: 'Partners',
    openDataPartnersText: 'De organisaties die maatregelen uitvoeren, met hun maatregelen en hun rol daarin.',
    openDataSeeAll: 'Alle indicatoren',
    openDataSeeSummits: 'Alle Sociale Toppen',
    openDataFormats: 'De formaten',
    openDataCsv:
      'CSV opent u met een rekenblad zoals LibreOffice Calc of Excel: één rij per element, kolommen gescheiden door komma’s, in UTF-8. Een tekst in drie talen staat in drie kolommen die eindigen op _nl, _fr en _en.',
    openDataJson: 'JSON is bedoeld voor programma’s en ontwikkelaars: dezelfde gegevens, met de teksten per taal gegroepeerd.',
    openDataFreshness: 'Hoe actueel de gegevens zijn',
    openDataFreshnessText:
      'De datasets worden niet op vaste tijden gepubliceerd: ze veranderen meteen wanneer de opvolgingscel een rapport valideert of de strategie wijzigt, net als de pagina’s van de opvolging. Elk JSON-bestand vermeldt wanneer het laatst veranderde (updatedAt).',
    openDataLicence: 'Licentie',
    openDataLicenceText:
      'Alle datasets vallen onder de licentie Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0). U mag ze kopiëren, bewerken en verspreiden, ook commercieel, op voorwaarde dat u de bron vermeldt.',
    openDataLicenceLink: 'De licentie CC BY 4.0 lezen',
    openDataCite: 'Zo vermeldt u de bron',
    openDataCiteLead: 'Vermeld de organisatie, de dataset, het adres en de dag waarop u de gegevens ophaalde, bijvoorbeeld:',
    openDataCiteExample:
      'Bron: {organisation}, opvolging van de strategie, gevalideerde voortgangsrapporten, {url}, geraadpleegd op [datum].',
    openDataCatalogue: 'De catalogus (DCAT-AP)',
    openDataCatalogueText:
      'Een lijst van alle datasets met hun beschrijving, licentie, formaten en datum van laatste wijziging, volgens de Europese standaard DCAT-AP, zodat open-dataportalen ze automatisch kunnen overnemen.',
    openDataCatalogueLink: 'De catalogus in JSON-LD',
    openDataApi: 'Voor ontwikkelaars: de API (OpenAPI)',
    openDataApiText:
      'Elk adres, de vorm van elk antwoord en de betekenis van elk veld staan in een OpenAPI-beschrijving. U hebt geen sleutel nodig; elk adres geeft altijd het volledige bestand.',
    openDataApiLink: 'De OpenAPI-beschrijving',
    openDataQuestions: 'Een vraag over de gegevens of een fout gevonden? Laat het ons weten via het contactformulier.',
    openDataContact: 'Naar het contactformulier',
  },
  fr: {
    openDataHeading: 'Données ouvertes',
    openDataLead:
      'Les chiffres du suivi de la stratégie sont des données ouvertes : vous pouvez les télécharger, les réutiliser et les diffuser, y compris à des fins commerciales, en citant la source.',
    openDataSets: 'Ce que vous pouvez télécharger',
    openDataSetsLead:
      'Chaque jeu de données existe en deux formats au contenu identique : CSV et JSON. Les textes y figurent en néerlandais, en français et en anglais.',
    openDataPlan: 'La stratégie et son avancement',
    openDataPlanText:
      'Tous les piliers, objectifs, chantiers et mesures d’une version de la stratégie, chacun avec l’avancement calculé et le nombre de mesures par état. Une ligne par élément.',
    openDataPlanVersion: 'Version {year}',
    openDataReports: 'Rapports d’avancement validés',
    openDataReportsText:
      'Ce que les partenaires rapportent par période sur chaque mesure : état, pourcentage et compte rendu. Uniquement les rapports validés par la cellule de suivi ; une ligne par rapport.',
    openDataIndicators: 'Indicateurs',
    openDataIndicatorsText:
      'Chaque indicateur avec sa valeur de départ, sa valeur cible, sa dernière valeur, la distance à la cible et la tendance. La série complète d’un indicateur se télécharge sur la page de cet indicateur.',
    openDataSummits: 'Sommets sociaux',
    openDataSummitsText:
      'Chaque Sommet social annuel avec le bilan établi ce jour-là et les priorités convenues. Ce qu’un sommet a figé se télécharge sur la page de ce sommet.',
    openDataPartners: 'Partenaires',
    openDataPartnersText: 'Les organisations qui mettent en œuvre des mesures, avec leurs mesures et leur rôle dans chacune.',
    openDataSeeAll: 'Tous les indicateurs',
    openDataSeeSummits: 'Tous les Sommets sociaux',
    openDataFormats: 'Les formats',
    openDataCsv:
      'Le CSV s’ouvre dans un tableur comme LibreOffice Calc ou Excel : une ligne par élément, colonnes séparées par des virgules, en UTF-8. Un texte en trois langues occupe trois colonnes qui se terminent par _nl, _fr et _en.',
    openDataJson: 'Le JSON est destiné aux programmes et aux développeurs : les mêmes données, avec les textes regroupés par langue.',
    openDataFreshness: 'La fraîcheur des données',
    openDataFreshnessText:
      'Les jeux de données ne sont pas publiés à heure fixe : ils changent dès que la cellule de suivi valide un rapport ou que la stratégie est modifiée, comme les pages du suivi. Chaque fichier JSON indique quand il a changé pour la dernière fois (updatedAt).',
    openDataLicence: 'Licence',
    openDataLicenceText:
      'Tous les jeux de données sont publiés sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0). Vous pouvez les copier, les modifier et les diffuser, y compris commercialement, à condition de citer la source.',
    openDataLicenceLink: 'Lire la licence CC BY 4.0',
    openDataCite: 'Comment citer la source',
    openDataCiteLead: 'Mentionnez l’organisation, le jeu de données, l’adresse et le jour où vous avez obtenu les données, par exemple :',
    openDataCiteExample: 'Source : {organisation}, suivi de la stratégie, rapports d’avancement validés, {url}, consulté le [date].',
    openDataCatalogue: 'Le catalogue (DCAT-AP)',
    openDataCatalogueText:
      'La liste de tous les jeux de données avec leur description, leur licence, leurs formats et leur date de dernière modification, selon le standard européen DCAT-AP, pour que les portails de données ouvertes puissent les reprendre automatiquement.',
    openDataCatalogueLink: 'Le catalogue en JSON-LD',
    openDataApi: 'Pour les développeurs : l’API (OpenAPI)',
    openDataApiText:
      'Chaque adresse, la forme de chaque réponse et le sens de chaque champ sont décrits en OpenAPI. Aucune clé n’est nécessaire ; chaque adresse renvoie toujours le fichier complet.',
    openDataApiLink: 'La description OpenAPI',
    openDataQuestions: 'Une question sur les données ou une erreur à signaler ? Faites-le-nous savoir par le formulaire de contact.',
    openDataContact: 'Vers le formulaire de contact',
  },
  en: {
    openDataHeading: 'Open data',
    openDataLead:
      'The figures of the strategy follow-up are open data: you may download, reuse and share them, commercially too, as long as you credit the source.',
    openDataSets: 'What you can download',
    openDataSetsLead:
      'Every dataset comes in two formats with the same content: CSV and JSON. Texts are given in Dutch, French and English.',
    openDataPlan: 'The strategy and its progress',
    openDataPlanText:
      'Every pillar, objective, policy worksite and measure of a version of the strategy, each with its computed progress and the number of measures by status. One row per item.',
    openDataPlanVersion: 'Version {year}',
    openDataReports: 'Validated progress reports',
    openDataReportsText:
      'What partners report on each measure, period by period: status, percentage and account. Only reports validated by the follow-up cell; one row per report.',
    openDataIndicators: 'Indicators',
    openDataIndicatorsText:
      'Every indicator with its baseline, target, latest value, distance to the target and trend. The full series of one indicator can be downloaded from that indicator’s page.',
    openDataSummits: 'Social Summits',
    openDataSummitsText:
      'Every yearly Social Summit with the stock it took of the strategy that day and the priorities agreed. What one summit recorded can be downloaded from that summit’s page.',
    openDataPartners: 'Partners',
    openDataPartnersText: 'The organisations carrying out measures, with their measures and their role in each.',
    openDataSeeAll: 'All indicators',
    openDataSeeSummits: 'All Social Summits',
    openDataFormats: 'The formats',
    openDataCsv:
      'CSV opens in a spreadsheet such as LibreOffice Calc or Excel: one row per element, columns separated by commas, in UTF-8. A text in three languages takes three columns ending in _nl, _fr and _en.',
    openDataJson: 'JSON is meant for programs and developers: the same data, with the texts grouped by language.',
    openDataFreshness: 'How up to date the data are',
    openDataFreshnessText:
      'The datasets are not published on a timetable: they change as soon as the follow-up cell validates a report or the strategy is changed, just like the follow-up pages. Every JSON file says when it last changed (updatedAt).',
    openDataLicence: 'Licence',
    openDataLicenceText:
      'Every dataset is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You may copy, adapt and share it, commercially too, provided you credit the source.',
    openDataLicenceLink: 'Read the CC BY 4.0 licence',
    openDataCite: 'How to credit the source',
    openDataCiteLead: 'Give the organisation, the dataset, the address and the day you retrieved the data, for example:',
    openDataCiteExample: 'Source: {organisation}, strategy follow-up, validated progress reports, {url}, retrieved on [date].',
    openDataCatalogue: 'The catalogue (DCAT-AP)',
    openDataCatalogueText:
      'A list of every dataset with its description, licence, formats and date of last change, following the European DCAT-AP standard, so that open data portals can take them over automatically.',
    openDataCatalogueLink: 'The catalogue in JSON-LD',
    openDataApi: 'For developers: the API (OpenAPI)',
    openDataApiText:
      'Every address, the shape of every answer and the meaning of every field are described in OpenAPI. No key is needed; every address always returns the complete file.',
    openDataApiLink: 'The OpenAPI description',
    openDataQuestions: 'A question about the data, or a mistake to report? Let us know through the contact form.',
    openDataContact: 'Go to the contact form',
  },
})
