import type { SeedPlanItem } from './types'

/**
 * Go4Brussels 2030 as it stood in 2020: the two pillars and their objectives. The 2021 update set
 * each objective out in policy worksites and measures (the lineage in `lineage.ts` says so).
 */
export const previousPlan: SeedPlanItem[] = [
  {
    code: '1',
    title: {
      nl: 'De Brusselse economie tegen 2030 in transitie brengen',
      fr: 'Engager la transition de l’économie bruxelloise d’ici 2030',
      en: 'Move the Brussels economy into transition by 2030',
    },
    description: {
      nl: 'Een koolstofarme, circulaire en digitale economie die jobs voor Brusselaars schept.',
      fr: 'Une économie bas carbone, circulaire et numérique qui crée des emplois pour les Bruxellois.',
      en: 'A low-carbon, circular and digital economy that creates jobs for the people of Brussels.',
    },
  },
  { code: '1.1', title: { nl: 'Alle sectoren koolstofarm maken', fr: 'Décarboner tous les secteurs', en: 'Decarbonise every sector' } },
  {
    code: '1.2',
    title: { nl: 'De circulaire economie steunen', fr: 'Soutenir l’économie circulaire', en: 'Support the circular economy' },
  },
  {
    code: '1.3',
    title: { nl: 'Sociaal ondernemerschap stimuleren', fr: 'Stimuler l’entrepreneuriat social', en: 'Encourage social entrepreneurship' },
  },
  { code: '1.4', title: { nl: 'Ondernemingen digitaliseren', fr: 'Numériser les entreprises', en: 'Digitalise businesses' } },
  {
    code: '1.5',
    title: { nl: 'Werkgebieden bereikbaar maken', fr: 'Rendre les zones d’emploi accessibles', en: 'Make employment areas easy to reach' },
  },
  {
    code: '2',
    title: {
      nl: 'Werk en opleiding gericht op kwalificaties',
      fr: 'Emploi et formation axés sur les qualifications',
      en: 'Employment and training focused on qualifications',
    },
    description: {
      nl: 'Beleid voor werk en opleiding dat Brusselaars een erkende kwalificatie geeft.',
      fr: 'Des politiques d’emploi et de formation qui donnent aux Bruxellois une qualification reconnue.',
      en: 'Employment and training policies that give Brussels residents a recognised qualification.',
    },
  },
  {
    code: '2.1',
    title: { nl: 'Meer werkzoekenden kwalificeren', fr: 'Qualifier davantage de demandeurs d’emploi', en: 'Qualify more jobseekers' },
  },
  {
    code: '2.2',
    title: { nl: 'Allianties werk-leefmilieu', fr: 'Alliances emploi-environnement', en: 'Employment–environment alliances' },
  },
  { code: '2.3', title: { nl: 'Talenkennis voor werk', fr: 'Connaissance des langues pour l’emploi', en: 'Language skills for work' } },
  {
    code: '2.4',
    title: {
      nl: 'Discriminatie bij aanwerving bestrijden',
      fr: 'Lutter contre les discriminations à l’embauche',
      en: 'Fight discrimination in hiring',
    },
  },
]

/** A measure of the plan: its code, and weight 1 unless the entry says otherwise. */
const measure = (code: string, item: Omit<SeedPlanItem, 'code'>): SeedPlanItem => ({ code, weight: 1, ...item })

/**
 * The 2021 update of Go4Brussels 2030, in full: 2 pillars, 10 objectives (1.6 is new in this
 * version), 15 policy worksites and 32 measures. Written for the demo; not the official text.
 */
export const currentPlan: SeedPlanItem[] = [
  // Pillar 1
  {
    code: '1',
    title: {
      nl: 'Transitie van de Brusselse economie tegen 2030',
      fr: 'Transition de l’économie bruxelloise d’ici 2030',
      en: 'Transition of the Brussels economy by 2030',
    },
    description: {
      nl: 'Alle sectoren koolstofarm maken en de circulaire en regeneratieve economie, het sociaal en democratisch ondernemerschap en de digitalisering sterker steunen, met oog voor herstel na de coronacrisis.',
      fr: 'Décarboner tous les secteurs et soutenir davantage l’économie circulaire et régénérative, l’entrepreneuriat social et démocratique et la numérisation, en tenant compte de la relance après la crise du coronavirus.',
      en: 'Decarbonise every sector and give more support to the circular and regenerative economy, social and democratic entrepreneurship and digitalisation, with an eye on the recovery after the COVID crisis.',
    },
    themes: ['economy-employment', 'environment-climate'],
  },
  {
    code: '1.1',
    title: {
      nl: 'De Brusselse economie koolstofarm maken',
      fr: 'Décarboner l’économie bruxelloise',
      en: 'Decarbonise the Brussels economy',
    },
    description: {
      nl: 'Minder uitstoot van gebouwen, bedrijven en bedrijventerreinen, met hulp bij de investeringen die daarvoor nodig zijn.',
      fr: 'Moins d’émissions des bâtiments, des entreprises et des zones d’activité, avec une aide aux investissements nécessaires.',
      en: 'Lower emissions from buildings, businesses and business parks, with help for the investments this takes.',
    },
    themes: ['environment-climate', 'economy-employment'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '1.1.1',
    title: { nl: 'Renovatie van bedrijfsgebouwen', fr: 'Rénovation des bâtiments d’entreprise', en: 'Renovation of business premises' },
    description: {
      nl: 'Kmo’s helpen hun gebouwen zuiniger te maken.',
      fr: 'Aider les PME à rendre leurs bâtiments plus économes.',
      en: 'Help SMEs make their buildings use less energy.',
    },
  },
  measure('1.1.1.1', {
    title: {
      nl: 'Eén loket voor de energierenovatie van kmo’s',
      fr: 'Un guichet unique pour la rénovation énergétique des PME',
      en: 'One-stop shop for the energy renovation of SMEs',
    },
    description: {
      nl: 'Advies, premies en vergunningen voor een renovatie op één plek, met een vaste contactpersoon.',
      fr: 'Conseils, primes et permis pour une rénovation en un seul endroit, avec un interlocuteur unique.',
      en: 'Advice, grants and permits for a renovation in one place, with a single contact person.',
    },
    themes: ['environment-climate', 'economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'environment', role: 'lead' },
      { partner: 'hub', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2027-12-31',
  }),
  measure('1.1.1.2', {
    title: {
      nl: 'Renovatiepremies gekoppeld aan een energieaudit',
      fr: 'Primes à la rénovation liées à un audit énergétique',
      en: 'Renovation grants linked to an energy audit',
    },
    description: {
      nl: 'Een premie voor bedrijfsgebouwen wordt hoger wanneer de werken de aanbevelingen van een energieaudit volgen.',
      fr: 'La prime pour les bâtiments d’entreprise augmente lorsque les travaux suivent les recommandations d’un audit énergétique.',
      en: 'The grant for business premises is higher when the works follow the recommendations of an energy audit.',
    },
    themes: ['environment-climate', 'housing'],
    leadAdministration: 'housing',
    partners: [
      { partner: 'environment', role: 'lead' },
      { partner: 'citydev', role: 'contributor' },
    ],
    startDate: '2023-01-01',
    dueDate: '2028-12-31',
  }),
  {
    code: '1.1.2',
    title: { nl: 'Koolstofarme bedrijventerreinen', fr: 'Zones d’activité bas carbone', en: 'Low-carbon business parks' },
    description: {
      nl: 'Hernieuwbare energie en groene financiering voor de bedrijven op gewestelijke terreinen.',
      fr: 'Énergie renouvelable et financement vert pour les entreprises des zones régionales.',
      en: 'Renewable energy and green finance for the companies in regional business parks.',
    },
  },
  measure('1.1.2.1', {
    title: {
      nl: 'Zonnepanelen op de daken van de bedrijventerreinen',
      fr: 'Des panneaux solaires sur les toits des parcs d’activité',
      en: 'Solar panels on the roofs of business parks',
    },
    description: {
      nl: 'De daken van de bedrijfsgebouwen van citydev.brussels worden gebruikt voor zonne-energie die de bedrijven ter plaatse verbruiken.',
      fr: 'Les toits des bâtiments d’entreprise de citydev.brussels produisent de l’énergie solaire consommée sur place par les entreprises.',
      en: 'The roofs of citydev.brussels business buildings produce solar power used on site by the companies.',
    },
    themes: ['environment-climate'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'citydev', role: 'lead' },
      { partner: 'environment', role: 'contributor' },
    ],
    startDate: '2022-06-01',
    dueDate: '2026-06-30',
  }),
  measure('1.1.2.2', {
    title: {
      nl: 'Groene leningen voor energie-investeringen van kmo’s',
      fr: 'Des prêts verts pour les investissements énergétiques des PME',
      en: 'Green loans for SMEs’ energy investments',
    },
    description: {
      nl: 'Leningen tegen een lage rente voor isolatie, warmtepompen en zuinige machines.',
      fr: 'Des prêts à taux réduit pour l’isolation, les pompes à chaleur et les machines économes.',
      en: 'Low-interest loans for insulation, heat pumps and efficient machinery.',
    },
    themes: ['environment-climate', 'economy-employment'],
    leadAdministration: 'finance-budget',
    partners: [
      { partner: 'finance-invest', role: 'lead' },
      { partner: 'hub', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2029-12-31',
  }),
  measure('1.1.2.3', {
    title: {
      nl: 'Klimaatvoorwaarden voor de economische steun',
      fr: 'Des conditions climatiques pour les aides économiques',
      en: 'Climate conditions for economic support',
    },
    description: {
      nl: 'De gewestelijke steun aan bedrijven houdt rekening met hun uitstoot en hun plannen om die te verminderen.',
      fr: 'Les aides régionales aux entreprises tiennent compte de leurs émissions et de leurs plans pour les réduire.',
      en: 'Regional support to companies takes account of their emissions and their plans to cut them.',
    },
    themes: ['environment-climate', 'economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'hub', role: 'lead' },
      { partner: 'environment', role: 'contributor' },
      { partner: 'brupartners', role: 'contributor' },
    ],
    startDate: '2023-01-01',
    dueDate: '2027-06-30',
    weight: 2,
  }),
  {
    code: '1.2',
    title: {
      nl: 'De circulaire en regeneratieve economie steunen',
      fr: 'Soutenir l’économie circulaire et régénérative',
      en: 'Support the circular and regenerative economy',
    },
    description: {
      nl: 'Grondstoffen langer gebruiken, lokaal herstellen en hergebruiken, en onderzoek naar een economie die de natuur herstelt.',
      fr: 'Utiliser les matières plus longtemps, réparer et réemployer localement, et soutenir la recherche pour une économie qui régénère la nature.',
      en: 'Keep materials in use longer, repair and reuse locally, and back research into an economy that restores nature.',
    },
    themes: ['environment-climate', 'economy-employment'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '1.2.1',
    title: {
      nl: 'Gewestelijk programma voor de circulaire economie',
      fr: 'Programme régional d’économie circulaire',
      en: 'Regional circular economy programme',
    },
    description: {
      nl: 'Begeleiding, ruimte en materialen voor circulaire ondernemers.',
      fr: 'Accompagnement, espaces et matériaux pour les entrepreneurs circulaires.',
      en: 'Coaching, space and materials for circular entrepreneurs.',
    },
  },
  measure('1.2.1.1', {
    title: {
      nl: 'Begeleiding van circulaire starters',
      fr: 'Accompagnement des jeunes entreprises circulaires',
      en: 'Coaching for circular start-ups',
    },
    description: {
      nl: 'Een traject van coaching en projectoproepen voor starters die herstellen, hergebruiken of delen.',
      fr: 'Un parcours de coaching et des appels à projets pour les jeunes entreprises qui réparent, réemploient ou partagent.',
      en: 'A coaching track and calls for projects for start-ups that repair, reuse or share.',
    },
    themes: ['economy-employment', 'environment-climate'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'hub', role: 'lead' },
      { partner: 'innoviris', role: 'contributor' },
    ],
    startDate: '2021-09-01',
    dueDate: '2028-12-31',
  }),
  measure('1.2.1.2', {
    title: {
      nl: 'Hergebruik van bouwmaterialen op openbare werven',
      fr: 'Réemploi des matériaux de construction sur les chantiers publics',
      en: 'Reuse of building materials on public sites',
    },
    description: {
      nl: 'Openbare bouwheren nemen in hun opdrachten een aandeel hergebruikte materialen op.',
      fr: 'Les maîtres d’ouvrage publics prévoient une part de matériaux de réemploi dans leurs marchés.',
      en: 'Public clients include a share of reused materials in their contracts.',
    },
    themes: ['environment-climate', 'housing'],
    leadAdministration: 'housing',
    partners: [
      { partner: 'environment', role: 'lead' },
      { partner: 'citydev', role: 'contributor' },
      { partner: 'perspective', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2026-12-31',
  }),
  measure('1.2.1.3', {
    title: {
      nl: 'Productieve ruimtes voor herstel- en hergebruikateliers',
      fr: 'Des espaces productifs pour les ateliers de réparation et de réemploi',
      en: 'Productive space for repair and reuse workshops',
    },
    description: {
      nl: 'Betaalbare werkplaatsen in de stad voor ateliers die herstellen en hergebruiken.',
      fr: 'Des ateliers abordables en ville pour les activités de réparation et de réemploi.',
      en: 'Affordable workshops in the city for repair and reuse businesses.',
    },
    themes: ['economy-employment', 'environment-climate'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'citydev', role: 'lead' },
      { partner: 'perspective', role: 'contributor' },
    ],
    startDate: '2023-03-01',
    dueDate: '2028-06-30',
  }),
  {
    code: '1.2.2',
    title: {
      nl: 'Onderzoek en innovatie voor een regeneratieve economie',
      fr: 'Recherche et innovation pour une économie régénérative',
      en: 'Research and innovation for a regenerative economy',
    },
    description: {
      nl: 'Onderzoeksgeld en proefprojecten voor productie die de natuur en de stad herstelt.',
      fr: 'Des moyens de recherche et des projets pilotes pour une production qui régénère la nature et la ville.',
      en: 'Research funding and pilots for production that restores nature and the city.',
    },
  },
  measure('1.2.2.1', {
    title: {
      nl: 'Onderzoeksoproepen voor de regeneratieve economie',
      fr: 'Appels à la recherche pour l’économie régénérative',
      en: 'Research calls for the regenerative economy',
    },
    description: {
      nl: 'Jaarlijkse oproepen voor onderzoek door bedrijven, universiteiten en verenigingen samen.',
      fr: 'Des appels annuels à la recherche menée ensemble par entreprises, universités et associations.',
      en: 'Yearly calls for research carried out jointly by companies, universities and associations.',
    },
    themes: ['economy-employment', 'environment-climate'],
    leadAdministration: 'economy-employment',
    partners: [{ partner: 'innoviris', role: 'lead' }],
    startDate: '2021-06-01',
    dueDate: '2029-12-31',
  }),
  measure('1.2.2.2', {
    title: {
      nl: 'Stadslandbouw en lokale voedselproductie',
      fr: 'Agriculture urbaine et production alimentaire locale',
      en: 'Urban farming and local food production',
    },
    description: {
      nl: 'Steun aan professionele stadslandbouwers en aan korte ketens naar Brusselse winkels en kantines.',
      fr: 'Un soutien aux agriculteurs urbains professionnels et aux circuits courts vers les commerces et cantines bruxellois.',
      en: 'Support for professional urban farmers and short supply chains to Brussels shops and canteens.',
    },
    themes: ['environment-climate', 'economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'environment', role: 'lead' },
      { partner: 'hub', role: 'contributor' },
    ],
    startDate: '2022-03-01',
    dueDate: '2027-12-31',
  }),
  {
    code: '1.3',
    title: {
      nl: 'Sociaal en democratisch ondernemerschap bevorderen',
      fr: 'Promouvoir l’entrepreneuriat social et démocratique',
      en: 'Promote social and democratic entrepreneurship',
    },
    description: {
      nl: 'Meer ondernemingen met een sociaal doel en een democratisch bestuur, zoals coöperaties, met financiering en toegang tot overheidsopdrachten.',
      fr: 'Davantage d’entreprises à finalité sociale et à gouvernance démocratique, comme les coopératives, avec un financement et un accès aux marchés publics.',
      en: 'More businesses with a social purpose and democratic governance, such as cooperatives, with funding and access to public contracts.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '1.3.1',
    title: { nl: 'Ondernemingen van de sociale economie', fr: 'Entreprises de l’économie sociale', en: 'Social economy enterprises' },
    description: {
      nl: 'Erkenning, financiering en markten voor sociale ondernemingen.',
      fr: 'Agrément, financement et marchés pour les entreprises sociales.',
      en: 'Recognition, funding and markets for social enterprises.',
    },
  },
  measure('1.3.1.1', {
    title: {
      nl: 'Erkenning en begeleiding van sociale ondernemingen',
      fr: 'Agrément et accompagnement des entreprises sociales',
      en: 'Recognition and coaching of social enterprises',
    },
    description: {
      nl: 'Een eenvoudige erkenning en een begeleidingsaanbod voor ondernemingen die het sociaal doel vooropstellen.',
      fr: 'Un agrément simple et une offre d’accompagnement pour les entreprises qui placent la finalité sociale en premier.',
      en: 'A simple recognition and a coaching offer for businesses that put their social purpose first.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'hub', role: 'lead' },
      { partner: 'brupartners', role: 'contributor' },
    ],
    startDate: '2021-06-01',
    dueDate: '2026-12-31',
  }),
  measure('1.3.1.2', {
    title: {
      nl: 'Investeringsfonds voor coöperaties en sociale ondernemingen',
      fr: 'Fonds d’investissement pour les coopératives et entreprises sociales',
      en: 'Investment fund for cooperatives and social enterprises',
    },
    description: {
      nl: 'Leningen en participaties op maat van ondernemingen met een democratisch bestuur.',
      fr: 'Des prêts et participations adaptés aux entreprises à gouvernance démocratique.',
      en: 'Loans and equity suited to businesses with democratic governance.',
    },
    themes: ['economy-employment', 'public-finances'],
    leadAdministration: 'finance-budget',
    partners: [
      { partner: 'finance-invest', role: 'lead' },
      { partner: 'hub', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2029-12-31',
    weight: 2,
  }),
  measure('1.3.1.3', {
    title: {
      nl: 'Sociale clausules in gewestelijke overheidsopdrachten',
      fr: 'Des clauses sociales dans les marchés publics régionaux',
      en: 'Social clauses in regional public contracts',
    },
    description: {
      nl: 'Overheidsopdrachten voor werken en diensten reserveren een deel voor opleiding en werk van Brusselse werkzoekenden.',
      fr: 'Les marchés publics de travaux et de services réservent une part à la formation et à l’emploi de demandeurs d’emploi bruxellois.',
      en: 'Public contracts for works and services set aside a share for the training and employment of Brussels jobseekers.',
    },
    themes: ['economy-employment', 'local-authorities'],
    leadAdministration: 'coordination',
    partners: [
      { partner: 'citydev', role: 'lead' },
      { partner: 'actiris', role: 'contributor' },
    ],
    startDate: '2022-09-01',
    dueDate: '2027-12-31',
  }),
  {
    code: '1.4',
    title: {
      nl: 'De digitale transitie van bedrijven en diensten',
      fr: 'La transition numérique des entreprises et des services',
      en: 'The digital transition of businesses and services',
    },
    description: {
      nl: 'Kmo’s en hun werknemers digitaal sterker maken, en de contacten tussen bedrijven en overheid eenvoudiger.',
      fr: 'Renforcer les PME et leurs travailleurs dans le numérique, et simplifier les contacts entre entreprises et pouvoirs publics.',
      en: 'Make SMEs and their workers stronger in digital skills, and simplify contacts between businesses and government.',
    },
    themes: ['economy-employment', 'administration'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '1.4.1',
    title: { nl: 'Digitale kmo’s', fr: 'PME numériques', en: 'Digital SMEs' },
    description: {
      nl: 'Diagnose, begeleiding en opleiding.',
      fr: 'Diagnostic, accompagnement et formation.',
      en: 'Diagnosis, coaching and training.',
    },
  },
  measure('1.4.1.1', {
    title: {
      nl: 'Digitale check-up en cheques voor kmo’s',
      fr: 'Bilan numérique et chèques pour les PME',
      en: 'Digital check-up and vouchers for SMEs',
    },
    description: {
      nl: 'Een gratis diagnose van de digitale noden van een kmo, met cheques om een dienstverlener te betalen.',
      fr: 'Un diagnostic gratuit des besoins numériques d’une PME, avec des chèques pour payer un prestataire.',
      en: 'A free diagnosis of an SME’s digital needs, with vouchers to pay a service provider.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'hub', role: 'lead' },
      { partner: 'beci', role: 'contributor' },
    ],
    startDate: '2021-09-01',
    dueDate: '2026-06-30',
  }),
  measure('1.4.1.2', {
    title: {
      nl: 'Digitale vaardigheden voor werknemers van kmo’s',
      fr: 'Compétences numériques pour les travailleurs des PME',
      en: 'Digital skills for SME workers',
    },
    description: {
      nl: 'Korte opleidingen, ook ’s avonds, voor werknemers die digitale hulpmiddelen moeten leren gebruiken.',
      fr: 'Des formations courtes, y compris en soirée, pour les travailleurs qui doivent apprendre des outils numériques.',
      en: 'Short courses, evenings included, for workers who need to learn digital tools.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'bruxelles-formation', role: 'lead' },
      { partner: 'vdab', role: 'contributor' },
      { partner: 'beci', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2027-12-31',
  }),
  {
    code: '1.4.2',
    title: {
      nl: 'Digitale overheidsdiensten voor bedrijven',
      fr: 'Services publics numériques pour les entreprises',
      en: 'Digital public services for businesses',
    },
    description: {
      nl: 'Gegevens één keer vragen en online afhandelen.',
      fr: 'Ne demander les données qu’une fois et traiter en ligne.',
      en: 'Ask for data only once and handle it online.',
    },
  },
  measure('1.4.2.1', {
    title: {
      nl: 'Eén online loket voor vergunningen en steun aan bedrijven',
      fr: 'Un guichet en ligne unique pour les permis et aides aux entreprises',
      en: 'A single online counter for business permits and support',
    },
    description: {
      nl: 'Eén plek waar een onderneming haar aanvragen indient en volgt, zonder dezelfde gegevens twee keer te geven.',
      fr: 'Un seul endroit où une entreprise introduit et suit ses demandes, sans donner deux fois les mêmes données.',
      en: 'One place where a business files and follows its applications, without giving the same data twice.',
    },
    themes: ['economy-employment', 'administration'],
    leadAdministration: 'coordination',
    partners: [
      { partner: 'hub', role: 'lead' },
      { partner: 'perspective', role: 'contributor' },
    ],
    startDate: '2026-03-01',
    dueDate: '2029-06-30',
  }),
  {
    code: '1.5',
    title: {
      nl: 'Duurzame mobiliteit voor werknemers en goederen',
      fr: 'Une mobilité durable pour les travailleurs et les marchandises',
      en: 'Sustainable mobility for workers and goods',
    },
    description: {
      nl: 'De werkgebieden bereikbaar met het openbaar vervoer en de fiets, en leveringen in de stad met minder uitstoot.',
      fr: 'Des zones d’emploi accessibles en transport public et à vélo, et des livraisons en ville moins polluantes.',
      en: 'Employment areas within reach by public transport and bicycle, and city deliveries with fewer emissions.',
    },
    themes: ['mobility', 'environment-climate'],
    leadAdministration: 'mobility',
  },
  {
    code: '1.5.1',
    title: { nl: 'Duurzaam woon-werkverkeer', fr: 'Des déplacements domicile-travail durables', en: 'Sustainable commuting' },
    description: {
      nl: 'Fiets, tram en vervoerplannen van werkgevers.',
      fr: 'Vélo, tram et plans de déplacements des employeurs.',
      en: 'Cycling, trams and employers’ travel plans.',
    },
  },
  measure('1.5.1.1', {
    title: {
      nl: 'Fietsroutes naar de werkgebieden',
      fr: 'Des itinéraires cyclables vers les zones d’emploi',
      en: 'Cycle routes to employment areas',
    },
    description: {
      nl: 'Veilige, doorlopende fietsroutes van de woonwijken naar de grote werkgebieden en bedrijventerreinen.',
      fr: 'Des itinéraires cyclables sûrs et continus des quartiers d’habitation vers les grandes zones d’emploi et parcs d’activité.',
      en: 'Safe, continuous cycle routes from residential areas to the main employment areas and business parks.',
    },
    themes: ['mobility'],
    leadAdministration: 'mobility',
    partners: [
      { partner: 'perspective', role: 'lead' },
      { partner: 'pro-velo', role: 'contributor' },
    ],
    startDate: '2021-06-01',
    dueDate: '2029-12-31',
    weight: 2,
  }),
  measure('1.5.1.2', {
    title: {
      nl: 'Bedrijfsvervoerplannen samen met werkgevers',
      fr: 'Des plans de déplacements d’entreprise avec les employeurs',
      en: 'Company travel plans with employers',
    },
    description: {
      nl: 'Werkgevers krijgen advies om hun werknemers te voet, met de fiets of het openbaar vervoer te laten komen.',
      fr: 'Les employeurs sont conseillés pour que leurs travailleurs viennent à pied, à vélo ou en transport public.',
      en: 'Employers get advice so their staff come on foot, by bicycle or by public transport.',
    },
    themes: ['mobility', 'economy-employment'],
    leadAdministration: 'mobility',
    partners: [
      { partner: 'beci', role: 'lead' },
      { partner: 'stib', role: 'contributor' },
      { partner: 'pro-velo', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2027-12-31',
  }),
  measure('1.5.1.3', {
    title: {
      nl: 'Tramlijnen verlengen naar werkgebieden',
      fr: 'Prolonger des lignes de tram vers les zones d’emploi',
      en: 'Extend tram lines to employment areas',
    },
    description: {
      nl: 'Nieuwe tramsporen naar werkgebieden die vandaag slecht bediend zijn.',
      fr: 'De nouvelles voies de tram vers des zones d’emploi aujourd’hui mal desservies.',
      en: 'New tram tracks to employment areas that are poorly served today.',
    },
    themes: ['mobility'],
    leadAdministration: 'mobility',
    partners: [
      { partner: 'stib', role: 'lead' },
      { partner: 'perspective', role: 'contributor' },
    ],
    startDate: '2021-09-01',
    dueDate: '2028-12-31',
    weight: 2,
  }),
  {
    code: '1.5.2',
    title: { nl: 'Stedelijke logistiek', fr: 'Logistique urbaine', en: 'Urban logistics' },
    description: {
      nl: 'Goederen de stad in met minder vrachtwagens.',
      fr: 'Des marchandises en ville avec moins de camions.',
      en: 'Goods into the city with fewer lorries.',
    },
  },
  measure('1.5.2.1', {
    title: {
      nl: 'Stedelijk distributiecentrum met bakfietsleveringen',
      fr: 'Centre de distribution urbaine avec livraisons à vélo-cargo',
      en: 'Urban consolidation centre with cargo-bike deliveries',
    },
    description: {
      nl: 'Een centrum aan de rand van de stad bundelt leveringen die per bakfiets verder gaan.',
      fr: 'Un centre en bordure de ville regroupe les livraisons, poursuivies à vélo-cargo.',
      en: 'A centre at the edge of the city bundles deliveries that continue by cargo bike.',
    },
    themes: ['mobility', 'environment-climate'],
    leadAdministration: 'mobility',
    partners: [
      { partner: 'citydev', role: 'lead' },
      { partner: 'hub', role: 'contributor' },
    ],
    startDate: '2022-06-01',
    dueDate: '2026-12-31',
  }),
  {
    code: '1.6',
    title: {
      nl: 'Herstel van de sectoren die de coronacrisis het hardst trof',
      fr: 'Relance des secteurs les plus touchés par la crise du coronavirus',
      en: 'Recovery of the sectors hit hardest by the COVID crisis',
    },
    description: {
      nl: 'Nieuw in de update van 2021: tijdelijke steun aan horeca, cultuur en evenementen, en een nieuwe start voor zelfstandigen die moesten stoppen.',
      fr: 'Nouveau dans la mise à jour de 2021 : un soutien temporaire à l’horeca, à la culture et à l’événementiel, et un nouveau départ pour les indépendants qui ont dû arrêter.',
      en: 'New in the 2021 update: temporary support for hospitality, culture and events, and a fresh start for self-employed people who had to close.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '1.6.1',
    title: { nl: 'Steun aan de getroffen sectoren', fr: 'Soutien aux secteurs touchés', en: 'Support for the sectors hit' },
    description: {
      nl: 'Leningen en een nieuwe start.',
      fr: 'Des prêts et un nouveau départ.',
      en: 'Loans and a fresh start.',
    },
  },
  measure('1.6.1.1', {
    title: {
      nl: 'Herstelleningen voor horeca, cultuur en evenementen',
      fr: 'Prêts de relance pour l’horeca, la culture et l’événementiel',
      en: 'Recovery loans for hospitality, culture and events',
    },
    description: {
      nl: 'Achtergestelde leningen om de schulden uit de crisis te overbruggen.',
      fr: 'Des prêts subordonnés pour passer le cap des dettes nées de la crise.',
      en: 'Subordinated loans to bridge the debts built up in the crisis.',
    },
    themes: ['economy-employment', 'public-finances'],
    leadAdministration: 'finance-budget',
    partners: [
      { partner: 'finance-invest', role: 'lead' },
      { partner: 'hub', role: 'contributor' },
    ],
    startDate: '2021-03-01',
    dueDate: '2025-06-30',
  }),
  measure('1.6.1.2', {
    title: {
      nl: 'Een nieuwe start voor zelfstandigen die moesten stoppen',
      fr: 'Un nouveau départ pour les indépendants qui ont dû arrêter',
      en: 'A fresh start for self-employed people who had to close',
    },
    description: {
      nl: 'Begeleiding naar een nieuwe zaak of naar een job, met hulp bij de schulden van de vorige.',
      fr: 'Un accompagnement vers une nouvelle activité ou vers un emploi, avec une aide pour les dettes de la précédente.',
      en: 'Guidance towards a new business or a job, with help for the debts of the previous one.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'hub', role: 'lead' },
      { partner: 'actiris', role: 'contributor' },
    ],
    startDate: '2021-06-01',
    dueDate: '2026-12-31',
  }),

  // Pillar 2
  {
    code: '2',
    title: {
      nl: 'Werk- en opleidingsbeleid gericht op kwalificaties',
      fr: 'Des politiques d’emploi et de formation axées sur les qualifications',
      en: 'Employment and training policies focused on qualifications',
    },
    description: {
      nl: 'Meer Brusselaars met een erkende kwalificatie, opleidingen die aansluiten bij de jobs van morgen, en allianties tussen werk en leefmilieu.',
      fr: 'Plus de Bruxellois avec une qualification reconnue, des formations en phase avec les emplois de demain, et des alliances entre emploi et environnement.',
      en: 'More Brussels residents with a recognised qualification, training that matches tomorrow’s jobs, and alliances between employment and the environment.',
    },
    themes: ['economy-employment'],
  },
  {
    code: '2.1',
    title: {
      nl: 'Het kwalificatieniveau van werkzoekenden verhogen',
      fr: 'Élever le niveau de qualification des demandeurs d’emploi',
      en: 'Raise the qualification level of jobseekers',
    },
    description: {
      nl: 'Meer plaatsen in kwalificerende opleidingen, erkenning van wat mensen al kunnen, en een aanbod voor elke jongere.',
      fr: 'Plus de places en formation qualifiante, la reconnaissance de ce que les personnes savent déjà faire, et une offre pour chaque jeune.',
      en: 'More places in qualifying training, recognition of what people can already do, and an offer for every young person.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '2.1.1',
    title: { nl: 'Kwalificerende opleidingen', fr: 'Formations qualifiantes', en: 'Qualifying training' },
    description: {
      nl: 'Opleidingen die tot een erkend diploma of certificaat leiden.',
      fr: 'Des formations qui mènent à un diplôme ou un certificat reconnu.',
      en: 'Training that leads to a recognised diploma or certificate.',
    },
  },
  measure('2.1.1.1', {
    title: {
      nl: 'Meer opleidingsplaatsen voor knelpuntberoepen',
      fr: 'Plus de places de formation pour les métiers en pénurie',
      en: 'More training places for shortage occupations',
    },
    description: {
      nl: 'Extra groepen in opleidingen voor beroepen waarvoor werkgevers moeilijk mensen vinden, zoals zorg, techniek en bouw.',
      fr: 'Des groupes supplémentaires dans les formations aux métiers où les employeurs peinent à recruter, comme les soins, la technique et la construction.',
      en: 'Extra groups in training for jobs employers struggle to fill, such as care, technical trades and construction.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'bruxelles-formation', role: 'lead' },
      { partner: 'actiris', role: 'contributor' },
    ],
    startDate: '2021-09-01',
    dueDate: '2027-12-31',
    weight: 2,
  }),
  measure('2.1.1.2', {
    title: {
      nl: 'Nederlandstalige beroepsopleidingen in Brussel',
      fr: 'Des formations professionnelles en néerlandais à Bruxelles',
      en: 'Dutch-language vocational training in Brussels',
    },
    description: {
      nl: 'Een ruimer aanbod van beroepsopleidingen in het Nederlands, met taalondersteuning tijdens de opleiding.',
      fr: 'Une offre élargie de formations professionnelles en néerlandais, avec un soutien linguistique pendant la formation.',
      en: 'A wider range of vocational training in Dutch, with language support during the course.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'vdab', role: 'lead' },
      { partner: 'vgc', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2028-12-31',
  }),
  measure('2.1.1.3', {
    title: {
      nl: 'Erkenning van op het werk verworven competenties',
      fr: 'Validation des compétences acquises au travail',
      en: 'Recognition of skills learnt at work',
    },
    description: {
      nl: 'Wie een beroep kent zonder diploma, kan een test afleggen en krijgt een erkend bewijs.',
      fr: 'Qui connaît un métier sans diplôme peut passer une épreuve et obtenir un titre reconnu.',
      en: 'People who know a trade without a diploma can take a test and get a recognised certificate.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'bruxelles-formation', role: 'lead' },
      { partner: 'vdab', role: 'contributor' },
      { partner: 'cocof', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2026-12-31',
  }),
  {
    code: '2.1.2',
    title: {
      nl: 'Jongeren naar werk en opleiding',
      fr: 'Les jeunes vers l’emploi et la formation',
      en: 'Young people into work and training',
    },
    description: {
      nl: 'Geen jongere zonder aanbod.',
      fr: 'Aucun jeune sans proposition.',
      en: 'No young person without an offer.',
    },
  },
  measure('2.1.2.1', {
    title: {
      nl: 'Jongerengarantie: een aanbod binnen vier maanden',
      fr: 'Garantie pour la jeunesse : une offre dans les quatre mois',
      en: 'Youth guarantee: an offer within four months',
    },
    description: {
      nl: 'Elke jonge werkzoekende krijgt binnen vier maanden een job, stage of opleiding aangeboden.',
      fr: 'Chaque jeune demandeur d’emploi reçoit dans les quatre mois une offre d’emploi, de stage ou de formation.',
      en: 'Every young jobseeker is offered a job, traineeship or training within four months.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'actiris', role: 'lead' },
      { partner: 'bruxelles-formation', role: 'contributor' },
      { partner: 'vdab', role: 'contributor' },
    ],
    startDate: '2021-01-01',
    dueDate: '2028-12-31',
  }),
  measure('2.1.2.2', {
    title: {
      nl: 'Meer plaatsen voor duaal leren in bedrijven',
      fr: 'Plus de places en alternance dans les entreprises',
      en: 'More work-based learning places in companies',
    },
    description: {
      nl: 'Bedrijven vinden om jongeren op te leiden, deels op school en deels op de werkvloer.',
      fr: 'Trouver des entreprises pour former des jeunes, en partie à l’école et en partie sur le lieu de travail.',
      en: 'Find companies to train young people, partly at school and partly in the workplace.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'cocof', role: 'lead' },
      { partner: 'vgc', role: 'contributor' },
      { partner: 'beci', role: 'contributor' },
    ],
    startDate: '2022-09-01',
    dueDate: '2028-06-30',
  }),
  {
    code: '2.2',
    title: {
      nl: 'Allianties tussen werk en leefmilieu',
      fr: 'Des alliances entre emploi et environnement',
      en: 'Alliances between employment and the environment',
    },
    description: {
      nl: 'De klimaat- en milieudoelen omzetten in jobs voor Brusselaars, met opleidingen voor renovatie, energie en circulaire beroepen.',
      fr: 'Transformer les objectifs de climat et d’environnement en emplois pour les Bruxellois, avec des formations à la rénovation, à l’énergie et aux métiers circulaires.',
      en: 'Turn climate and environmental goals into jobs for Brussels residents, with training for renovation, energy and circular trades.',
    },
    themes: ['economy-employment', 'environment-climate'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '2.2.1',
    title: { nl: 'Groene jobs', fr: 'Emplois verts', en: 'Green jobs' },
    description: {
      nl: 'Opleiden en aanwerven voor de transitie.',
      fr: 'Former et recruter pour la transition.',
      en: 'Train and hire for the transition.',
    },
  },
  measure('2.2.1.1', {
    title: {
      nl: 'Opleidingen voor renovatie- en energieberoepen',
      fr: 'Formations aux métiers de la rénovation et de l’énergie',
      en: 'Training for renovation and energy trades',
    },
    description: {
      nl: 'Isoleren, warmtepompen plaatsen en zonnepanelen leggen: opleidingen die aansluiten bij de renovatiegolf.',
      fr: 'Isoler, poser des pompes à chaleur et des panneaux solaires : des formations en phase avec la vague de rénovation.',
      en: 'Insulating, fitting heat pumps and solar panels: training that matches the renovation wave.',
    },
    themes: ['economy-employment', 'environment-climate'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'bruxelles-formation', role: 'lead' },
      { partner: 'environment', role: 'contributor' },
      { partner: 'vdab', role: 'contributor' },
    ],
    startDate: '2021-09-01',
    dueDate: '2027-12-31',
  }),
  measure('2.2.1.2', {
    title: {
      nl: 'Werkzoekenden aan de slag in circulaire bedrijven',
      fr: 'Des demandeurs d’emploi au travail dans les entreprises circulaires',
      en: 'Jobseekers into work in circular businesses',
    },
    description: {
      nl: 'Vacatures in circulaire bedrijven gericht invullen met Brusselse werkzoekenden.',
      fr: 'Pourvoir de manière ciblée les offres d’emploi des entreprises circulaires avec des demandeurs d’emploi bruxellois.',
      en: 'Fill vacancies in circular businesses with Brussels jobseekers, in a targeted way.',
    },
    themes: ['economy-employment', 'environment-climate'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'actiris', role: 'lead' },
      { partner: 'hub', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2027-12-31',
  }),
  {
    code: '2.3',
    title: { nl: 'Talenkennis voor werk', fr: 'Les langues au service de l’emploi', en: 'Language skills for work' },
    description: {
      nl: 'In Brussel vragen veel jobs twee of meer talen: taalopleiding voor werkzoekenden en werknemers.',
      fr: 'À Bruxelles, beaucoup d’emplois demandent deux langues ou plus : des formations en langues pour les demandeurs d’emploi et les travailleurs.',
      en: 'Many jobs in Brussels ask for two or more languages: language training for jobseekers and workers.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '2.3.1',
    title: { nl: 'Taalopleiding gericht op werk', fr: 'Formation en langues orientée emploi', en: 'Job-focused language training' },
    description: {
      nl: 'Cheques en lessen op de werkvloer.',
      fr: 'Chèques et cours sur le lieu de travail.',
      en: 'Vouchers and lessons in the workplace.',
    },
  },
  measure('2.3.1.1', {
    title: {
      nl: 'Taalcheques voor werkzoekenden',
      fr: 'Chèques-langues pour les demandeurs d’emploi',
      en: 'Language vouchers for jobseekers',
    },
    description: {
      nl: 'Gratis taallessen voor werkzoekenden die een job in het vooruitzicht hebben.',
      fr: 'Des cours de langues gratuits pour les demandeurs d’emploi qui ont un emploi en vue.',
      en: 'Free language lessons for jobseekers who have a job in sight.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'actiris', role: 'lead' },
      { partner: 'vgc', role: 'contributor' },
    ],
    startDate: '2021-01-01',
    dueDate: '2027-12-31',
  }),
  measure('2.3.1.2', {
    title: {
      nl: 'Taallessen op de werkvloer voor werknemers van kmo’s',
      fr: 'Des cours de langues sur le lieu de travail pour les travailleurs des PME',
      en: 'Workplace language lessons for SME workers',
    },
    description: {
      nl: 'Lessen in kleine groepen, op het werk en tijdens de werkuren.',
      fr: 'Des cours en petits groupes, sur le lieu et pendant les heures de travail.',
      en: 'Lessons in small groups, at work and during working hours.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'vdab', role: 'lead' },
      { partner: 'cocof', role: 'contributor' },
    ],
    startDate: '2026-01-01',
    dueDate: '2028-12-31',
  }),
  {
    code: '2.4',
    title: {
      nl: 'Discriminatie bij aanwerving bestrijden',
      fr: 'Lutter contre les discriminations à l’embauche',
      en: 'Fight discrimination in hiring',
    },
    description: {
      nl: 'Gelijke kansen op werk, ongeacht afkomst, geslacht, leeftijd of handicap.',
      fr: 'L’égalité des chances dans l’emploi, quels que soient l’origine, le genre, l’âge ou le handicap.',
      en: 'Equal chances of a job, whatever a person’s origin, gender, age or disability.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
  },
  {
    code: '2.4.1',
    title: { nl: 'Diversiteit bij werkgevers', fr: 'Diversité chez les employeurs', en: 'Diversity at employers' },
    description: {
      nl: 'Plannen, sensibilisering en opvolging.',
      fr: 'Plans, sensibilisation et suivi.',
      en: 'Plans, awareness and follow-up.',
    },
  },
  measure('2.4.1.1', {
    title: {
      nl: 'Diversiteitsplannen in bedrijven',
      fr: 'Des plans de diversité dans les entreprises',
      en: 'Diversity plans in companies',
    },
    description: {
      nl: 'Begeleiding en steun voor werkgevers die een diversiteitsplan opstellen en uitvoeren.',
      fr: 'Accompagnement et soutien des employeurs qui élaborent et mettent en œuvre un plan de diversité.',
      en: 'Guidance and support for employers who draw up and carry out a diversity plan.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'economy-employment',
    partners: [
      { partner: 'actiris', role: 'lead' },
      { partner: 'brupartners', role: 'contributor' },
      { partner: 'beci', role: 'contributor' },
    ],
    startDate: '2021-01-01',
    dueDate: '2027-12-31',
  }),
  measure('2.4.1.2', {
    title: {
      nl: 'Sensibilisering van werkgevers en werknemers tegen discriminatie',
      fr: 'Sensibilisation des employeurs et des travailleurs contre les discriminations',
      en: 'Raising awareness of discrimination among employers and workers',
    },
    description: {
      nl: 'Campagnes en workshops van de werkgevers- en werknemersorganisaties samen.',
      fr: 'Des campagnes et ateliers menés ensemble par les organisations d’employeurs et de travailleurs.',
      en: 'Campaigns and workshops run jointly by employers’ and workers’ organisations.',
    },
    themes: ['economy-employment'],
    leadAdministration: 'coordination',
    partners: [
      { partner: 'brupartners', role: 'lead' },
      { partner: 'beci', role: 'contributor' },
    ],
    startDate: '2022-01-01',
    dueDate: '2026-12-31',
  }),
]
