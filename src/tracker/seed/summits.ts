import type { SeedSummit } from './types'

const participants = (year: number): SeedSummit['participants'] => ({
  nl: [
    'De minister-president en de ministers van de Brusselse Hoofdstedelijke Regering',
    'Brupartners: de werkgeversorganisaties en de organisaties van zelfstandigen',
    'Brupartners: de werkgevers uit de non-profit',
    'Brupartners: de werknemersorganisaties',
    'De cel ondersteuning regeringsplannen van de GOB',
    `Het BISA, voor de evaluatie ${year}`,
  ],
  fr: [
    'Le ministre-président et les ministres du Gouvernement de la Région de Bruxelles-Capitale',
    'Brupartners : les organisations d’employeurs et d’indépendants',
    'Brupartners : les employeurs du non-marchand',
    'Brupartners : les organisations de travailleurs',
    'La cellule d’appui aux plans gouvernementaux du SPRB',
    `L’IBSA, pour l’évaluation ${year}`,
  ],
  en: [
    'The Minister-President and the ministers of the Brussels-Capital Region Government',
    'Brupartners: the employers’ and self-employed organisations',
    'Brupartners: the non-profit employers',
    'Brupartners: the workers’ organisations',
    'The government-plans support cell of the Brussels Regional Public Service',
    `BISA, for the ${year} evaluation`,
  ],
})

/**
 * Two Social Summits of the demo. Their priorities overlap in part (1.1 and 2.1 stay, 1.5 and 1.6
 * give way to 2.2 and 2.3), so comparing them shows what was added and dropped.
 */
export const summits: SeedSummit[] = [
  {
    year: 2025,
    date: '2025-10-16',
    title: { nl: 'Sociale Top 2025', fr: 'Sommet social 2025', en: 'Social Summit 2025' },
    summary: {
      nl: 'De regering en Brupartners maakten de balans op van Go4Brussels 2030 op basis van de gevalideerde rapporten tot eind juni 2025. De herstelleningen na de coronacrisis zijn volledig toegekend; het hergebruik van bouwmaterialen, de plaatsen voor duaal leren en de diversiteitsplannen zijn in gevaar.',
      fr: 'Le gouvernement et Brupartners ont fait le bilan de Go4Brussels 2030 sur la base des rapports validés jusqu’à fin juin 2025. Les prêts de relance après la crise du coronavirus sont entièrement attribués ; le réemploi des matériaux de construction, les places en alternance et les plans de diversité sont à risque.',
      en: 'The Government and Brupartners took stock of Go4Brussels 2030 from the reports validated up to the end of June 2025. The recovery loans after the COVID crisis are fully allocated; the reuse of building materials, work-based learning places and diversity plans are at risk.',
    },
    participants: participants(2025),
    priorities: [
      {
        objective: '1.1',
        text: {
          nl: 'De renovatie van bedrijfsgebouwen versnellen: het loket beter bekendmaken en de vergunningen sneller afleveren.',
          fr: 'Accélérer la rénovation des bâtiments d’entreprise : mieux faire connaître le guichet et délivrer les permis plus vite.',
          en: 'Speed up the renovation of business premises: make the one-stop shop better known and issue permits faster.',
        },
      },
      {
        objective: '2.1',
        text: {
          nl: 'Meer opleidingsplaatsen voor knelpuntberoepen openen, met voorrang voor zorg en techniek.',
          fr: 'Ouvrir davantage de places de formation aux métiers en pénurie, en priorité dans les soins et la technique.',
          en: 'Open more training places for shortage occupations, care and technical trades first.',
        },
      },
      {
        objective: '1.5',
        text: {
          nl: 'De werkgebieden beter bereikbaar maken: de fietsroutes doortrekken en de vergunningen voor de tramlijnen afronden.',
          fr: 'Mieux desservir les zones d’emploi : prolonger les itinéraires cyclables et finaliser les permis des lignes de tram.',
          en: 'Improve access to employment areas: extend the cycle routes and complete the permits for the tram lines.',
        },
      },
      {
        objective: '1.6',
        text: {
          nl: 'De herstelmaatregelen afronden en zelfstandigen die opnieuw beginnen blijven begeleiden.',
          fr: 'Clôturer les mesures de relance et continuer d’accompagner les indépendants qui redémarrent.',
          en: 'Close the recovery measures and keep supporting self-employed people who start again.',
        },
      },
    ],
  },
  {
    year: 2026,
    date: '2026-10-15',
    title: { nl: 'Sociale Top 2026', fr: 'Sommet social 2026', en: 'Social Summit 2026' },
    summary: {
      nl: 'Op basis van de gevalideerde rapporten tot eind juni 2026 stelden de regering en Brupartners vast dat nog twee maatregelen afgerond zijn en één stopgezet, en dat de tramverlenging en het hergebruik van bouwmaterialen vertraging oplopen. De nadruk verschuift naar groene jobs en talenkennis.',
      fr: 'Sur la base des rapports validés jusqu’à fin juin 2026, le gouvernement et Brupartners ont constaté que deux mesures de plus sont terminées et une arrêtée, et que le prolongement du tram et le réemploi des matériaux de construction prennent du retard. L’accent se déplace vers les emplois verts et les langues.',
      en: 'From the reports validated up to the end of June 2026, the Government and Brupartners found two more measures complete and one stopped, and the tram extension and the reuse of building materials running late. The focus shifts to green jobs and language skills.',
    },
    participants: participants(2026),
    priorities: [
      {
        objective: '1.1',
        text: {
          nl: 'De klimaatvoorwaarden voor economische steun eenvoudiger maken voor kleine bedrijven en ze in 2027 invoeren.',
          fr: 'Simplifier les conditions climatiques des aides économiques pour les petites entreprises et les appliquer en 2027.',
          en: 'Simplify the climate conditions for economic support for small businesses and bring them in during 2027.',
        },
      },
      {
        objective: '2.1',
        text: {
          nl: 'Opleiders voor techniek en bouw aanwerven, zodat de extra opleidingsplaatsen ook echt opengaan.',
          fr: 'Recruter des formateurs en technique et en construction, pour que les places de formation supplémentaires ouvrent vraiment.',
          en: 'Hire trainers for technical trades and construction, so the extra training places actually open.',
        },
      },
      {
        objective: '2.2',
        text: {
          nl: 'Renovatieopleidingen koppelen aan de werven van het renovatieloket, met een job aan het einde van het traject.',
          fr: 'Relier les formations à la rénovation aux chantiers du guichet rénovation, avec un emploi au bout du parcours.',
          en: 'Link renovation training to the works of the renovation one-stop shop, with a job at the end of the course.',
        },
      },
      {
        objective: '2.3',
        text: {
          nl: 'De taallessen op de werkvloer in alle sectoren aanbieden vanaf 2027.',
          fr: 'Proposer les cours de langues sur le lieu de travail dans tous les secteurs à partir de 2027.',
          en: 'Offer workplace language lessons in every sector from 2027.',
        },
      },
    ],
  },
]
