import type { SeedNewsItem } from './types'

/** Demo news of the past year. Plausible, general topics; no figures that look official. */
export const newsItems: SeedNewsItem[] = [
  {
    key: 'renovation-online',
    daysAgo: 6,
    title: {
      nl: 'Renovatiepremie voortaan volledig online aan te vragen',
      fr: 'La prime à la rénovation se demande désormais entièrement en ligne',
      en: 'Renovation grants can now be requested fully online',
    },
    slug: { nl: 'renovatiepremie-online-aanvragen', fr: 'prime-renovation-en-ligne', en: 'renovation-grant-online' },
    summary: {
      nl: 'U vraagt een premie voor de renovatie van uw woning nu aan zonder papieren formulier, en volgt uw dossier stap voor stap.',
      fr: 'Vous demandez une prime pour rénover votre logement sans formulaire papier, et vous suivez votre dossier étape par étape.',
      en: 'You can apply for a home renovation grant without a paper form and follow your file step by step.',
    },
    body: {
      nl: [
        {
          p: 'Wie zijn woning in Brussel renoveert, kan een premie aanvragen. Dat gaat nu volledig online: u vult de aanvraag in, voegt uw facturen toe en ziet waar uw dossier staat.',
        },
        {
          ul: [
            'Meld u aan met uw eID of de app itsme.',
            'Voeg de offertes en facturen toe als pdf of foto.',
            'U krijgt een bericht bij elke stap van de behandeling.',
          ],
        },
        {
          p: 'Liever op papier of met hulp? Dat blijft mogelijk. Bekijk de contactgegevens van [Brussel Huisvesting](/nl/administraties/huisvesting).',
        },
      ],
      fr: [
        {
          p: 'Si vous rénovez votre logement à Bruxelles, vous pouvez demander une prime. La démarche se fait désormais entièrement en ligne : vous remplissez la demande, ajoutez vos factures et voyez où en est votre dossier.',
        },
        {
          ul: [
            'Connectez-vous avec votre carte eID ou l’application itsme.',
            'Ajoutez les devis et factures en PDF ou en photo.',
            'Vous recevez un message à chaque étape du traitement.',
          ],
        },
        {
          p: 'Vous préférez le papier ou avoir de l’aide ? C’est toujours possible. Consultez les coordonnées de [Bruxelles Logement](/fr/administrations/logement).',
        },
      ],
      en: [
        {
          p: 'If you renovate your home in Brussels, you can apply for a grant. This is now fully online: you fill in the application, add your invoices and see where your file stands.',
        },
        {
          ul: [
            'Sign in with your eID card or the itsme app.',
            'Add quotes and invoices as PDFs or photos.',
            'You get a message at each step of the process.',
          ],
        },
        {
          p: 'Prefer paper or some help? That is still possible. See the contact details of [Brussels Housing](/en/administrations/housing).',
        },
      ],
    },
    themes: ['housing'],
    audiences: ['citizens'],
    administration: 'housing',
    related: ['renovation-info-sessions'],
    services: ['renovation-grant'],
  },
  {
    key: 'social-summit',
    daysAgo: 20,
    updated: {
      daysAgo: 18,
      note: {
        nl: 'Link naar het strategisch plan toegevoegd.',
        fr: 'Lien vers le plan stratégique ajouté.',
        en: 'Link to the strategic plan added.',
      },
    },
    title: {
      nl: 'Sociale top: regering en Brupartners maken de balans op',
      fr: 'Sommet social : le gouvernement et Brupartners font le point',
      en: 'Social Summit: government and Brupartners take stock',
    },
    slug: { nl: 'sociale-top-balans', fr: 'sommet-social-bilan', en: 'social-summit-stock-take' },
    summary: {
      nl: 'Op de jaarlijkse Sociale top bekeken de Brusselse regering en de sociale partners wat de strategie Go4Brussels 2030 dit jaar opleverde.',
      fr: 'Lors du Sommet social annuel, le gouvernement bruxellois et les partenaires sociaux ont examiné les résultats de la stratégie Go4Brussels 2030.',
      en: 'At the yearly Social Summit, the Brussels Government and the social partners reviewed what the Go4Brussels 2030 strategy achieved this year.',
    },
    body: {
      nl: [
        {
          p: 'Elk jaar zitten de regering en Brupartners samen om te bekijken welke doelstellingen gehaald zijn. Zo worden ook de prioriteiten voor het volgende jaar vastgelegd.',
        },
        { h2: 'Wat er besproken werd' },
        {
          ul: [
            'de overgang naar een koolstofarme economie;',
            'opleiding en werk, met aandacht voor kwalificaties;',
            'de opvolging van de maatregelen door de partners.',
          ],
        },
        { p: 'Lees meer over ons [strategisch plan](/nl/strategisch-plan).' },
      ],
      fr: [
        {
          p: 'Chaque année, le gouvernement et Brupartners se réunissent pour voir quels objectifs ont été atteints. Les priorités de l’année suivante y sont aussi fixées.',
        },
        { h2: 'Ce qui a été discuté' },
        {
          ul: [
            'la transition vers une économie bas carbone ;',
            'la formation et l’emploi, en particulier les qualifications ;',
            'le suivi des mesures par les partenaires.',
          ],
        },
        { p: 'En savoir plus sur notre [plan stratégique](/fr/plan-strategique).' },
      ],
      en: [
        {
          p: 'Every year the government and Brupartners meet to see which objectives have been met. They also set the priorities for the following year.',
        },
        { h2: 'What was discussed' },
        {
          ul: [
            'the move to a low-carbon economy;',
            'training and jobs, with attention to qualifications;',
            'how partners follow up the measures.',
          ],
        },
        { p: 'Read more about our [strategic plan](/en/strategic-plan).' },
      ],
    },
    themes: ['economy-employment'],
    audiences: ['entrepreneurs', 'non-profits-public-bodies'],
    administration: 'coordination',
  },
  {
    key: 'tunnel-works',
    daysAgo: 35,
    title: {
      nl: 'Onderhoudswerken in een gewestelijke tunnel tijdens de zomer',
      fr: 'Travaux d’entretien dans un tunnel régional cet été',
      en: 'Maintenance works in a regional tunnel this summer',
    },
    slug: { nl: 'onderhoud-tunnel-zomer', fr: 'entretien-tunnel-ete', en: 'tunnel-maintenance-summer' },
    summary: {
      nl: 'Een tunnel op het gewestelijke wegennet gaat enkele weken dicht voor onderhoud. Omleidingen worden aangegeven.',
      fr: 'Un tunnel du réseau régional ferme quelques semaines pour entretien. Des déviations sont indiquées.',
      en: 'A tunnel on the regional road network closes for a few weeks of maintenance. Diversions are signposted.',
    },
    body: {
      nl: [
        { p: 'De werken vinden plaats in de zomer, wanneer er minder verkeer is. De tunnel is dan volledig dicht.' },
        {
          ul: [
            'Volg de borden voor de omleiding.',
            'Voetgangers en fietsers worden bovengronds omgeleid.',
            'Het openbaar vervoer rijdt volgens plan.',
          ],
        },
      ],
      fr: [
        { p: 'Les travaux ont lieu en été, quand la circulation est plus faible. Le tunnel est alors entièrement fermé.' },
        {
          ul: [
            'Suivez les panneaux de déviation.',
            'Les piétons et cyclistes sont déviés en surface.',
            'Les transports publics circulent normalement.',
          ],
        },
      ],
      en: [
        { p: 'The works take place in summer, when there is less traffic. The tunnel is fully closed during that time.' },
        { ul: ['Follow the diversion signs.', 'Pedestrians and cyclists are diverted above ground.', 'Public transport runs as planned.'] },
      ],
    },
    themes: ['mobility'],
    audiences: ['citizens', 'entrepreneurs'],
    administration: 'mobility',
    related: ['cycle-route'],
  },
  {
    key: 'circular-call',
    daysAgo: 52,
    title: {
      nl: 'Projectoproep voor de circulaire economie',
      fr: 'Appel à projets pour l’économie circulaire',
      en: 'Call for projects in the circular economy',
    },
    slug: { nl: 'projectoproep-circulaire-economie', fr: 'appel-projets-economie-circulaire', en: 'call-circular-economy' },
    summary: {
      nl: 'Brusselse bedrijven en verenigingen met een idee om grondstoffen langer te gebruiken, kunnen steun aanvragen.',
      fr: 'Les entreprises et associations bruxelloises qui veulent utiliser plus longtemps les matières premières peuvent demander un soutien.',
      en: 'Brussels businesses and non-profits with an idea to keep materials in use for longer can apply for support.',
    },
    body: {
      nl: [
        {
          p: 'De oproep richt zich op projecten die afval vermijden, herstellen of hergebruiken. Het gaat om de overgang naar een circulaire en regeneratieve economie.',
        },
        { h2: 'Wie kan deelnemen?' },
        { ul: ['kleine en middelgrote ondernemingen;', 'coöperaties en sociale ondernemingen;', 'verenigingen zonder winstoogmerk.'] },
      ],
      fr: [
        {
          p: 'L’appel vise les projets qui évitent les déchets, réparent ou réutilisent. Il s’inscrit dans la transition vers une économie circulaire et régénérative.',
        },
        { h2: 'Qui peut participer ?' },
        {
          ul: [
            'les petites et moyennes entreprises ;',
            'les coopératives et entreprises sociales ;',
            'les associations sans but lucratif.',
          ],
        },
      ],
      en: [
        { p: 'The call is for projects that avoid waste, repair or reuse. It is part of the move to a circular and regenerative economy.' },
        { h2: 'Who can take part?' },
        { ul: ['small and medium-sized businesses;', 'cooperatives and social enterprises;', 'non-profit organisations.'] },
      ],
    },
    themes: ['economy-employment', 'environment-climate'],
    audiences: ['entrepreneurs', 'non-profits-public-bodies'],
    administration: 'economy-employment',
  },
  {
    key: 'holiday-hours',
    daysAgo: 70,
    title: {
      nl: 'Aangepaste openingsuren tijdens de feestdagen',
      fr: 'Horaires adaptés pendant les fêtes',
      en: 'Changed opening hours over the holidays',
    },
    slug: { nl: 'openingsuren-feestdagen', fr: 'horaires-fetes', en: 'holiday-opening-hours' },
    summary: {
      nl: 'Tussen Kerstmis en Nieuwjaar zijn onze loketten minder lang open. Online diensten blijven bereikbaar.',
      fr: 'Entre Noël et Nouvel An, nos guichets ouvrent moins longtemps. Les services en ligne restent accessibles.',
      en: 'Between Christmas and New Year our desks open for shorter hours. Online services stay available.',
    },
    body: {
      nl: [
        { p: 'Tijdens de eindejaarsperiode zijn de loketten alleen in de voormiddag open. Op feestdagen zelf zijn ze gesloten.' },
        { p: 'De juiste uren per administratie vindt u op de pagina [Administraties](/nl/administraties).' },
      ],
      fr: [
        { p: 'Pendant les fêtes de fin d’année, les guichets ne sont ouverts que le matin. Ils sont fermés les jours fériés.' },
        { p: 'Les horaires de chaque administration se trouvent sur la page [Administrations](/fr/administrations).' },
      ],
      en: [
        { p: 'Over the end-of-year period the desks are open in the mornings only. They are closed on public holidays.' },
        { p: 'The hours of each administration are on the [Administrations](/en/administrations) page.' },
      ],
    },
    themes: ['administration'],
    audiences: ['citizens', 'entrepreneurs', 'non-profits-public-bodies'],
  },
  {
    key: 'work-permit',
    daysAgo: 95,
    updated: {
      daysAgo: 90,
      note: {
        nl: 'Uitleg over de termijnen verduidelijkt.',
        fr: 'Explication des délais clarifiée.',
        en: 'Explanation of the time limits made clearer.',
      },
    },
    title: {
      nl: 'Eenvoudigere aanvraag van een arbeidskaart',
      fr: 'Une demande de permis de travail simplifiée',
      en: 'A simpler work permit application',
    },
    slug: { nl: 'eenvoudigere-arbeidskaart', fr: 'permis-de-travail-simplifie', en: 'simpler-work-permit' },
    summary: {
      nl: 'Werkgevers die iemand uit het buitenland aanwerven, moeten minder documenten indienen en krijgen sneller antwoord.',
      fr: 'Les employeurs qui engagent une personne venue de l’étranger fournissent moins de documents et reçoivent une réponse plus rapide.',
      en: 'Employers hiring someone from abroad submit fewer documents and get an answer sooner.',
    },
    body: {
      nl: [
        { p: 'Documenten die de overheid al heeft, moet u niet opnieuw bezorgen. Het formulier vraagt alleen wat echt nodig is.' },
        {
          ul: [
            'één aanvraag voor werkgever en werknemer;',
            'een ontvangstbevestiging met een dossiernummer;',
            'een beslissing binnen de wettelijke termijn.',
          ],
        },
      ],
      fr: [
        {
          p: 'Les documents que l’administration possède déjà ne doivent plus être fournis. Le formulaire ne demande que ce qui est vraiment nécessaire.',
        },
        {
          ul: [
            'une seule demande pour l’employeur et le travailleur ;',
            'un accusé de réception avec un numéro de dossier ;',
            'une décision dans le délai légal.',
          ],
        },
      ],
      en: [
        { p: 'You no longer send documents the administration already has. The form only asks for what is really needed.' },
        {
          ul: [
            'one application for employer and employee;',
            'an acknowledgement with a file number;',
            'a decision within the legal time limit.',
          ],
        },
      ],
    },
    themes: ['economy-employment'],
    audiences: ['entrepreneurs'],
    administration: 'economy-employment',
  },
  {
    key: 'cycle-route',
    daysAgo: 120,
    title: {
      nl: 'Nieuwe fietsroute verbindt twee gemeenten',
      fr: 'Un nouvel itinéraire cyclable relie deux communes',
      en: 'New cycle route links two municipalities',
    },
    slug: { nl: 'nieuwe-fietsroute', fr: 'nouvel-itineraire-cyclable', en: 'new-cycle-route' },
    summary: {
      nl: 'Een afgescheiden fietspad maakt de verbinding veiliger voor wie dagelijks met de fiets naar school of werk rijdt.',
      fr: 'Une piste séparée rend le trajet plus sûr pour celles et ceux qui vont chaque jour à vélo à l’école ou au travail.',
      en: 'A separated cycle lane makes the journey safer for people who cycle to school or work every day.',
    },
    body: {
      nl: [
        { p: 'De route volgt een gewestweg en is gescheiden van het autoverkeer. Kruispunten kregen duidelijke markeringen.' },
        { p: 'Het project hoort bij de inrichting van de openbare ruimte, een van [onze opdrachten](/nl/opdrachten).' },
      ],
      fr: [
        {
          p: 'L’itinéraire longe une voirie régionale et est séparé de la circulation automobile. Les carrefours ont reçu un marquage clair.',
        },
        { p: 'Le projet relève de l’aménagement de l’espace public, l’une de [nos missions](/fr/missions).' },
      ],
      en: [
        { p: 'The route follows a regional road and is separated from car traffic. Junctions have clear markings.' },
        { p: 'The project is part of shaping public space, one of [our missions](/en/missions).' },
      ],
    },
    themes: ['mobility', 'environment-climate'],
    audiences: ['citizens'],
    administration: 'mobility',
    related: ['tunnel-works'],
  },
  {
    key: 'municipal-support',
    daysAgo: 150,
    title: {
      nl: 'Meer begeleiding voor de gemeenten bij hun begroting',
      fr: 'Plus d’accompagnement pour les communes dans leur budget',
      en: 'More guidance for municipalities on their budgets',
    },
    slug: { nl: 'begeleiding-gemeenten-begroting', fr: 'accompagnement-communes-budget', en: 'guidance-municipal-budgets' },
    summary: {
      nl: 'Gemeenten krijgen praktische hulp om hun begroting op te stellen en in te dienen.',
      fr: 'Les communes reçoivent une aide pratique pour préparer et introduire leur budget.',
      en: 'Municipalities get practical help to draw up and submit their budgets.',
    },
    body: {
      nl: [
        { p: 'Er komen infosessies en een handleiding met voorbeelden. Elke gemeente krijgt ook een vaste contactpersoon.' },
        { ul: ['uitleg over de regels;', 'voorbeelden van goede praktijk;', 'antwoorden op vragen binnen enkele werkdagen.'] },
      ],
      fr: [
        {
          p: 'Des séances d’information et un guide avec des exemples sont prévus. Chaque commune reçoit aussi une personne de contact attitrée.',
        },
        {
          ul: [
            'des explications sur les règles ;',
            'des exemples de bonnes pratiques ;',
            'des réponses aux questions en quelques jours ouvrables.',
          ],
        },
      ],
      en: [
        { p: 'There will be information sessions and a guide with examples. Each municipality also gets a named contact person.' },
        { ul: ['explanations of the rules;', 'examples of good practice;', 'answers to questions within a few working days.'] },
      ],
    },
    themes: ['local-authorities', 'public-finances'],
    audiences: ['non-profits-public-bodies'],
    administration: 'local-authorities',
  },
  {
    key: 'european-meeting',
    daysAgo: 180,
    title: {
      nl: 'Brussel ontvangt Europese regio’s voor een werkvergadering',
      fr: 'Bruxelles accueille des régions européennes pour une réunion de travail',
      en: 'Brussels hosts European regions for a working meeting',
    },
    slug: { nl: 'europese-regios-werkvergadering', fr: 'regions-europeennes-reunion', en: 'european-regions-meeting' },
    summary: {
      nl: 'Vertegenwoordigers van een twintigtal regio’s wisselden ervaringen uit over groene en digitale overheidsdiensten.',
      fr: 'Des représentants d’une vingtaine de régions ont échangé leurs expériences sur des services publics verts et numériques.',
      en: 'Representatives of about twenty regions shared experience of green and digital public services.',
    },
    body: {
      nl: [
        { p: 'Als hoofdstad van Europa is Brussel vaak gastheer. Deze keer stonden duurzame aankopen en digitale loketten centraal.' },
        { p: 'De bijeenkomst werd georganiseerd door Brussel International.' },
      ],
      fr: [
        {
          p: 'Capitale de l’Europe, Bruxelles accueille souvent ce type de rencontre. Cette fois, les achats durables et les guichets numériques étaient au centre.',
        },
        { p: 'La rencontre était organisée par Bruxelles International.' },
      ],
      en: [
        {
          p: 'As the capital of Europe, Brussels often plays host. This time the focus was sustainable purchasing and digital service desks.',
        },
        { p: 'The meeting was organised by Brussels International.' },
      ],
    },
    themes: ['europe-international'],
    audiences: ['non-profits-public-bodies'],
    administration: 'international',
  },
  {
    key: 'recruitment',
    daysAgo: 210,
    title: { nl: 'We zoeken nieuwe collega’s', fr: 'Nous recrutons de nouveaux collègues', en: 'We are hiring' },
    slug: { nl: 'we-zoeken-collegas', fr: 'nous-recrutons', en: 'we-are-hiring' },
    summary: {
      nl: 'Voor verschillende administraties zoeken we mensen met een technisch, juridisch of financieel profiel.',
      fr: 'Plusieurs administrations recherchent des profils techniques, juridiques ou financiers.',
      en: 'Several administrations are looking for people with technical, legal or financial backgrounds.',
    },
    body: {
      nl: [
        { p: 'Werken bij de GOB betekent werken voor de Brusselaars. We bieden opleiding, flexibele uren en telewerk.' },
        { ul: ['ingenieurs voor wegen en tunnels;', 'juristen;', 'financieel analisten.'] },
      ],
      fr: [
        {
          p: 'Travailler au SPRB, c’est travailler pour les Bruxellois. Nous offrons des formations, des horaires flexibles et du télétravail.',
        },
        { ul: ['des ingénieurs pour les voiries et tunnels ;', 'des juristes ;', 'des analystes financiers.'] },
      ],
      en: [
        {
          p: 'Working at the Brussels Regional Public Service means working for the people of Brussels. We offer training, flexible hours and home working.',
        },
        { ul: ['engineers for roads and tunnels;', 'lawyers;', 'financial analysts.'] },
      ],
    },
    themes: ['administration'],
    audiences: ['citizens'],
    administration: 'coordination',
    languages: ['nl', 'fr'],
  },
  {
    key: 'renovation-info-sessions',
    daysAgo: 240,
    withdrawn: {
      daysAgo: 236,
      reason: {
        nl: 'De infosessies zijn geannuleerd. Nieuwe data volgen later.',
        fr: 'Les séances d’information sont annulées. De nouvelles dates suivront.',
        en: 'The information sessions have been cancelled. New dates will follow.',
      },
    },
    title: {
      nl: 'Infosessies over renoveren in uw buurt',
      fr: 'Séances d’information sur la rénovation près de chez vous',
      en: 'Information sessions on renovating near you',
    },
    slug: { nl: 'infosessies-renoveren', fr: 'seances-information-renovation', en: 'renovation-information-sessions' },
    summary: {
      nl: 'In verschillende gemeenten legden we uit welke steun er is voor wie zijn woning wil verbeteren.',
      fr: 'Dans plusieurs communes, nous devions expliquer les aides pour améliorer son logement.',
      en: 'In several municipalities we were to explain the support available to improve your home.',
    },
    body: {
      nl: [{ p: 'De sessies waren bedoeld voor eigenaars en huurders. Ze zijn geannuleerd; de informatie staat ook online.' }],
      fr: [
        {
          p: 'Les séances s’adressaient aux propriétaires et aux locataires. Elles sont annulées ; les informations se trouvent aussi en ligne.',
        },
      ],
      en: [{ p: 'The sessions were for owners and tenants. They have been cancelled; the information is also online.' }],
    },
    themes: ['housing'],
    audiences: ['citizens'],
    administration: 'housing',
  },
  {
    key: 'strategic-plan-progress',
    daysAgo: 270,
    title: {
      nl: 'Strategisch plan: een stand van zaken halfweg',
      fr: 'Plan stratégique : un point à mi-parcours',
      en: 'Strategic plan: a mid-term review',
    },
    slug: { nl: 'strategisch-plan-halfweg', fr: 'plan-strategique-mi-parcours', en: 'strategic-plan-mid-term' },
    summary: {
      nl: 'Halfweg het plan ‘SAMEN bouwen aan een duurzame toekomst’ bekijken we wat er veranderde voor de gebruikers.',
      fr: 'À mi-parcours du plan « ENSEMBLE construire un avenir durable », nous faisons le point sur ce qui a changé pour les usagers.',
      en: 'Halfway through the plan ‘building a sustainable future TOGETHER’, we look at what changed for the people we serve.',
    },
    body: {
      nl: [
        { p: 'Het plan wil de kwaliteit, de prestaties en het goed bestuur van onze dienst voortdurend verbeteren.' },
        { p: 'Lees het volledige [strategisch plan](/nl/strategisch-plan).' },
      ],
      fr: [
        { p: 'Le plan vise à améliorer en continu la qualité, les performances et la bonne gouvernance de notre service.' },
        { p: 'Lire le [plan stratégique](/fr/plan-strategique) complet.' },
      ],
      en: [
        { p: 'The plan aims to keep improving the quality, performance and good governance of our service.' },
        { p: 'Read the full [strategic plan](/en/strategic-plan).' },
      ],
    },
    themes: ['administration'],
    audiences: ['citizens', 'non-profits-public-bodies'],
    administration: 'coordination',
  },
  {
    key: 'public-space-consultation',
    daysAgo: 300,
    title: {
      nl: 'Uw mening over de inrichting van een plein',
      fr: 'Votre avis sur l’aménagement d’une place',
      en: 'Your views on the redesign of a square',
    },
    slug: { nl: 'mening-inrichting-plein', fr: 'avis-amenagement-place', en: 'views-square-redesign' },
    summary: {
      nl: 'Buurtbewoners en handelaars konden meedenken over meer groen, zitplaatsen en een veilige oversteek.',
      fr: 'Habitants et commerçants pouvaient donner leur avis sur plus de verdure, des bancs et une traversée sûre.',
      en: 'Residents and shopkeepers could help shape more greenery, seating and a safe crossing.',
    },
    body: {
      nl: [
        { p: 'Tijdens twee avonden en via een online vragenlijst verzamelden we ideeën. De resultaten worden gebruikt voor het ontwerp.' },
      ],
      fr: [
        { p: 'Pendant deux soirées et via un questionnaire en ligne, nous avons recueilli des idées. Les résultats serviront au projet.' },
      ],
      en: [{ p: 'Over two evenings and through an online survey we gathered ideas. The results will be used in the design.' }],
    },
    themes: ['mobility', 'environment-climate'],
    audiences: ['citizens', 'entrepreneurs'],
    administration: 'mobility',
  },
  {
    key: 'budget-adjustment',
    daysAgo: 330,
    title: {
      nl: 'Begrotingsaanpassing voorgesteld aan het parlement',
      fr: 'Ajustement budgétaire présenté au parlement',
      en: 'Budget adjustment presented to parliament',
    },
    slug: { nl: 'begrotingsaanpassing', fr: 'ajustement-budgetaire', en: 'budget-adjustment' },
    summary: {
      nl: 'De administratie bereidde de aanpassing van de gewestbegroting voor; het parlement bespreekt ze de komende weken.',
      fr: 'L’administration a préparé l’ajustement du budget régional ; le parlement l’examine dans les semaines à venir.',
      en: 'The administration prepared the adjustment of the regional budget; parliament will discuss it in the coming weeks.',
    },
    body: {
      nl: [
        { p: 'Brussel Financiën en Begroting zet de cijfers van alle diensten samen en volgt de uitvoering op.' },
        { p: 'Meer over deze opdracht leest u bij [onze opdrachten](/nl/opdrachten).' },
      ],
      fr: [
        { p: 'Bruxelles Finances et Budget rassemble les chiffres de tous les services et suit l’exécution.' },
        { p: 'En savoir plus sur cette mission dans [nos missions](/fr/missions).' },
      ],
      en: [
        { p: 'Brussels Finance and Budget brings together the figures of all services and monitors how the budget is spent.' },
        { p: 'Read more about this in [our missions](/en/missions).' },
      ],
    },
    themes: ['public-finances'],
    audiences: ['citizens', 'non-profits-public-bodies'],
    administration: 'finance-budget',
  },
]
