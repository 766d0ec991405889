import type { Localized } from '@/site/i18n/localized'
import type { SeedIndicator } from './types'

const BISA = 'https://bisa.brussels'

/** Where every indicator's figures come from, named in full in each language. */
export const SOURCE: Localized = {
  nl: 'Brussels Instituut voor Statistiek en Analyse (BISA)',
  fr: 'Institut bruxellois de statistique et d’analyse (IBSA)',
  en: 'Brussels Institute for Statistics and Analysis (BISA)',
}

/** The evaluator, under both its names: the field is one text for every language. */
export const EVALUATOR = 'BISA / IBSA'

/** The note on a provisional figure. */
export const PROVISIONAL_NOTE: Localized = {
  nl: 'Voorlopig cijfer, wordt herzien wanneer de volledige gegevens binnen zijn.',
  fr: 'Chiffre provisoire, révisé lorsque les données complètes seront disponibles.',
  en: 'Provisional figure, revised once the full data are in.',
}

const years = (values: number[]) => values.map((value, i) => ({ year: 2019 + i, value }))

/** Six indicators on objectives of the current version; yearly values 2019–2026, the last two provisional. */
export const indicators: SeedIndicator[] = [
  {
    key: 'employment-rate',
    objective: '2.1',
    title: {
      nl: 'Werkzaamheidsgraad van 20- tot 64-jarigen',
      fr: 'Taux d’emploi des 20 à 64 ans',
      en: 'Employment rate of people aged 20 to 64',
    },
    slug: { nl: 'werkzaamheidsgraad-20-64', fr: 'taux-emploi-20-64', en: 'employment-rate-20-64' },
    description: {
      nl: 'Het aandeel van de Brusselaars tussen 20 en 64 jaar dat werk heeft.',
      fr: 'La part des Bruxellois de 20 à 64 ans qui ont un emploi.',
      en: 'The share of Brussels residents aged 20 to 64 who have a job.',
    },
    unit: 'percent',
    direction: 'higher',
    sourceUrl: BISA,
    baseline: { value: 61.7, date: '2019-06-30' },
    target: { value: 68, date: '2030-06-30' },
    series: years([61.7, 60.9, 61.3, 62.5, 63.0, 63.4, 63.9, 64.2]),
    provisional: 2,
    evaluations: [
      {
        date: '2025-03-14',
        note: {
          nl: 'Na de terugval van 2020 stijgt de werkzaamheidsgraad weer elk jaar. Aan dit tempo wordt de doelstelling voor 2030 niet gehaald: ze vraagt ongeveer drie kwart procentpunt per jaar, tegen minder dan een half nu.',
          fr: 'Après le recul de 2020, le taux d’emploi remonte chaque année. À ce rythme, l’objectif 2030 ne serait pas atteint : il demande environ trois quarts de point par an, contre moins d’un demi-point aujourd’hui.',
          en: 'After the dip of 2020, the employment rate rises every year. At this pace the 2030 target is missed: it needs about three quarters of a point a year, against less than half a point now.',
        },
      },
      {
        date: '2026-03-13',
        note: {
          nl: 'De stijging zet door, maar vooral bij hooggeschoolden. Voor wie geen diploma secundair onderwijs heeft, blijft de graad nagenoeg gelijk.',
          fr: 'La hausse se poursuit, mais surtout chez les diplômés de l’enseignement supérieur. Pour les personnes sans diplôme du secondaire, le taux reste presque inchangé.',
          en: 'The rise continues, but mainly among graduates. For people without a secondary-school diploma the rate is almost unchanged.',
        },
      },
    ],
  },
  {
    key: 'training-share',
    objective: '2.1',
    title: {
      nl: 'Aandeel werkzoekenden in opleiding',
      fr: 'Part des demandeurs d’emploi en formation',
      en: 'Share of jobseekers in training',
    },
    slug: { nl: 'werkzoekenden-in-opleiding', fr: 'demandeurs-emploi-en-formation', en: 'jobseekers-in-training' },
    description: {
      nl: 'Het aandeel van de ingeschreven werkzoekenden dat in de loop van het jaar een beroepsopleiding volgt.',
      fr: 'La part des demandeurs d’emploi inscrits qui suivent une formation professionnelle au cours de l’année.',
      en: 'The share of registered jobseekers who follow vocational training during the year.',
    },
    unit: 'percent',
    direction: 'higher',
    sourceUrl: BISA,
    baseline: { value: 11.5, date: '2019-06-30' },
    target: { value: 20, date: '2030-06-30' },
    series: years([11.5, 9.8, 12.1, 13.4, 14.2, 14.9, 15.3, 15.8]),
    provisional: 2,
    evaluations: [
      {
        date: '2026-03-13',
        note: {
          nl: 'Sinds 2021 stijgt het aandeel gestaag dankzij de extra opleidingsplaatsen. De stijging vertraagt sinds 2024; de wachtlijsten voor technische opleidingen blijven een rem.',
          fr: 'Depuis 2021, la part progresse régulièrement grâce aux places de formation supplémentaires. La hausse ralentit depuis 2024 ; les listes d’attente des formations techniques restent un frein.',
          en: 'Since 2021 the share has grown steadily thanks to the extra training places. Growth has slowed since 2024; waiting lists for technical courses remain a brake.',
        },
      },
    ],
  },
  {
    key: 'unemployment-rate',
    objective: '1.6',
    title: { nl: 'Werkloosheidsgraad', fr: 'Taux de chômage', en: 'Unemployment rate' },
    slug: { nl: 'werkloosheidsgraad', fr: 'taux-de-chomage', en: 'unemployment-rate' },
    description: {
      nl: 'Het aandeel werklozen in de Brusselse beroepsbevolking; het herstel na de crisis moet het duurzaam onder het niveau van vóór de crisis brengen.',
      fr: 'La part des chômeurs dans la population active bruxelloise ; la relance après la crise doit la ramener durablement sous son niveau d’avant la crise.',
      en: 'The share of unemployed people in the Brussels labour force; the recovery after the crisis should bring it durably below its pre-crisis level.',
    },
    unit: 'percent',
    direction: 'lower',
    sourceUrl: BISA,
    baseline: { value: 12.7, date: '2019-06-30' },
    target: { value: 9, date: '2030-06-30' },
    series: years([12.7, 12.4, 12.9, 11.8, 11.3, 11.1, 10.9, 10.8]),
    provisional: 2,
    evaluations: [
      {
        date: '2025-03-14',
        note: {
          nl: 'De werkloosheid ligt sinds 2022 onder het niveau van 2019. De daling wordt kleiner; de doelstelling vraagt nog ongeveer twee procentpunten.',
          fr: 'Le chômage est inférieur à son niveau de 2019 depuis 2022. La baisse se réduit ; l’objectif demande encore environ deux points.',
          en: 'Unemployment has been below its 2019 level since 2022. The fall is getting smaller; the target still needs about two points.',
        },
      },
    ],
  },
  {
    key: 'emissions',
    objective: '1.1',
    title: {
      nl: 'Directe uitstoot van broeikasgassen',
      fr: 'Émissions directes de gaz à effet de serre',
      en: 'Direct greenhouse-gas emissions',
    },
    slug: { nl: 'uitstoot-broeikasgassen', fr: 'emissions-gaz-effet-de-serre', en: 'greenhouse-gas-emissions' },
    description: {
      nl: 'De broeikasgassen die op het grondgebied van het gewest worden uitgestoten door gebouwen, vervoer en bedrijven, in ton CO₂-equivalent.',
      fr: 'Les gaz à effet de serre émis sur le territoire de la Région par les bâtiments, les transports et les entreprises, en tonnes équivalent CO₂.',
      en: 'The greenhouse gases emitted on the Region’s territory by buildings, transport and businesses, in tonnes of CO₂ equivalent.',
    },
    unit: 'tonne-co2e',
    direction: 'lower',
    sourceUrl: BISA,
    baseline: { value: 3_580_000, date: '2019-06-30' },
    target: { value: 2_150_000, date: '2030-06-30' },
    series: years([3_580_000, 3_150_000, 3_390_000, 3_200_000, 3_060_000, 2_980_000, 2_910_000, 2_850_000]),
    provisional: 2,
    evaluations: [
      {
        date: '2025-03-14',
        note: {
          nl: 'De daling van 2020 was grotendeels tijdelijk. Sinds 2022 daalt de uitstoot structureel, vooral door zuinigere gebouwen, maar te traag voor de doelstelling van 2030.',
          fr: 'La baisse de 2020 était surtout temporaire. Depuis 2022, les émissions baissent de façon structurelle, surtout grâce à des bâtiments plus économes, mais trop lentement pour l’objectif 2030.',
          en: 'The 2020 drop was mostly temporary. Since 2022 emissions have fallen structurally, mainly through more efficient buildings, but too slowly for the 2030 target.',
        },
      },
      {
        date: '2026-03-13',
        note: {
          nl: 'Om 2030 te halen moet de uitstoot jaarlijks met ongeveer 150 000 ton dalen, het dubbele van het huidige tempo.',
          fr: 'Pour atteindre l’objectif 2030, les émissions doivent baisser d’environ 150 000 tonnes par an, le double du rythme actuel.',
          en: 'To reach the 2030 target, emissions must fall by about 150,000 tonnes a year, twice the current pace.',
        },
      },
    ],
  },
  {
    key: 'circular-businesses',
    objective: '1.2',
    title: { nl: 'Ondersteunde circulaire ondernemingen', fr: 'Entreprises circulaires accompagnées', en: 'Circular businesses supported' },
    slug: { nl: 'circulaire-ondernemingen', fr: 'entreprises-circulaires', en: 'circular-businesses' },
    description: {
      nl: 'Het totale aantal ondernemingen dat sinds de start van het gewestelijk programma begeleiding of steun kreeg voor een circulair project.',
      fr: 'Le nombre total d’entreprises accompagnées ou soutenues pour un projet circulaire depuis le début du programme régional.',
      en: 'The total number of businesses coached or supported for a circular project since the regional programme began.',
    },
    unit: 'count',
    direction: 'higher',
    sourceUrl: BISA,
    baseline: { value: 120, date: '2019-06-30' },
    target: { value: 1000, date: '2030-06-30' },
    series: years([120, 190, 270, 360, 450, 540, 620, 700]),
    provisional: 2,
    evaluations: [
      {
        date: '2026-03-13',
        note: {
          nl: 'Elk jaar komen er ongeveer 85 ondernemingen bij. Dat volstaat om de doelstelling in 2030 te halen, op voorwaarde dat de begeleiding op hetzelfde niveau gefinancierd blijft.',
          fr: 'Environ 85 entreprises s’ajoutent chaque année. C’est suffisant pour atteindre l’objectif en 2030, à condition que l’accompagnement reste financé au même niveau.',
          en: 'About 85 businesses are added every year. That is enough to reach the target by 2030, provided the coaching stays funded at the same level.',
        },
      },
    ],
  },
  {
    key: 'cycle-routes',
    objective: '1.5',
    title: {
      nl: 'Lengte van de gewestelijke fietsroutes',
      fr: 'Longueur des itinéraires cyclables régionaux',
      en: 'Length of regional cycle routes',
    },
    slug: { nl: 'lengte-fietsroutes', fr: 'longueur-itineraires-cyclables', en: 'cycle-route-length' },
    description: {
      nl: 'Het aantal kilometer gewestelijke fietsroutes met een afgescheiden of duidelijk gemarkeerd fietspad.',
      fr: 'Le nombre de kilomètres d’itinéraires cyclables régionaux avec une piste séparée ou clairement marquée.',
      en: 'The number of kilometres of regional cycle routes with a separate or clearly marked cycle lane.',
    },
    unit: 'kilometre',
    direction: 'higher',
    sourceUrl: BISA,
    baseline: { value: 240, date: '2019-06-30' },
    target: { value: 480, date: '2030-06-30' },
    series: years([240, 262, 289, 305, 327, 341, 356, 372]),
    provisional: 2,
    evaluations: [
      {
        date: '2026-03-13',
        note: {
          nl: 'Het netwerk groeit met gemiddeld negentien kilometer per jaar. Om 2030 te halen zijn er ongeveer vijfentwintig per jaar nodig; de verbindingen naar de bedrijventerreinen lopen het meest achter.',
          fr: 'Le réseau s’allonge en moyenne de dix-neuf kilomètres par an. Il en faudrait environ vingt-cinq par an pour 2030 ; les liaisons vers les parcs d’activité sont les plus en retard.',
          en: 'The network grows by nineteen kilometres a year on average. About twenty-five a year are needed for 2030; the links to business parks lag furthest behind.',
        },
      },
    ],
  },
]
