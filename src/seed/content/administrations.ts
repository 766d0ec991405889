import type { Localized } from '@/site/i18n/localized'
import type { SeedAdministration } from './types'

/**
 * Every administration works from the GOB's building at Sint-Lazarusplein 2 (a public fact). Their
 * own phone numbers, email addresses and opening hours are not public facts here, so they are left
 * out. The addresses that receive the contact form's messages are never shown on the site; in the
 * demo they end in `.example`, which no mail server accepts (set each real one in the admin).
 */
const address: Localized = {
  nl: 'Sint-Lazarusplein 2, 1035 Brussel',
  fr: 'Place Saint-Lazare 2, 1035 Bruxelles',
  en: 'Place Saint-Lazare 2, 1035 Brussels',
}

export const administrations: SeedAdministration[] = [
  {
    key: 'economy-employment',
    order: 1,
    name: {
      nl: 'Brussel Economie en Werkgelegenheid',
      fr: 'Bruxelles Économie et Emploi',
      en: 'Brussels Economy and Employment',
    },
    slug: {
      nl: 'economie-en-werkgelegenheid',
      fr: 'economie-et-emploi',
      en: 'economy-and-employment',
    },
    summary: {
      nl: 'Wij steunen Brusselse ondernemingen en zetten het werkgelegenheidsbeleid van het gewest om in de praktijk.',
      fr: 'Nous soutenons les entreprises bruxelloises et mettons en œuvre la politique régionale de l’emploi.',
      en: 'We support businesses in Brussels and put the region’s employment policy into practice.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'Wilt u in Brussel een zaak starten of uw bedrijf laten groeien? Wilt u iemand uit het buitenland in dienst nemen? Dan helpen wij u verder. We werken aan een duurzame economie die banen oplevert voor Brusselaars.',
        },
        {
          ul: [
            'Financiële steun voor bedrijven die investeren, vernieuwen of uitbreiden',
            'Werkvergunningen voor werknemers uit het buitenland',
            'Voorbereiding en opvolging van het Brusselse werkgelegenheidsbeleid',
            'Controle op de regels voor tewerkstelling en economische steun',
          ],
        },
        { p: 'Heeft u al een dossier bij ons? Vermeld dan uw dossiernummer als u contact met ons opneemt.' },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'Vous voulez lancer une activité à Bruxelles ou faire grandir votre entreprise ? Vous souhaitez engager une personne venue de l’étranger ? Nous pouvons vous aider. Notre objectif : une économie durable qui crée de l’emploi pour les Bruxellois.',
        },
        {
          ul: [
            'Des aides financières pour les entreprises qui investissent, innovent ou s’agrandissent',
            'Les autorisations de travail pour les travailleurs étrangers',
            'La préparation et le suivi de la politique bruxelloise de l’emploi',
            'Le contrôle du respect des règles en matière d’emploi et d’aides économiques',
          ],
        },
        { p: 'Vous avez déjà un dossier chez nous ? Indiquez votre numéro de dossier quand vous prenez contact avec nous.' },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'Are you starting a business in Brussels or planning to grow one? Do you want to hire someone from abroad? We can help. Our aim is a sustainable economy that creates jobs for the people of Brussels.',
        },
        {
          ul: [
            'Grants for businesses that invest, innovate or expand',
            'Work permits for people coming from abroad to work',
            'Preparing and monitoring the Brussels employment policy',
            'Checking that the rules on employment and business support are followed',
          ],
        },
        { p: 'If you already have a file with us, please give your file number when you get in touch.' },
      ],
    },
    notificationEmail: 'economy@gob.example',
    contact: { address },
  },
  {
    key: 'mobility',
    order: 2,
    name: {
      nl: 'Brussel Mobiliteit',
      fr: 'Bruxelles Mobilité',
      en: 'Brussels Mobility',
    },
    slug: {
      nl: 'mobiliteit',
      fr: 'mobilite',
      en: 'mobility',
    },
    summary: {
      nl: 'Wij beheren de gewestwegen en de tunnels, richten de openbare ruimte in en bereiden de mobiliteit van morgen voor.',
      fr: 'Nous gérons les voiries et les tunnels régionaux, aménageons l’espace public et préparons la mobilité de demain.',
      en: 'We look after regional roads and tunnels, design public space and plan how people will get around Brussels in future.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'Te voet, met de fiets, met de tram of met de auto: u moet zich veilig en vlot door het gewest kunnen verplaatsen. Daar zorgen wij voor. We richten ook straten en pleinen zo in dat iedereen er graag gebruik van maakt.',
        },
        {
          ul: [
            'Aanleg en onderhoud van de gewestwegen',
            'Beheer, onderhoud en veiligheid van de tunnels',
            'Planning van het openbaar vervoer, in overleg met de vervoermaatschappijen',
            'Fietspaden en veilige routes voor voetgangers',
            'Inrichting van straten en pleinen',
          ],
        },
        { p: 'Ziet u een probleem op een gewestweg of in een tunnel? Laat het ons weten. Bij dringend gevaar belt u 112.' },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'À pied, à vélo, en tram ou en voiture, vous devez pouvoir circuler dans la Région en toute sécurité et sans perdre de temps. C’est notre rôle. Nous aménageons aussi les rues et les places pour qu’elles soient agréables pour tout le monde.',
        },
        {
          ul: [
            'La construction et l’entretien des voiries régionales',
            'La gestion, l’entretien et la sécurité des tunnels',
            'La planification des transports publics, en concertation avec les opérateurs',
            'Les pistes cyclables et les itinéraires sûrs pour les piétons',
            'L’aménagement des rues et des places',
          ],
        },
        {
          p: 'Vous constatez un problème sur une voirie régionale ou dans un tunnel ? Signalez-le-nous. En cas de danger immédiat, appelez le 112.',
        },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'Whether you walk, cycle, take the tram or drive, you should be able to get around the region safely and easily. That is our job. We also design streets and squares so that they work well for everyone who uses them.',
        },
        {
          ul: [
            'Building and maintaining regional roads',
            'Running and maintaining the tunnels and keeping them safe',
            'Planning public transport together with the transport operators',
            'Cycle lanes and safe walking routes',
            'Designing streets and squares',
          ],
        },
        { p: 'If you spot a problem on a regional road or in a tunnel, let us know. If someone is in immediate danger, call 112.' },
      ],
    },
    notificationEmail: 'mobility@gob.example',
    contact: { address },
  },
  {
    key: 'housing',
    order: 3,
    name: {
      nl: 'Brussel Huisvesting',
      fr: 'Bruxelles Logement',
      en: 'Brussels Housing',
    },
    slug: {
      nl: 'huisvesting',
      fr: 'logement',
      en: 'housing',
    },
    summary: {
      nl: 'Wij werken eraan dat iedereen in Brussel een goede en betaalbare woning heeft.',
      fr: 'Nous agissons pour que chaque habitant de Bruxelles dispose d’un logement de qualité à un prix abordable.',
      en: 'We work to make sure everyone in Brussels has a good home they can afford.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'Een goede woning is de basis voor een goed leven. Wij helpen huurders, verhuurders en eigenaars, en we zien erop toe dat woningen in het gewest veilig en gezond zijn.',
        },
        {
          ul: [
            'Premies voor wie een woning renoveert',
            'Informatie over de regels voor huren en verhuren in Brussel',
            'Controle op de kwaliteit en de veiligheid van huurwoningen',
            'Toezicht op de sociale huisvesting in het gewest',
          ],
        },
        { p: 'Huurt u een woning en twijfelt u of die in orde is? Neem contact met ons op. We leggen u uit welke stappen u kunt zetten.' },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'Bien se loger, c’est la base pour bien vivre. Nous aidons les locataires, les bailleurs et les propriétaires, et nous veillons à ce que les logements de la Région soient sûrs et salubres.',
        },
        {
          ul: [
            'Des primes pour rénover un logement',
            'Des informations sur les règles de la location à Bruxelles',
            'Le contrôle de la qualité et de la sécurité des logements mis en location',
            'La tutelle sur le logement social dans la Région',
          ],
        },
        {
          p: 'Vous louez un logement et vous doutez qu’il respecte les normes ? Contactez-nous : nous vous expliquerons les démarches possibles.',
        },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'A good home is the starting point for a good life. We help tenants, landlords and homeowners, and we make sure homes in the region are safe and healthy to live in.',
        },
        {
          ul: [
            'Grants for renovating a home',
            'Information on the rules for renting in Brussels',
            'Checks on the quality and safety of rented homes',
            'Oversight of social housing in the region',
          ],
        },
        { p: 'If you rent a home and are not sure it meets the standards, contact us. We will explain what you can do next.' },
      ],
    },
    notificationEmail: 'housing@gob.example',
    contact: { address },
  },
  {
    key: 'finance-budget',
    order: 4,
    name: {
      nl: 'Brussel Financiën en Begroting',
      fr: 'Bruxelles Finances et Budget',
      en: 'Brussels Finance and Budget',
    },
    slug: {
      nl: 'financien-en-begroting',
      fr: 'finances-et-budget',
      en: 'finance-and-budget',
    },
    summary: {
      nl: 'Wij bereiden de begroting van het gewest voor, houden de rekeningen bij en zorgen dat het geld van het gewest goed beheerd wordt.',
      fr: 'Nous préparons le budget de la Région, tenons ses comptes et veillons à une gestion rigoureuse de son argent.',
      en: 'We prepare the region’s budget, keep its accounts and make sure its money is managed with care.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'Het gewest geeft publiek geld uit. Dat moet zorgvuldig en volgens de regels gebeuren. Wij geven de Regering betrouwbare cijfers en volgen op hoe de middelen besteed worden.',
        },
        {
          ul: [
            'Opmaak en opvolging van de gewestbegroting',
            'De boekhouding en de jaarrekeningen van het gewest',
            'Beheer van de kasmiddelen en de schuld van het gewest',
            'Betaling van de facturen van leveranciers',
            'Financiële controle op de uitgaven',
          ],
        },
        { p: 'Bent u leverancier van het gewest en heeft u een vraag over een betaling? Vermeld het factuurnummer als u ons contacteert.' },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'La Région dépense de l’argent public. Cela doit se faire avec soin et dans le respect des règles. Nous fournissons au Gouvernement des chiffres fiables et nous suivons l’utilisation des moyens.',
        },
        {
          ul: [
            'L’élaboration et le suivi du budget régional',
            'La comptabilité et les comptes annuels de la Région',
            'La gestion de la trésorerie et de la dette régionale',
            'Le paiement des factures des fournisseurs',
            'Le contrôle financier des dépenses',
          ],
        },
        {
          p: 'Vous êtes fournisseur de la Région et vous avez une question sur un paiement ? Mentionnez le numéro de la facture dans votre message.',
        },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'The region spends public money, and it has to do so carefully and by the rules. We give the Government reliable figures and keep track of how the money is used.',
        },
        {
          ul: [
            'Drawing up the regional budget and monitoring it',
            'Keeping the region’s books and annual accounts',
            'Managing the region’s cash and debt',
            'Paying suppliers’ invoices',
            'Financial control of spending',
          ],
        },
        {
          p: 'If you supply goods or services to the region and have a question about a payment, include the invoice number when you contact us.',
        },
      ],
    },
    notificationEmail: 'finance@gob.example',
    contact: { address },
  },
  {
    key: 'fiscality',
    order: 5,
    name: {
      nl: 'Brussel Fiscaliteit',
      fr: 'Bruxelles Fiscalité',
      en: 'Brussels Taxation',
    },
    slug: {
      nl: 'fiscaliteit',
      fr: 'fiscalite',
      en: 'taxation',
    },
    summary: {
      nl: 'Wij innen de Brusselse gewestbelastingen en beantwoorden uw vragen daarover.',
      fr: 'Nous percevons les impôts régionaux bruxellois et répondons à vos questions à leur sujet.',
      en: 'We collect the Brussels regional taxes and answer your questions about them.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'Het Brussels Gewest heft een aantal eigen belastingen. Wij berekenen en innen ze, en we leggen in duidelijke taal uit wie wat moet betalen en waarom.',
        },
        {
          ul: [
            'Inning van de gewestelijke belastingen',
            'Uitleg bij een aanslagbiljet dat u ontvangen heeft',
            'Behandeling van bezwaarschriften',
            'Informatie over betaaltermijnen en manieren om te betalen',
          ],
        },
        { p: 'Vermeld altijd de referentie van uw aanslagbiljet als u ons schrijft. Zo kunnen we u sneller helpen.' },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'La Région de Bruxelles-Capitale lève ses propres impôts. Nous les calculons et les percevons, et nous expliquons simplement qui doit payer quoi, et pourquoi.',
        },
        {
          ul: [
            'La perception des impôts régionaux',
            'Des explications sur un avertissement-extrait de rôle que vous avez reçu',
            'Le traitement des réclamations',
            'Des informations sur les délais et les moyens de paiement',
          ],
        },
        {
          p: 'Indiquez toujours la référence de votre avertissement-extrait de rôle lorsque vous nous écrivez. Nous pourrons ainsi vous répondre plus vite.',
        },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'The Brussels-Capital Region raises some taxes of its own. We work them out and collect them, and we explain in plain language who has to pay what, and why.',
        },
        {
          ul: [
            'Collecting regional taxes',
            'Explaining a tax bill you have received',
            'Handling formal objections to a tax bill',
            'Information on payment deadlines and ways to pay',
          ],
        },
        { p: 'Always quote the reference on your tax bill when you write to us. It helps us answer you faster.' },
      ],
    },
    notificationEmail: 'taxation@gob.example',
    contact: { address },
  },
  {
    key: 'local-authorities',
    order: 6,
    name: {
      nl: 'Brussel Plaatselijke Besturen',
      fr: 'Bruxelles Pouvoirs locaux',
      en: 'Brussels Local Authorities',
    },
    slug: {
      nl: 'plaatselijke-besturen',
      fr: 'pouvoirs-locaux',
      en: 'local-authorities',
    },
    summary: {
      nl: 'Wij adviseren en financieren de 19 Brusselse gemeenten en zien erop toe dat ze de regels volgen.',
      fr: 'Nous conseillons et finançons les 19 communes bruxelloises, et nous veillons à ce qu’elles respectent les règles.',
      en: 'We advise and fund the 19 municipalities of Brussels and check that they follow the rules.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'Voor veel dagelijkse zaken gaat u naar uw gemeente. Wij staan de gemeenten en andere lokale besturen bij, zodat ze hun taken goed kunnen uitvoeren.',
        },
        {
          ul: [
            'Toezicht op de beslissingen van de gemeenten',
            'Subsidies en andere financiering voor de gemeenten',
            'Juridisch en praktisch advies aan lokale besturen',
            'Voorbereiding van de regels over de organisatie en de werking van de gemeenten',
          ],
        },
        { p: 'Heeft u een vraag over een dienst van uw gemeente? Neem dan eerst contact op met de gemeente zelf.' },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'Pour beaucoup de démarches du quotidien, vous vous adressez à votre commune. Nous épaulons les communes et les autres pouvoirs locaux pour qu’ils puissent bien remplir leurs missions.',
        },
        {
          ul: [
            'La tutelle sur les décisions des communes',
            'Les subsides et autres financements accordés aux communes',
            'Des conseils juridiques et pratiques aux pouvoirs locaux',
            'La préparation des règles sur l’organisation et le fonctionnement des communes',
          ],
        },
        { p: 'Vous avez une question sur un service de votre commune ? Adressez-vous d’abord à la commune elle-même.' },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'For many everyday matters, you deal with your municipality. We support the municipalities and other local authorities so that they can do their work well.',
        },
        {
          ul: [
            'Supervising the decisions of the municipalities',
            'Grants and other funding for the municipalities',
            'Legal and practical advice to local authorities',
            'Preparing the rules on how municipalities are organised and run',
          ],
        },
        { p: 'If your question is about a service provided by your municipality, please contact the municipality first.' },
      ],
    },
    notificationEmail: 'local-authorities@gob.example',
    contact: { address },
  },
  {
    key: 'international',
    order: 7,
    name: {
      nl: 'Brussel International',
      fr: 'Bruxelles International',
      en: 'Brussels International',
    },
    slug: {
      nl: 'international',
      fr: 'international',
      en: 'international',
    },
    summary: {
      nl: 'Wij vertegenwoordigen het gewest in nationale, Europese en internationale instellingen en ondersteunen de rol van Brussel als hoofdstad van Europa.',
      fr: 'Nous représentons la Région dans les instances nationales, européennes et internationales, et soutenons le rôle de Bruxelles comme capitale de l’Europe.',
      en: 'We represent the region in national, European and international bodies and support the role of Brussels as capital of Europe.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'Brussel is een gewest, de hoofdstad van België en de thuisbasis van veel Europese en internationale instellingen. Wij zorgen ervoor dat het gewest in al die kringen zijn stem laat horen.',
        },
        {
          ul: [
            'Vertegenwoordiging van het gewest in nationale, Europese en internationale organen',
            'Opvolging van Europese regels en programma’s die Brussel aanbelangen',
            'Contacten met andere steden, regio’s en landen',
            'Steun aan Brussel als hoofdstad van Europa en als gastheer van internationale instellingen',
          ],
        },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'Bruxelles est à la fois une Région, la capitale de la Belgique et le siège de nombreuses institutions européennes et internationales. Nous faisons en sorte que la voix de la Région soit entendue partout où elle compte.',
        },
        {
          ul: [
            'La représentation de la Région dans les instances nationales, européennes et internationales',
            'Le suivi des règles et des programmes européens qui concernent Bruxelles',
            'Les relations avec d’autres villes, régions et pays',
            'Le soutien à Bruxelles comme capitale de l’Europe et ville d’accueil des institutions internationales',
          ],
        },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'Brussels is a region, the capital of Belgium and home to many European and international institutions. We make sure the region has its say wherever it matters.',
        },
        {
          ul: [
            'Representing the region in national, European and international bodies',
            'Following European rules and programmes that affect Brussels',
            'Relations with other cities, regions and countries',
            'Supporting Brussels as capital of Europe and as host to international institutions',
          ],
        },
      ],
    },
    notificationEmail: 'international@gob.example',
    contact: { address },
  },
  {
    key: 'coordination',
    order: 8,
    name: {
      nl: 'Brussel Gewestelijke Coördinatie',
      fr: 'Bruxelles Coordination régionale',
      en: 'Brussels Regional Coordination',
    },
    slug: {
      nl: 'gewestelijke-coordinatie',
      fr: 'coordination-regionale',
      en: 'regional-coordination',
    },
    summary: {
      nl: 'Wij zorgen voor samenhang binnen de GOB en ondersteunen de andere administraties met personeelsbeleid, informatica en logistiek.',
      fr: 'Nous veillons à la cohérence du SPRB et appuyons les autres administrations en matière de personnel, d’informatique et de logistique.',
      en: 'We keep the organisation working as one and support the other administrations with staff, IT and logistics.',
    },
    body: {
      nl: [
        { h2: 'Wat we voor u doen' },
        {
          p: 'U ziet ons werk zelden, maar u merkt het wel. Wij zorgen ervoor dat de andere administraties goed kunnen werken, zodat u vlot geholpen wordt.',
        },
        {
          ul: [
            'Personeelsbeleid: aanwerving, opleiding en welzijn op het werk',
            'Informatica en digitale diensten',
            'Gebouwen, aankopen en logistiek',
            'Afstemming tussen de administraties, zodat de GOB als één geheel werkt',
            'Administratieve en operationele opvolging van de plannen van de Regering, zoals Go4Brussels 2030',
          ],
        },
      ],
      fr: [
        { h2: 'Ce que nous faisons pour vous' },
        {
          p: 'Notre travail se voit peu, mais il se ressent. Nous donnons aux autres administrations les moyens de bien fonctionner, pour que vous obteniez un service rapide et de qualité.',
        },
        {
          ul: [
            'La gestion du personnel : recrutement, formation et bien-être au travail',
            'L’informatique et les services numériques',
            'Les bâtiments, les achats et la logistique',
            'La coordination entre les administrations, pour que le SPRB fonctionne comme un ensemble cohérent',
            'Le suivi administratif et opérationnel des plans du Gouvernement, comme Go4Brussels 2030',
          ],
        },
      ],
      en: [
        { h2: 'What we do for you' },
        {
          p: 'You rarely see our work, but you feel its effects. We give the other administrations what they need to run well, so that you get a smooth service.',
        },
        {
          ul: [
            'Human resources: recruitment, training and wellbeing at work',
            'IT and digital services',
            'Buildings, purchasing and logistics',
            'Coordination between the administrations, so that the organisation works as one',
            'Administrative and operational follow-up of the Government’s plans, such as Go4Brussels 2030',
          ],
        },
      ],
    },
    notificationEmail: 'coordination@gob.example',
    contact: { address },
  },
]
